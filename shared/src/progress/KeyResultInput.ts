import type { KrKind, ThresholdMode } from '../types';

/** Which way a metric should move. Stored explicitly when it cannot be read from baseline and target. */
export type Direction = 'increase' | 'decrease';

/** One step of a milestone checklist. `done: null` (unknown) counts as not done. */
export interface ChecklistItem {
  done: boolean | null;
  /** ≥ 0, default 1. */
  weight?: number | null;
}

/**
 * Everything needed to score one key result. Numbers are `null` (or absent) when
 * missing, never 0; front ends run cells through `toNumber` first.
 */
export interface KeyResultInput {
  /** `null` lets the core decide: a milestone when `done` or `checklist` is set, otherwise increase/decrease from baseline and target. */
  kind: KrKind | null;
  /** Overrides the direction implied by the kind; needed when target equals baseline. */
  direction?: Direction | null;
  baseline?: number | null;
  target?: number | null;
  current?: number | null;
  /** Range kinds: the band. A range with `low` and `target` but no `high` is the floor-to-target form. */
  low?: number | null;
  high?: number | null;
  /** Distance scoring: where progress reaches 0 below / above the band or threshold. */
  criticalLow?: number | null;
  criticalHigh?: number | null;
  /** Upper clamp of progress: default 1; `null` or `Infinity` for no cap. */
  cap?: number | null;
  /** Threshold and range comparisons use ≥ / ≤ by default; `false` for strict > / < (Quantive). */
  inclusive?: boolean;
  /** Threshold and range kinds: binary (default), periods (from `history`) or distance. */
  mode?: ThresholdMode;
  /** Periods mode: one value per period, oldest first; `null` for a period without an actual. */
  history?: (number | null)[];
  /** Milestones: the steps, scored Σ w·done ÷ Σ w. */
  checklist?: ChecklistItem[];
  /** Milestones: done or not; `null` when nobody has said. */
  done?: boolean | null;
}
