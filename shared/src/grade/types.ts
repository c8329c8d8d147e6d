import type { Message } from '../i18n/message';
import type { ScoreBand } from '../types';

/**
 * How the end-of-period progress was projected:
 * - `trend`: the least-squares line through the check-ins, at the period's end;
 * - `pace`: progress ÷ the share of the period gone (the pace since the start held);
 * - `hold`: a condition (above, below, range) or a done milestone, assumed to still hold;
 * - `rollup`: the children's projections combined like their progress is.
 */
export type ProjectionMethod = 'trend' | 'pace' | 'hold' | 'rollup';

/** Progress the key result or objective is expected to reach by the end of its period. */
export interface Projection {
  /** Projected progress at the end, clamped to [0, 1]; `null` when nothing can be projected. */
  progress: number | null;
  method: ProjectionMethod | null;
  /** Why there is no projection (empty when there is one), e.g. "no data yet". */
  why: string;
  /** The same reason as a catalogue message, for other languages; absent when there is a projection. */
  because?: Message;
}

/**
 * Which figure a grade is:
 * - `final`: the period has reached its end day; the score of the progress made;
 * - `projected`: mid-period; the score of the progress projected for the end;
 * - `current`: no period end to grade at; the score of the progress so far;
 * - `none`: no score (no data, or nothing can be projected yet).
 */
export type GradeBasis = 'final' | 'projected' | 'current' | 'none';

/** The Google-style 0.0–1.0 score as graded at the end of the period. */
export interface Grade {
  score: number | null;
  band: ScoreBand | null;
  basis: GradeBasis;
  method: ProjectionMethod | null;
  /** The progress the score is of: projected at the end, or made by the end. */
  progress: number | null;
  /** What every view prints: "0.9 projected", "0.9", or "—" without a score. */
  label: string;
  /** A sentence a person can read: "Projected 0.9: at the current pace 88 % by 31 Dec." */
  explain: string;
  /** `explain` as a catalogue message: `explain(grade, 'ru')`; `gradeLabel(grade, 'ru')` for the label. */
  i18n?: Message;
}
