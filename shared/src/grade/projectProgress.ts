import { inEnglish } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { KrKind } from '../types';
import { isMissing } from '../values/isMissing';
import type { Projection } from './types';

export interface ProjectionInput {
  /** Clamped progress now; `null` when there is no data. */
  progress: number | null | undefined;
  /** Share of the period gone (expectedProgress), `null` without a period. */
  expected: number | null | undefined;
  /** The key result's kind; conditions and milestones are not paced. `null` for objectives. */
  kind?: KrKind | null;
  /** Projected progress at the end from trendForecast, when it made one. */
  trendProgress?: number | null;
}

const DONE = 1 - 1e-9;

/**
 * The progress a key result is expected to reach by its period's end, by the forecast the
 * core already uses elsewhere: the check-in trend when trendForecast made one (it sees a
 * stall), else the pace since the start, progress ÷ e. That pace ratio is the number the
 * status is judged on, so an on-track key result projects into the green band.
 *
 * A condition (above, below, range) has no pace: it is projected to hold as it is now. An
 * undone milestone is 0 % until the day it is done, so pacing it would grade every open
 * milestone 0.0; it gets no projection (it scores 1.0 once done). A milestone's checklist
 * of tasks partly done is paced like any progress.
 */
export function projectProgress(input: ProjectionInput): Projection {
  const { kind } = input;
  if (isMissing(input.progress)) return noProjection(msg('projection.no_data', {}));
  const p = Math.min(1, Math.max(0, input.progress as number));
  if (kind === 'track') return noProjection(msg('projection.track', {}));
  if (kind === 'above' || kind === 'below' || kind === 'range') return { progress: p, method: 'hold', why: '' };
  if (kind === 'milestone') {
    if (p >= DONE) return { progress: 1, method: 'hold', why: '' };
    // Between 0 and 1 it is a checklist of tasks partly done (a rollup), which is paced below.
    if (p === 0) return noProjection(msg('projection.milestone_open', {}));
  }
  if (!isMissing(input.trendProgress)) {
    return { progress: Math.min(1, Math.max(0, input.trendProgress as number)), method: 'trend', why: '' };
  }
  const e = input.expected;
  if (!isMissing(e) && (e as number) > 0) return { progress: Math.min(1, p / (e as number)), method: 'pace', why: '' };
  // Progress cannot fall below what is done by projection: a target already reached stays reached.
  if (p >= DONE) return { progress: 1, method: 'hold', why: '' };
  return noProjection(isMissing(e) ? msg('projection.no_period', {}) : msg('projection.no_day', {}));
}

/** No projection, and why (in English, and as a message for other languages). */
export function noProjection(because: Message): Projection {
  return { progress: null, method: null, why: inEnglish(because), because };
}
