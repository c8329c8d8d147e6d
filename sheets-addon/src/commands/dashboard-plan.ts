/**
 * The "OKR Dashboard" sheet planned without touching the spreadsheet: one data block of
 * three columns (stacked sections, each with its own header row) and the charts that read
 * it. Every figure comes from the core; the plan only chooses what to show and where.
 */
import {
  expectedProgress,
  formatPercentIn,
  gradeLabel,
  scoreKeyResult,
  statusLabel,
  type Locale,
  type CheckIn,
  type NodeEvaluation,
  type OkrNode,
  type StatusCode,
} from './core';
import type { OkrModel } from './okr-model';
import { fitCellText, MAX_CELL_CHARACTERS } from './safe-cell-text';
import { STATUS_SLICE_COLOURS } from './status-colours';

export const DASHBOARD_WIDTH = 3;
/** Charts sit to the right of the data, one below the other. */
export const CHART_COLUMN = 5;
export const CHART_ROW_STEP = 20;

export const LIMITS = {
  /** Objectives in the progress bar chart (highest levels first). */
  objectives: 25,
  /** Goals in the org chart (highest levels first, so every shown goal's parent is shown). */
  orgNodes: 60,
  /** Key results with a trend chart (those with the most check-ins). */
  trends: 4,
};

export type ChartKind = 'bar' | 'pie' | 'org' | 'line';

export interface BlockRef {
  /** 1-based sheet row of the block's header. */
  row: number;
  rows: number;
  columns: number;
}

export interface ChartPlan {
  kind: ChartKind;
  title: string;
  block: BlockRef;
  anchorRow: number;
  /** Series or slice colours in the order of the block's rows (the pie: one per status). */
  colors?: string[];
}

export interface FormatPlan {
  row: number;
  column: number;
  rows: number;
  format: string;
}

export interface DashboardPlan {
  values: unknown[][];
  formats: FormatPlan[];
  charts: ChartPlan[];
}

const STATUS_ORDER: StatusCode[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'not_started', 'no_data', 'closed'];

export function planDashboard(model: OkrModel): DashboardPlan {
  const values: unknown[][] = [];
  const formats: FormatPlan[] = [];
  const charts: ChartPlan[] = [];
  const { text, lang } = model;
  const nodes = model.cascade.byId;
  const evaluated = model.cascade.order
    .map((id) => ({ node: nodes.get(id), evaluation: model.evaluations.get(id) }))
    .filter((x): x is { node: OkrNode; evaluation: NodeEvaluation } => !!x.node && !!x.evaluation);

  /** Appends a section (header + rows), a blank row after it, and returns where it landed. */
  const section = (rows: unknown[][]): BlockRef => {
    const row = values.length + 1;
    for (const r of rows) values.push(pad(r));
    values.push(pad([]));
    return { row, rows: rows.length, columns: rows[0].length };
  };
  const chart = (kind: ChartKind, title: string, block: BlockRef, colors?: string[]) =>
    charts.push({ kind, title, block, anchorRow: 1 + charts.length * CHART_ROW_STEP, ...(colors ? { colors } : {}) });

  // 1. Progress by objective.
  const objectives = evaluated.filter((x) => x.node.type === 'objective').slice(0, LIMITS.objectives);
  if (objectives.length > 0) {
    const block = section([[text.dObjective, text.dProgress], ...objectives.map((x) => [x.node.title, x.evaluation.progress])]);
    formats.push({ row: block.row + 1, column: 2, rows: objectives.length, format: '0%' });
    chart('bar', text.dByObjective, block);
  }

  // 2. Status of the key results (of every goal when there are no key results).
  const keyResults = evaluated.filter((x) => x.node.type === 'key_result');
  const counted = keyResults.length > 0 ? keyResults : evaluated;
  const tally = new Map<StatusCode, number>();
  for (const x of counted) tally.set(x.evaluation.status.code, (tally.get(x.evaluation.status.code) ?? 0) + 1);
  const statusCodes = STATUS_ORDER.filter((code) => tally.has(code));
  const statusRows = statusCodes.map((code) => [statusLabel(code, lang), tally.get(code)]);
  if (statusRows.length > 0) {
    const what = keyResults.length > 0 ? text.dKeyResults : text.dGoals;
    chart('pie', text.dByStatus(what), section([[text.dStatus, what], ...statusRows]), statusCodes.map((code) => STATUS_SLICE_COLOURS[code]));
  }

  // 3. The cascade as an org chart: labels must be unique, so each carries its ID.
  const shown = evaluated.slice(0, LIMITS.orgNodes);
  const labelOf = new Map(shown.map((x) => [x.node.id, orgLabel(x.node.title, x.node.id)]));
  if (shown.length > 0) {
    const orgRows = shown.map((x) => [
      labelOf.get(x.node.id),
      (x.node.parentId !== null && labelOf.get(x.node.parentId)) || '',
      orgStatus(x.evaluation, lang, text.dScore),
    ]);
    chart('org', text.dCascade, section([[text.dGoal, text.dParent, text.dStatus], ...orgRows]));
  }

  // 4. Trend of the most checked-in key results against their pace line.
  const trended = keyResults
    .filter((x) => (model.checkIns.get(x.node.id)?.length ?? 0) > 0)
    .sort((a, b) => (model.checkIns.get(b.node.id)?.length ?? 0) - (model.checkIns.get(a.node.id)?.length ?? 0))
    .slice(0, LIMITS.trends);
  for (const x of trended) {
    const rows = trendRows(x.node, x.evaluation, model.checkIns.get(x.node.id) ?? [], model.timeZone);
    const block = section([[text.dDate, text.dKrProgress(x.node.id), text.dExpected], ...rows]);
    formats.push({ row: block.row + 1, column: 1, rows: rows.length, format: 'yyyy-mm-dd' });
    formats.push({ row: block.row + 1, column: 2, rows: rows.length, format: '0%' });
    formats.push({ row: block.row + 1, column: 3, rows: rows.length, format: '0%' });
    chart('line', text.dTrend(fitCellText(x.node.title, 160)), block);
  }

  if (values.length > 0) values.pop(); // no blank row after the last section
  return { values, formats, charts };
}

/** The org chart's tooltip: status, progress, and the score as graded at the period's end ("score 0.9 projected"). */
function orgStatus(e: NodeEvaluation, lang: Locale, score: (label: string) => string): string {
  const text = `${statusLabel(e.status.code, lang)}: ${formatPercentIn(e.progress, lang)}`;
  return e.grade.score === null ? text : `${text}, ${score(gradeLabel(e.grade, lang))}`;
}

/** Each check-in scored as if it were the current value, and the progress the calendar expects that day. */
function trendRows(node: OkrNode, e: NodeEvaluation, checkIns: readonly CheckIn[], timeZone: string): unknown[][] {
  return checkIns.map((c) => {
    const scored = scoreKeyResult({
      kind: node.kind,
      baseline: node.baseline,
      target: node.target,
      current: c.value,
      low: node.low,
      high: node.high,
    });
    return [new Date(c.time), scored.progress, expectedProgress(e.start, e.end, c.time, timeZone)];
  });
}

function pad(row: readonly unknown[]): unknown[] {
  const out = [...row];
  while (out.length < DASHBOARD_WIDTH) out.push('');
  return out;
}

/**
 * "Title (ID)": unique, so the org chart can link parents. A title too long for a cell is
 * shortened (visibly) before the ID is added, so the ID, which makes the label unique, stays.
 */
export function orgLabel(title: string, id: string): string {
  const suffix = ` (${id})`;
  return fitCellText(fitCellText(title, Math.max(0, MAX_CELL_CHARACTERS - suffix.length)) + suffix);
}
