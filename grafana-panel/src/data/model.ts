import type { Field, ThresholdsConfig } from '@grafana/data';
import type { Grade, KrKind, ProgressResult, ScoreBand, StatusCode, TimeWindow } from '@aligned/core';
import type { OptionProblem } from './problem';

export type { OptionProblem } from './problem';

/** The core's trend forecast, as the panel uses it. */
export interface TrendSummary {
  valueAtEnd: number | null;
  completionTime: number | null;
  trendingOffTrack: boolean;
  explain: string;
}

/**
 * One key result as the panel shows it: a numeric series plus everything the core computed
 * about it. Every number here comes from the core or from Grafana's reducers; views only format.
 */
export interface PanelKeyResult {
  /** Stable key: frame index and field index ("0:1"). */
  id: string;
  /** The field's display name (user text: render as text). */
  name: string;
  field: Field;
  frameIndex: number;
  fieldIndex: number;
  /** The frame's time values (epoch ms), aligned with `values`; null for a frame without time. */
  times: number[] | null;
  /** The series, NaN/±Infinity turned into null (gaps). */
  values: Array<number | null>;
  /**
   * What the chart draws, aligned with `times`: the samples themselves, or, when the reducer
   * accumulates (`cumulative`), the running total within the period (null outside it), so the
   * line shares units with the target, pace and forecast. Its last point is `current`.
   */
  plotted: Array<number | null>;
  /** The reducer accumulates over the period (sum, count...): see data/runningTotal.ts. */
  cumulative: boolean;
  kind: KrKind;
  direction: 'increase' | 'decrease';
  baseline: number | null;
  target: number | null;
  low: number | null;
  high: number | null;
  weight: number;
  /** The reduced value over the period (Grafana reducer `reducer`). */
  current: number | null;
  reducer: string;
  reducerName: string;
  /** Label on the target line, e.g. "Q3 target". */
  targetLabel: string;
  period: TimeWindow;
  now: number;
  timeZone: string;
  progress: ProgressResult;
  /** Expected progress from elapsed time, 0..1; null when the period is unknown. */
  expected: number | null;
  expectedExplain: string;
  status: { code: StatusCode; label: string; explain: string };
  /** The score as graded at the period's end (`grade.score`): projected mid-period, final from the end day. */
  score: number | null;
  band: ScoreBand | null;
  /** The core's grade: label ("0.9 projected"), explanation, and what it is of. */
  grade: Grade;
  /** Value at the period's end at the pace so far (core paceForecast), null when it cannot be projected. */
  paceAtEnd: number | null;
  trend: TrendSummary | null;
  /** The same reducer over the previous period of the same length, and the change. */
  previous: { current: number | null; progress: number | null } | null;
  change: number | null;
  /** The field's standard Grafana thresholds, after overrides. */
  thresholds: ThresholdsConfig | null;
  /** Field min/max (standard options), used for percentage thresholds. */
  min: number | null;
  max: number | null;
}

export interface KeyResultsModel {
  keyResults: PanelKeyResult[];
  period: TimeWindow | null;
  problem: OptionProblem | null;
}
