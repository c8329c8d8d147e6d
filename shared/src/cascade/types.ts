import type { TrendForecast } from '../forecast/index';
import type { Grade } from '../grade/index';
import type { Message } from '../i18n/message';
import type { StatusThresholds } from '../status/index';
import type {
  OkrNode,
  Problem,
  ReasonCode,
  RollupMode,
  ScoreBand,
  StatusCode,
} from '../types';

/**
 * The cascade in numeric form: every node has an index (its position in `nodes`) and the
 * hot loops (rollups, period inheritance) walk typed arrays instead of maps of strings.
 * Index arrays use -1 for "none".
 */
export interface CascadeIndex {
  /** `nodes[i].id`, for every input row (duplicates included). */
  readonly ids: readonly string[];
  /** Index of the parent actually used, or -1 (root, unknown parent, parent excluded). */
  readonly parent: Int32Array;
  /** Depth below its root (0 for roots); -1 for excluded nodes. */
  readonly depth: Int32Array;
  /** Topological order, parents first; excluded nodes are absent. */
  readonly order: Int32Array;
  /** Children of node i are `childList[childStart[i] .. childStart[i + 1])`, in input order. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Why a node is left out: 0 = evaluated, see `EXCLUDED_*`. */
  readonly excluded: Uint8Array;
  /** Effective period after inheritance from the parent; NaN when unknown. */
  readonly start: Float64Array;
  readonly end: Float64Array;
}

/** Reasons a node is left out of evaluation (values of `CascadeIndex.excluded`). */
export { INCLUDED, EXCLUDED_DUPLICATE, EXCLUDED_CYCLE, EXCLUDED_TOO_DEEP } from './link';

export interface Cascade {
  /** The input nodes, unchanged. */
  readonly nodes: readonly OkrNode[];
  /** First node for each ID (later duplicates are left out). Built on first use. */
  readonly byId: ReadonlyMap<string, OkrNode>;
  /** IDs of the evaluated nodes without a usable parent, in input order. */
  readonly roots: readonly string[];
  /** Parent ID → child IDs, in input order, for evaluated nodes. Built on first use. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** IDs of the evaluated nodes, parents before children. */
  readonly order: readonly string[];
  readonly problems: readonly Problem[];
  readonly index: CascadeIndex;
}

export interface BuildOptions {
  /** Deepest level allowed below a root (default 64); deeper nodes are left out with a problem. */
  maxDepth?: number;
}

/** How many children feed a figure, for "2 of 3 reporting". */
export interface Coverage {
  reporting: number;
  total: number;
  text: string;
}

/** Where a node's progress comes from. */
export type ProgressSource = 'own' | 'rollup' | 'sum' | 'min' | 'checklist' | 'none';

export interface NodeForecast {
  /** Value at the end of the period at the pace since the start (key results with a baseline); null otherwise. */
  pace: number | null;
  /** Progress at the end at the pace since the start (progress ÷ expected, clamped to [0, cap]); null on day one or without data. */
  paceProgress: number | null;
  /** Least-squares trend over the check-ins; null when the node has none. */
  trend: TrendForecast | null;
}

export interface NodeEvaluation {
  id: string;
  /** Clamped progress (0..cap); null when nothing can be scored. Never NaN. */
  progress: number | null;
  /** Unclamped progress, for "125 %" displays and value rollups. */
  raw: number | null;
  reason: ReasonCode;
  source: ProgressSource;
  /** Value used for scoring: the node's own Current, or the children's sum in 'sum' mode. */
  current: number | null;
  status: { code: StatusCode; label: string; explain: string; i18n?: Message };
  /** Today's progress as a score (score(progress)); views show `grade`, the score as graded at the period's end. */
  score: number | null;
  scoreBand: ScoreBand | null;
  /** The score as graded at the end of the period: projected mid-period, final from the end day on. */
  grade: Grade;
  /** Expected progress from elapsed time (0..1); null without a period. */
  expected: number | null;
  coverage: Coverage;
  /** A sentence a person can read, e.g. "3 of 4 children reporting, weighted mean 58 %". */
  explain: string;
  /** The sentence as a catalogue message, to render in another language: `explain(result, 'ru')`. */
  i18n?: Message;
  forecast: NodeForecast;
  /** Effective period (inherited from the parent when the row has none). */
  start: number | null;
  end: number | null;
  depth: number;
}

/** What to do with children that have no data yet. */
export type MissingPolicy = 'exclude' | 'zero';

export interface EvaluateOptions {
  /** The moment "now", epoch ms or Date. Required: the core never reads the clock. */
  asOf: number | Date;
  timeZone?: string;
  /** How parents combine children (default 'weighted'). */
  rollupMode?: RollupMode;
  /** Per-node override of `rollupMode`. */
  rollupModeById?: Readonly<Record<string, RollupMode>>;
  /** Progress cap for key results (default 1; Infinity for no cap). Rollups use children clamped to [0, cap]. */
  cap?: number;
  /** Status thresholds or a preset name ('mooncamp', 'viva', …), passed to the status rule. */
  statusThresholds?: StatusThresholds | string;
  /** Children without data: left out of the mean (default) or counted as 0. */
  missingAs?: MissingPolicy;
  /** Depth guard passed to buildCascade when nodes are given. */
  maxDepth?: number;
}

export type { OkrNode, Problem };
