import { COLUMNS, HEADER_ALIASES, normalizeHeader, type Column } from '../columns';

/**
 * What a column of a sheet kept by people can hold: the canonical columns, plus the roles
 * that only such sheets have. Objective and Key result are two roles (a column each, side
 * by side), never two candidates for Title; Outline is a numbering such as 1 / 1.1 / 1.1.1.
 */
export type Role = Column | 'Objective' | 'KeyResult' | 'Outline' | 'Progress' | 'Status';

export const EXTRA_ROLES = ['Objective', 'KeyResult', 'Outline', 'Progress', 'Status'] as const;

/** Every role, in the order the summary and the mapping sidebar list them. */
export const ROLES: readonly Role[] = [...COLUMNS.slice(0, 4), 'Outline', 'Objective', 'KeyResult', ...COLUMNS.slice(4), 'Progress', 'Status'];

/** How a role reads in messages and in the sidebar. */
export function roleLabel(role: Role): string {
  if (role === 'KeyResult') return 'Key result';
  return role;
}

/**
 * Header words in English, Russian, Spanish, Portuguese, German and French, after
 * normalizeHeader (lower case, letters and digits only, accents kept). A header that is
 * exactly a role's own name wins over one that is only an alias (Owner over Team).
 */
const WORDS: Readonly<Record<Role, readonly string[]>> = {
  ID: ['id', 'key', 'okrid', 'goalid', 'krcode', 'okrcode', 'code', 'код', 'идентификатор', 'identificador', 'código', 'codigo', 'kennung', 'schlüssel', 'identifiant'],
  Parent: ['parent', 'parentid', 'parentkey', 'alignsto', 'alignedto', 'contributesto', 'supports', 'parentobjective', 'родитель', 'родительскийid', 'padre', 'pai', 'objetivopadre', 'objetivopai', 'übergeordnet', 'elternelement', 'objectifparent'],
  Level: ['level', 'horizon', 'cadence', 'tier', 'уровень', 'nivel', 'nível', 'ebene', 'niveau'],
  Type: ['type', 'nodetype', 'itemtype', 'objecttype', 'goaltype', 'тип', 'tipo', 'typ'],
  Outline: ['outline', 'wbs', 'no', 'nº', 'nr', 'номер', 'número', 'numero', 'nummer', 'numéro'],
  Objective: ['objective', 'objectives', 'objetivo', 'objetivos', 'цель', 'цели', 'ziel', 'ziele', 'objectif', 'objectifs'],
  KeyResult: [
    'keyresult', 'keyresults', 'kr', 'krs', 'ключевойрезультат', 'ключевыерезультаты', 'resultadoclave', 'resultadosclave',
    'resultadochave', 'resultadoschave', 'schlüsselergebnis', 'schlüsselergebnisse', 'résultatclé', 'résultatsclés', 'resultatcle',
  ],
  Title: ['title', 'name', 'description', 'summary', 'название', 'заголовок', 'título', 'titulo', 'nombre', 'nome', 'titel', 'bezeichnung', 'titre', 'intitulé', 'nom'],
  Owner: ['owner', 'owners', 'assignee', 'responsible', 'role', 'lead', 'team', 'владелец', 'ответственный', 'команда', 'responsable', 'responsável', 'responsavel', 'dono', 'propietario', 'equipo', 'equipe', 'verantwortlich', 'verantwortlicher', 'eigentümer', 'propriétaire', 'porteur', 'équipe'],
  Kind: ['kind', 'metrictype', 'direction', 'krtype', 'scoring', 'направление', 'dirección', 'direção', 'richtung', 'sens'],
  Unit: ['unit', 'units', 'uom', 'currency', 'единица', 'единицаизмерения', 'unidad', 'unidade', 'einheit', 'unité'],
  Baseline: ['baseline', 'startvalue', 'startingvalue', 'initialvalue', 'base', 'базовоезначение', 'база', 'начальноезначение', 'líneabase', 'lineabase', 'valorinicial', 'valorbase', 'basislinie', 'ausgangswert', 'startwert', 'référence', 'valeurinitiale', 'valeurdedépart'],
  Target: ['target', 'goal', 'goalvalue', 'targetvalue', 'aim', 'целевоезначение', 'план', 'meta', 'valorobjetivo', 'zielwert', 'soll', 'cible', 'valeurcible'],
  Current: ['current', 'actual', 'value', 'currentvalue', 'actualvalue', 'latest', 'done', 'текущее', 'текущеезначение', 'факт', 'real', 'atual', 'valoratual', 'valoractual', 'realizado', 'istwert', 'ist', 'aktuell', 'actuel', 'valeuractuelle', 'réalisé'],
  Low: ['low', 'min', 'minimum', 'floor', 'breakeven', 'lowerbound', 'мин', 'mínimo'],
  High: ['high', 'max', 'maximum', 'ceiling', 'upperbound', 'макс', 'máximo'],
  Weight: ['weight', 'weighting', 'вес', 'peso', 'gewicht', 'gewichtung', 'poids'],
  Start: ['start', 'startdate', 'begin', 'begins', 'from', 'начало', 'датаначала', 'inicio', 'início', 'fechainicio', 'datainicio', 'beginn', 'startdatum', 'début', 'datededébut'],
  End: ['end', 'due', 'duedate', 'enddate', 'deadline', 'to', 'until', 'конец', 'срок', 'датаокончания', 'fin', 'fim', 'fechafin', 'fechalímite', 'prazo', 'datafim', 'ende', 'enddatum', 'fälligkeit', 'échéance', 'datedefin'],
  Confidence: ['confidence', 'conf', 'confidencelevel', 'уверенность', 'confianza', 'confiança', 'confianca', 'konfidenz', 'zuversicht', 'confiance'],
  Metric: ['metric', 'source', 'metricsource', 'kpi', 'query', 'field', 'refid', 'метрика', 'métrica', 'metrica', 'metrik', 'métrique'],
  Progress: [
    'progress', 'percentcomplete', 'complete', 'completion', 'score', 'прогресс', 'выполнение', 'оценка', 'avance', 'progreso',
    'progresso', 'puntuación', 'pontuação', 'fortschritt', 'erfüllung', 'progression', 'avancement',
  ],
  Status: ['status', 'state', 'rag', 'статус', 'состояние', 'estado', 'estatus', 'situação', 'situacao', 'zustand', 'statut', 'état'],
};

/** normalized word → role, and whether the word is the role's own name. */
const WORD_ROLES = new Map<string, { role: Role; exact: boolean }>();
for (const role of Object.keys(WORDS) as Role[]) {
  WORDS[role].forEach((word, i) => {
    if (!WORD_ROLES.has(word)) WORD_ROLES.set(word, { role, exact: i === 0 });
  });
}
// Everything the canonical schema already accepts stays accepted (its own spellings first).
for (const [word, column] of Object.entries(HEADER_ALIASES)) {
  if (!WORD_ROLES.has(word)) WORD_ROLES.set(word, { role: column, exact: false });
}

export interface HeaderMatch {
  role: Role;
  /** The header is the role's own name (wins over an alias such as Team for Owner). */
  exact: boolean;
}

/** Headers longer than this are notes or instructions, not column names. */
const LONGEST_HEADER = 60;

/**
 * The role a header names. Tries the whole header, then its leading words, so that
 * "Responsable del Key Result" is an Owner column and "Confidence (1-10)" a Confidence one.
 * A "%" with a word that is not a canonical column ("% Avance", "% done") means Progress.
 */
export function matchHeader(text: unknown): HeaderMatch | null {
  const raw = String(text ?? '').trim();
  if (raw === '' || raw.length > LONGEST_HEADER) return null;
  const whole = normalizeHeader(raw);
  if (whole === '') return null;
  if (raw.includes('%')) {
    const found = WORD_ROLES.get(whole);
    if (!found || found.role === 'Current' || found.role === 'Progress') return { role: 'Progress', exact: found?.role === 'Progress' && found.exact };
  }
  const found = WORD_ROLES.get(whole);
  if (found) return found;
  const words = raw.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let n = words.length - 1; n >= 1; n--) {
    const lead = WORD_ROLES.get(words.slice(0, n).join(''));
    // One short leading word ("to", "no") is too weak to name a column on its own.
    if (lead && (n > 1 || words[0].length >= 4)) return { role: lead.role, exact: false };
  }
  return null;
}
