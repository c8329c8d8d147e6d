import { addTypeWords } from '../vocabulary';
import { addHeaderWords, type Role } from './roles';

/**
 * Header words in Russian, Spanish, Portuguese, German and French for every role, after
 * normalizeHeader (lower case, letters and digits only, accents kept). Loaded by readSheet
 * (spreadsheets are kept in many languages); the Grafana panel's readTable reads English
 * column names only, which keeps these words out of its bundle.
 */
const LANGUAGES: Partial<Record<Role, string>> = {
  ID: 'код идентификатор identificador código codigo kennung schlüssel identifiant',
  Parent: 'родитель родительскийid padre pai objetivopadre objetivopai übergeordnet elternelement objectifparent',
  Level: 'уровень nivel nível ebene niveau',
  Type: 'тип tipo typ',
  Outline: 'nº номер número numero nummer numéro',
  Objective: 'objetivo objetivos цель цели ziel ziele objectif objectifs',
  KeyResult: 'ключевойрезультат ключевыерезультаты resultadoclave resultadosclave resultadochave resultadoschave schlüsselergebnis schlüsselergebnisse résultatclé résultatsclés resultatcle',
  Title: 'название заголовок título titulo nombre nome titel bezeichnung titre intitulé nom',
  Owner: 'владелец ответственный команда responsable responsável responsavel dono propietario equipo equipe verantwortlich verantwortlicher eigentümer propriétaire porteur équipe',
  Kind: 'направление dirección direção richtung sens',
  Unit: 'единица единицаизмерения unidad unidade einheit unité',
  Baseline: 'базовоезначение база начальноезначение líneabase lineabase valorinicial valorbase basislinie ausgangswert startwert référence valeurinitiale valeurdedépart',
  Target: 'целевоезначение план meta valorobjetivo zielwert soll cible valeurcible',
  Current: 'текущее текущеезначение факт real atual valoratual valoractual realizado istwert ist aktuell actuel valeuractuelle réalisé',
  Low: 'мин mínimo',
  High: 'макс máximo',
  Weight: 'вес peso gewicht gewichtung poids',
  Start: 'начало датаначала inicio início fechainicio datainicio beginn startdatum début datededébut',
  End: 'конец срок датаокончания fin fim fechafin fechalímite prazo datafim ende enddatum fälligkeit échéance datedefin',
  Confidence: 'уверенность confianza confiança confianca konfidenz zuversicht confiance',
  Metric: 'метрика métrica metrica metrik métrique',
  Progress: 'прогресс выполнение оценка avance progreso progresso puntuación pontuação fortschritt erfüllung progression avancement',
  Status: 'статус состояние estado estatus situação situacao zustand statut état',
};

let loaded = false;

/** Makes matchHeader (and the Type column) know the words above; idempotent. */
export function useHeaderLanguages(): void {
  if (loaded) return;
  loaded = true;
  addHeaderWords(LANGUAGES, false);
  addTypeWords({
    objective: ['objetivo', 'objectif', 'ziel', 'цель'],
    key_result: ['resultado clave', 'resultado-chave', 'resultado chave', 'résultat clé', 'schlüsselergebnis', 'ключевой результат'],
    initiative: ['iniciativa', 'tarea', 'tarefa', 'entregable', 'entregável', 'maßnahme', 'aufgabe', 'livrable', 'tâche', 'инициатива', 'задача'],
  });
}
