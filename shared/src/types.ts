import type { Message } from './i18n/message';

/**
 * The vocabulary of the Aligned scoring core.
 *
 * Every front end (Grafana panel, Sheets add-on, preview) speaks these types.
 * Fractions are plain numbers where 1 means 100 %. Instants are epoch
 * milliseconds (numbers), never Date objects, so that the core behaves the same
 * in browsers, Node and Apps Script's V8, and so that arrays of them are cheap.
 */

/** What a node in the cascade is. A key result usually contains a KPI; KPIs can also hang off tasks. */
export type NodeType = 'objective' | 'key_result' | 'initiative' | 'kpi';

/** Where a node sits in the top-down cascade, from the mission to the tasks. */
export type Level = 'mission' | 'pillar' | 'annual' | 'quarterly' | 'monthly' | 'weekly' | 'task';

/** The ordered list of levels, top first. */
export const LEVELS: readonly Level[] = ['mission', 'pillar', 'annual', 'quarterly', 'monthly', 'weekly', 'task'];

/**
 * How a key result (or KPI) turns a current value into progress.
 * - increase / decrease: positive and negative metrics, linear from baseline to target.
 * - above / below: threshold metrics ("stay above 95 %").
 * - range: keep between low and high, or the floor-to-target form (break even at low, aim for target).
 * - milestone: done or not done, or a checklist of child tasks.
 * - track: a baseline metric with no target; never scored, left out of rollups.
 */
export type KrKind = 'increase' | 'decrease' | 'above' | 'below' | 'range' | 'milestone' | 'track';

/** How threshold and range kinds score. */
export type ThresholdMode = 'binary' | 'periods' | 'distance';

/** Machine-readable reason attached to every computed figure. */
export type ReasonCode =
  | 'ok'
  | 'no_data' // current value missing
  | 'degenerate' // target equals baseline; scored met=1 / not met=0
  | 'track' // baseline metric, not scored
  | 'invalid' // inputs cannot be scored; see message
  | 'capped' // raw progress above cap, clamped
  | 'floored' // raw progress below 0, clamped
  | 'met'
  | 'not_met'
  | 'inside_range'
  | 'outside_range'
  | 'empty_checklist'
  | 'no_weighted_children'
  | 'not_started'
  | 'closed'
  | 'insufficient_data';

/** A dated value: a check-in or a metric sample. `time` is epoch ms. */
export interface CheckIn {
  time: number;
  value: number | null;
  confidence?: number | null;
  comment?: string;
  user?: string;
}

/** Result of scoring one key result. `progress` is clamped to [0, cap]; `raw` is not. */
export interface ProgressResult {
  raw: number | null;
  progress: number | null;
  reason: ReasonCode;
  /** Human explanation, e.g. "62 % = (31 − 12) ÷ (43 − 12)". */
  explain: string;
  /** The sentence as a catalogue message, to render in another language: `explain(result, 'ru')`. */
  i18n?: Message;
  /** For threshold, range and milestone kinds: whether the condition holds now. */
  met?: boolean;
}

/** Status, first match wins: closed, not started, no data, achieved, then pace. */
export type StatusCode = 'closed' | 'not_started' | 'no_data' | 'achieved' | 'on_track' | 'at_risk' | 'off_track';

/** Google-style score colour bands: red < 0.4 ≤ yellow < 0.7 ≤ green. */
export type ScoreBand = 'red' | 'yellow' | 'green';

/** KPI health. No target means no_data, never healthy. */
export type HealthCode = 'healthy' | 'watch' | 'unhealthy' | 'no_data';

/** Rollup modes for a parent node. */
export type RollupMode = 'weighted' | 'sum' | 'min' | 'worst';

/** Aggregations over raw data. */
export type Aggregation = 'count' | 'distinct' | 'sum' | 'avg' | 'min' | 'max' | 'first' | 'last';

/** A half-open time window [from, to) in epoch ms. */
export interface TimeWindow {
  from: number;
  to: number;
  label: string;
  /** `label` as a catalogue message: `renderMessage(window.labelMessage, 'ru')` → "С начала месяца". */
  labelMessage?: Message;
}

/**
 * One node of the cascade, as parsed from a row (spreadsheet, Grafana table, CSV)
 * or built in code. Optional numbers are `null` when missing, never 0.
 */
export interface OkrNode {
  id: string;
  parentId: string | null;
  level: Level | null;
  type: NodeType;
  title: string;
  owner: string;
  kind: KrKind | null;
  unit: string;
  baseline: number | null;
  target: number | null;
  current: number | null;
  /** Milestones: done or not; null when unknown. */
  done: boolean | null;
  low: number | null;
  high: number | null;
  weight: number;
  /** Period in epoch ms; inherited from the parent when missing. */
  start: number | null;
  end: number | null;
  /** 0..1. */
  confidence: number | null;
  /** Where a live value comes from (Grafana refId or field name, or a KPI id). */
  metric: string;
  checkIns: CheckIn[];
  /** 1-based source row number, for messages. */
  row?: number;
  /** A status the sheet itself states ("At risk" typed in a Status column), shown beside the computed one. */
  reportedStatus?: { code: StatusCode; text: string };
}

/** A problem found in input rows or options. Every message says what, where, found, and what to do. */
export interface Problem {
  severity: 'error' | 'warning';
  /** 1-based row number in the source (header is row 1 in a sheet), when known. */
  row?: number;
  /** Canonical column name ("Target"), when known. */
  column?: string;
  /** Node IDs involved (duplicate, unknown parent, every ID of a cycle). */
  ids?: string[];
  code: string;
  message: string;
  /** The message as a catalogue message, to render in another language: `explain(problem, 'ru')`. */
  i18n?: Message;
}
