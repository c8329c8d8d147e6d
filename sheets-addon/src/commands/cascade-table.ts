/**
 * The "OKR Cascade" sheet as a table, computed without touching the spreadsheet: one row per
 * evaluated node, depth-first from each top-level goal (mission, pillars, annual, quarterly…
 * down to tasks), the title indented by depth. Every figure is the core's.
 */
import { EN } from '../i18n/en';
import { UI_TEXT, type UiText } from '../i18n/index';
import { explain, gradeNoteMessage, renderMessage, statusLabel, type Cascade, type Locale, type NodeEvaluation, type OkrNode } from './core';

/** The columns by their English names (how the code refers to them); the sheet's header is in the add-on's language. */
export const CASCADE_HEADER = [
  'Level',
  'ID',
  'Type',
  'Title',
  'Owner',
  'Kind',
  'Current',
  'Target',
  'Progress',
  'Bar',
  'Rolled up from',
  'Status',
  'Score',
  'Explanation',
] as const;

export type CascadeColumn = (typeof CASCADE_HEADER)[number];

/** 1-based sheet column of a cascade column. */
export function cascadeColumn(name: CascadeColumn): number {
  return CASCADE_HEADER.indexOf(name) + 1;
}

export interface CascadeTable {
  /** Header first. */
  values: unknown[][];
  /** Number formats of the Current and Target columns, per data row (a % unit shows as %). */
  valueFormats: string[][];
  /** Number format of the Score column, per data row: "0.9 projected" mid-period, "0.7" when final. */
  scoreFormats: string[][];
}

function typeLabel(type: OkrNode['type'], text: UiText): string {
  const label = { objective: text.typeObjective, key_result: text.typeKeyResult, initiative: text.typeInitiative, kpi: text.typeKpi }[type];
  return label ?? type;
}

const CURRENT = CASCADE_HEADER.indexOf('Current');
const TARGET = CASCADE_HEADER.indexOf('Target');
const INDENT = '    ';
const MAX_INDENT_DEPTH = 12;
const BAR_CELLS = 10;
/** Sheets number format: the score with the word "projected" after it, as text in quotes (English; see UiText.projectedFormat). */
export const PROJECTED_SCORE_FORMAT = EN.projectedFormat;

export function cascadeTable(cascade: Cascade, evaluations: ReadonlyMap<string, NodeEvaluation>, lang: Locale = 'en'): CascadeTable {
  const text = UI_TEXT[lang];
  const values: unknown[][] = [[...text.cascadeHeader]];
  const valueFormats: string[][] = [];
  const scoreFormats: string[][] = [];
  for (const id of depthFirst(cascade)) {
    const node = cascade.byId.get(id);
    const evaluation = evaluations.get(id);
    if (!node || !evaluation) continue;
    const row = cascadeRow(node, evaluation, lang, text);
    values.push(row);
    const percent = node.unit.trim() === '%';
    valueFormats.push([valueFormat(row[CURRENT], percent), valueFormat(row[TARGET], percent)]);
    // The cell keeps the number (sums and charts work); the format says it is a projection.
    scoreFormats.push([evaluation.grade.basis === 'projected' ? text.projectedFormat : '0.0']);
  }
  return { values, valueFormats, scoreFormats };
}

function cascadeRow(node: OkrNode, e: NodeEvaluation, lang: Locale, text: UiText): unknown[] {
  const depth = Math.max(0, e.depth);
  const indent = INDENT.repeat(Math.min(depth, MAX_INDENT_DEPTH));
  const parent = e.source === 'rollup' || e.source === 'sum' || e.source === 'min' || e.source === 'checklist';
  return [
    node.level ? (text.levels[node.level] ?? capitalise(node.level)) : '',
    node.id,
    typeLabel(node.type, text),
    indent + node.title,
    node.owner,
    node.kind ? (text.kinds[node.kind] ?? node.kind) : '',
    currentOf(node, e, text),
    node.target,
    e.progress,
    progressBar(e.progress),
    parent ? renderMessage({ code: 'cascade.coverage', params: { reporting: e.coverage.reporting, total: e.coverage.total } }, lang) : '',
    statusLabel(e.status.code, lang),
    e.grade.score,
    // A status typed in the user's sheet is shown beside the computed one, never instead of it.
    [explain(e, lang), explain(e.status, lang), explain(e.grade, lang), noteOf(e, lang), node.reportedStatus ? text.sheetSays(node.reportedStatus.text) : '']
      .filter((s) => s)
      .join(' '),
  ];
}

function currentOf(node: OkrNode, e: NodeEvaluation, text: UiText): unknown {
  if (e.current !== null) return e.current;
  if (node.kind === 'milestone' && node.done !== null) return node.done ? text.done : text.notDone;
  return null;
}

/** The core's note when status and score disagree, in the language ('' when they agree). */
function noteOf(e: NodeEvaluation, lang: Locale): string {
  const note = gradeNoteMessage(e.status, e.grade);
  return note === null ? '' : renderMessage(note, lang);
}

/**
 * Whole numbers without decimals, others with two ("#,##0.##" would show "1,200." in Sheets);
 * a % unit shows the stored fraction as a percentage.
 */
function valueFormat(value: unknown, percent: boolean): string {
  if (typeof value === 'string') return '@'; // "Done" / "Not done" stay text
  const scaled = typeof value === 'number' ? (percent ? value * 100 : value) : 0;
  const whole = Math.abs(scaled - Math.round(scaled)) < 1e-9;
  if (percent) return whole ? '0%' : '0.0%';
  return whole ? '#,##0' : '#,##0.00';
}

/** A text bar of ten cells ("██████░░░░"), empty when there is no progress to show. */
export function progressBar(progress: number | null): string {
  if (progress === null) return '';
  const filled = Math.round(Math.max(0, Math.min(1, progress)) * BAR_CELLS);
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

/** IDs from each root down, children in sheet order, without recursion (deep trees are fine). */
export function depthFirst(cascade: Cascade): string[] {
  const out: string[] = [];
  const children = cascade.children;
  const stack: string[] = [...cascade.roots].reverse();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    out.push(id);
    const kids = children.get(id);
    if (kids) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
