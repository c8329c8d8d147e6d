/**
 * The "OKR Cascade" sheet as a table, computed without touching the spreadsheet: one row per
 * evaluated node, depth-first from each top-level goal (mission, pillars, annual, quarterly…
 * down to tasks), the title indented by depth. Every figure is the core's.
 */
import { gradeNote, type Cascade, type NodeEvaluation, type OkrNode } from './core';

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

const TYPE_LABELS: Record<OkrNode['type'], string> = {
  objective: 'Objective',
  key_result: 'Key result',
  initiative: 'Initiative',
  kpi: 'KPI',
};

const CURRENT = CASCADE_HEADER.indexOf('Current');
const TARGET = CASCADE_HEADER.indexOf('Target');
const INDENT = '    ';
const MAX_INDENT_DEPTH = 12;
const BAR_CELLS = 10;
/** Sheets number format: the score with the word "projected" after it, as text in quotes. */
export const PROJECTED_SCORE_FORMAT = '0.0" projected"';

export function cascadeTable(cascade: Cascade, evaluations: ReadonlyMap<string, NodeEvaluation>): CascadeTable {
  const values: unknown[][] = [[...CASCADE_HEADER]];
  const valueFormats: string[][] = [];
  const scoreFormats: string[][] = [];
  for (const id of depthFirst(cascade)) {
    const node = cascade.byId.get(id);
    const evaluation = evaluations.get(id);
    if (!node || !evaluation) continue;
    const row = cascadeRow(node, evaluation);
    values.push(row);
    const percent = node.unit.trim() === '%';
    valueFormats.push([valueFormat(row[CURRENT], percent), valueFormat(row[TARGET], percent)]);
    // The cell keeps the number (sums and charts work); the format says it is a projection.
    scoreFormats.push([evaluation.grade.basis === 'projected' ? PROJECTED_SCORE_FORMAT : '0.0']);
  }
  return { values, valueFormats, scoreFormats };
}

function cascadeRow(node: OkrNode, e: NodeEvaluation): unknown[] {
  const depth = Math.max(0, e.depth);
  const indent = INDENT.repeat(Math.min(depth, MAX_INDENT_DEPTH));
  const parent = e.source === 'rollup' || e.source === 'sum' || e.source === 'min' || e.source === 'checklist';
  return [
    node.level ? capitalise(node.level) : '',
    node.id,
    TYPE_LABELS[node.type] ?? node.type,
    indent + node.title,
    node.owner,
    node.kind ?? '',
    currentOf(node, e),
    node.target,
    e.progress,
    progressBar(e.progress),
    parent ? e.coverage.text : '',
    e.status.label,
    e.grade.score,
    // A status typed in the user's sheet is shown beside the computed one, never instead of it.
    [e.explain, e.status.explain, e.grade.explain, gradeNote(e.status, e.grade), node.reportedStatus ? `The sheet says: ${node.reportedStatus.text}.` : '']
      .filter((s) => s)
      .join(' '),
  ];
}

function currentOf(node: OkrNode, e: NodeEvaluation): unknown {
  if (e.current !== null) return e.current;
  if (node.kind === 'milestone' && node.done !== null) return node.done ? 'Done' : 'Not done';
  return null;
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
