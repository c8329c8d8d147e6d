/**
 * What the pages must show, computed here by the core itself (shared/src/index.ts) from
 * the same demo payload the server hands the browser. The tests compare the screen to
 * these; no number is typed into a test by hand.
 */
import {
  aggregate,
  buildCascade,
  evaluateCascade,
  expectedProgress,
  formatPercent,
  parseRows,
  scoreKeyResult,
  status,
  type NodeEvaluation,
} from '@aligned/core';
import { formattedValueToString, getValueFormat } from '@grafana/data';
import type { DemoPayload } from '../preview/demoPayload';

export interface QuarterKeyResult {
  current: number | null;
  progress: number | null;
  progressText: string;
  statusLabel: string;
}

/** The calendar quarter (UTC) holding `now`, as Grafana's "This quarter" range: [start, end of last day]. */
export function quarterRange(now: number): { from: number; to: number } {
  const date = new Date(now);
  const firstMonth = Math.floor(date.getUTCMonth() / 3) * 3;
  return {
    from: Date.UTC(date.getUTCFullYear(), firstMonth, 1),
    to: Date.UTC(date.getUTCFullYear(), firstMonth + 3, 1) - 1,
  };
}

/**
 * A series' key result over this quarter as the dashboard configures it: the Total of the
 * daily samples in the period, from a baseline of 0 to `target`, judged today.
 */
export function quarterTotalKeyResult(
  demo: DemoPayload,
  series: 'amount' | 'deals' | 'leads',
  target: number,
  now: number
): QuarterKeyResult {
  const { from, to } = quarterRange(now);
  const window = { from, to: to + 1, label: 'This quarter' };
  const current = aggregate(demo.series.time, demo.series[series], 'sum', window) as number | null;
  const result = scoreKeyResult({ kind: 'increase', direction: 'increase', baseline: 0, target, current });
  const lastDay = to;
  const expected = expectedProgress(from, lastDay, now, 'UTC');
  const judged = status({ progress: result.progress, expected, start: from, end: lastDay, asOf: now });
  return { current, progress: result.progress, progressText: formatPercent(result.progress), statusLabel: judged.label };
}

/** The cascade as the core evaluates the demo's OKR rows on `asOf`. */
export function cascadeEvaluations(demo: DemoPayload, asOf: number): Map<string, NodeEvaluation> {
  const parsed = parseRows(demo.rows, { timeZone: 'UTC', firstRowNumber: 1 });
  return evaluateCascade(buildCascade(parsed.nodes), { asOf, timeZone: 'UTC', rollupMode: 'weighted' });
}

/** The row values of one column of the demo's OKR table, by header name. */
export function demoColumn(demo: DemoPayload, name: string): unknown[] {
  const [header, ...body] = demo.rows;
  const index = header.findIndex((h) => String(h).toLowerCase() === name.toLowerCase());
  if (index < 0) {
    throw new Error(`The demo rows have no "${name}" column (header: ${header.join(', ')}).`);
  }
  return body.map((row) => row[index]);
}

/**
 * The target line's legend text: the panel prints overlay values in the field's unit, the way
 * Grafana does (the demo's amount field is `currencyUSD`: 660000 → "$660K").
 */
export function quarterTargetLabel(target: number): string {
  // Grafana's unit registry reads navigator's languages when it is built; Node 20 has no navigator.
  const g = globalThis as { navigator?: unknown };
  g.navigator ??= { language: 'en-US', languages: ['en-US'] };
  return `Quarter target: ${formattedValueToString(getValueFormat('currencyUSD')(target))}`;
}
