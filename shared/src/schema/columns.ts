/** The canonical columns of an OKR row, in the order a template sheet shows them. */
export const COLUMNS = [
  'ID',
  'Parent',
  'Level',
  'Type',
  'Title',
  'Owner',
  'Kind',
  'Unit',
  'Baseline',
  'Target',
  'Current',
  'Low',
  'High',
  'Weight',
  'Start',
  'End',
  'Confidence',
  'Metric',
] as const;

export type Column = (typeof COLUMNS)[number];

/** Columns a table cannot do without. */
export const REQUIRED_COLUMNS: readonly Column[] = ['ID', 'Title'];

/**
 * Header spellings people use, after `normalizeHeader` (lower case, letters and digits
 * only), mapped to the canonical column. Each canonical name is its own alias.
 */
export const HEADER_ALIASES: Readonly<Record<string, Column>> = Object.freeze({
  ...selfAliases(),
  // ID
  key: 'ID',
  okrid: 'ID',
  goalid: 'ID',
  // Parent
  parentid: 'Parent',
  parentkey: 'Parent',
  alignsto: 'Parent',
  alignedto: 'Parent',
  contributesto: 'Parent',
  supports: 'Parent',
  // Level
  horizon: 'Level',
  cadence: 'Level',
  tier: 'Level',
  // Type
  nodetype: 'Type',
  itemtype: 'Type',
  goaltype: 'Type',
  // Title
  name: 'Title',
  objective: 'Title',
  keyresult: 'Title',
  goal: 'Target',
  description: 'Title',
  summary: 'Title',
  // Owner
  assignee: 'Owner',
  responsible: 'Owner',
  role: 'Owner',
  lead: 'Owner',
  team: 'Owner',
  // Kind
  metrictype: 'Kind',
  direction: 'Kind',
  krtype: 'Kind',
  scoring: 'Kind',
  // Unit
  units: 'Unit',
  uom: 'Unit',
  currency: 'Unit',
  // Baseline
  startvalue: 'Baseline',
  startingvalue: 'Baseline',
  initialvalue: 'Baseline',
  base: 'Baseline',
  from: 'Start',
  // Target
  goalvalue: 'Target',
  targetvalue: 'Target',
  aim: 'Target',
  // Current
  actual: 'Current',
  value: 'Current',
  currentvalue: 'Current',
  actualvalue: 'Current',
  latest: 'Current',
  done: 'Current',
  // Low / High
  min: 'Low',
  minimum: 'Low',
  floor: 'Low',
  breakeven: 'Low',
  lowerbound: 'Low',
  max: 'High',
  maximum: 'High',
  ceiling: 'High',
  upperbound: 'High',
  // Weight
  weighting: 'Weight',
  // Start / End
  startdate: 'Start',
  begin: 'Start',
  begins: 'Start',
  due: 'End',
  duedate: 'End',
  enddate: 'End',
  deadline: 'End',
  to: 'End',
  until: 'End',
  // Confidence
  conf: 'Confidence',
  confidencelevel: 'Confidence',
  // Metric
  source: 'Metric',
  metricsource: 'Metric',
  kpi: 'Metric',
  query: 'Metric',
  field: 'Metric',
  refid: 'Metric',
});

function selfAliases(): Record<string, Column> {
  const own: Record<string, Column> = {};
  for (const column of COLUMNS) own[normalizeHeader(column)] = column;
  return own;
}

/** "Parent ID", "parent_id", " Parent-Id " → "parentid"; "Confidence %" → "confidence". */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Header spellings in other languages, added by readSheet (layout/header-languages.ts) so the panel's bundle carries none. */
const MORE_ALIASES = new Map<string, Column>();

/** Adds header spellings (after normalizeHeader) per column, space-separated; English spellings keep their column. */
export function addColumnAliases(words: Partial<Record<Column, string>>): void {
  for (const column of Object.keys(words) as Column[]) {
    for (const word of (words[column] as string).split(' ')) if (!Object.prototype.hasOwnProperty.call(HEADER_ALIASES, word)) MORE_ALIASES.set(word, column);
  }
}

/** The canonical column a header names, or null when it is not part of the schema. */
export function columnForHeader(text: unknown): Column | null {
  const key = normalizeHeader(text);
  return Object.prototype.hasOwnProperty.call(HEADER_ALIASES, key) ? HEADER_ALIASES[key] : (MORE_ALIASES.get(key) ?? null);
}
