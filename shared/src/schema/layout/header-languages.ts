import { addColumnAliases } from '../columns';
import { addKindWords, addLevelWords, addTypeWords } from '../vocabulary';
import type { Column } from '../columns';
import { addHeaderWords, type Role } from './roles';

/**
 * Header words in Spanish, Portuguese, German and French for every role (Russian for the roles
 * outside the row schema; its columns are in SCHEMA_RU below), after
 * normalizeHeader (lower case, letters and digits only, accents kept). Loaded by readSheet
 * (spreadsheets are kept in many languages); the Grafana panel's readTable reads English
 * column names only, which keeps these words out of its bundle.
 */
const LANGUAGES: Partial<Record<Role, string>> = {
  ID: 'identificador código codigo kennung schlüssel identifiant',
  Parent: 'padre pai objetivopadre objetivopai übergeordnet elternelement objectifparent',
  Level: 'nivel nível ebene niveau',
  Type: 'tipo typ',
  Outline: 'nº номер número numero nummer numéro',
  Objective: 'objetivo objetivos цель цели ziel ziele objectif objectifs',
  KeyResult: 'ключевойрезультат ключевыерезультаты resultadoclave resultadosclave resultadochave resultadoschave schlüsselergebnis schlüsselergebnisse résultatclé résultatsclés resultatcle',
  Title: 'título titulo nombre nome titel bezeichnung titre intitulé nom',
  Owner: 'responsable responsável responsavel dono propietario equipo equipe verantwortlich verantwortlicher eigentümer propriétaire porteur équipe',
  Kind: 'dirección direção richtung sens',
  Unit: 'unidad unidade einheit unité',
  Baseline: 'líneabase lineabase valorinicial valorbase basislinie ausgangswert startwert référence valeurinitiale valeurdedépart',
  Target: 'meta valorobjetivo zielwert soll cible valeurcible',
  Current: 'real atual valoratual valoractual realizado istwert ist aktuell actuel valeuractuelle réalisé',
  Low: 'mínimo',
  High: 'máximo',
  Weight: 'peso gewicht gewichtung poids',
  Start: 'inicio início fechainicio datainicio beginn startdatum début datededébut',
  End: 'fin fim fechafin fechalímite prazo datafim ende enddatum fälligkeit échéance datedefin',
  Confidence: 'confianza confiança confianca konfidenz zuversicht confiance',
  Metric: 'métrica metrica metrik métrique',
  Progress: 'прогресс выполнение оценка avance progreso progresso puntuación pontuação fortschritt erfüllung progression avancement',
  Status: 'статус состояние estado estatus situação situacao zustand statut état',
};

/**
 * The row schema's columns in Russian, as a Russian sheet heads them: parseRows reads a sheet
 * whose header names ID and Title this way exactly like an English one, and readSheet's other
 * layouts know the words too. «Цель» is the Target value here, as in "Базовое значение, Цель,
 * Факт"; in a sheet without a Title column it is the objectives' column (LANGUAGES, added first).
 */
const SCHEMA_RU: Partial<Record<Column, string>> = {
  ID: 'ид код идентификатор',
  Parent: 'родитель родительскийid родительскаяцель идродителя idродителя',
  Level: 'уровень',
  Type: 'тип типэлемента',
  Title: 'название наименование заголовок формулировка цельключевойрезультат описание',
  Owner: 'владелец ответственный ответственные исполнитель команда',
  Kind: 'вид видкр видметрики типметрики направление',
  Unit: 'единица единицаизмерения едизм ед',
  Baseline: 'базовоезначение база начальноезначение исходноезначение стартовоезначение',
  Target: 'цель целевоезначение план плановоезначение целевойпоказатель',
  Current: 'факт текущее текущеезначение фактическоезначение',
  Low: 'нижняяграница мин минимум',
  High: 'верхняяграница макс максимум',
  Weight: 'вес удельныйвес',
  Start: 'начало датаначала старт',
  End: 'окончание конец срок датаокончания датазавершения срокисполнения дедлайн',
  Confidence: 'уверенность',
  Metric: 'метрика',
};

let loaded = false;

/** Makes matchHeader (and the Type column) know the words above; idempotent. */
export function useHeaderLanguages(): void {
  if (loaded) return;
  loaded = true;
  addHeaderWords(LANGUAGES, false);
  addHeaderWords(SCHEMA_RU, false);
  addColumnAliases(SCHEMA_RU);
  addLevelWords({
    mission: ['миссия', 'видение', 'компания'],
    pillar: ['стратегия', 'стратегическое направление', 'тема', 'приоритет'],
    annual: ['год', 'годовой', 'годовая', 'годовые', 'на год'],
    quarterly: ['квартал', 'квартальный', 'квартальная', 'квартальные', 'кв'],
    monthly: ['месяц', 'месячный', 'месячная', 'ежемесячный', 'мес'],
    weekly: ['неделя', 'недельный', 'недельная', 'еженедельный', 'нед'],
    task: ['задача', 'задачи', 'день', 'ежедневный'],
  });
  addKindWords({
    increase: ['рост', 'увеличение', 'повышение', 'больше', 'больше лучше', 'вверх'],
    decrease: ['снижение', 'уменьшение', 'сокращение', 'меньше', 'меньше лучше', 'вниз'],
    above: ['не ниже', 'не менее', 'порог', 'удерживать выше', 'минимум'],
    below: ['не выше', 'не более', 'потолок', 'удерживать ниже', 'максимум'],
    range: ['диапазон', 'коридор', 'между', 'в диапазоне'],
    milestone: ['веха', 'вехи', 'да нет', 'выполнено не выполнено', 'чек лист', 'чеклист', 'бинарный'],
    track: ['отслеживание', 'мониторинг', 'наблюдение', 'без цели', 'метрика'],
  });
  addTypeWords({
    objective: ['objetivo', 'objectif', 'ziel', 'цель', 'цели'],
    key_result: ['resultado clave', 'resultado-chave', 'resultado chave', 'résultat clé', 'schlüsselergebnis', 'ключевой результат', 'ключевые результаты', 'кр'],
    initiative: ['iniciativa', 'tarea', 'tarefa', 'entregable', 'entregável', 'maßnahme', 'aufgabe', 'livrable', 'tâche', 'инициатива', 'задача', 'проект'],
    kpi: ['кпэ', 'показатель', 'метрика'],
  });
}
