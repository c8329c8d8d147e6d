import { explainedBy } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { ReasonCode } from '../types';
import type { Coverage, MissingPolicy } from './types';

export interface RollupOptions {
  /** Children are clamped to [0, cap] before they are combined (default 1). */
  cap?: number;
  /** Children without data: left out of the mean (default) or counted as 0. Either way they count in coverage. */
  missingAs?: MissingPolicy;
  /** 'weighted' mean (default) or 'min': the weakest weighted child. */
  mode?: 'weighted' | 'min';
  /** Word for the items in explanations (default "children"). */
  noun?: string;
}

export interface RollupResult {
  /** null (never NaN, never a made-up 0) when no weighted child has data. */
  progress: number | null;
  reason: ReasonCode;
  coverage: Coverage;
  explain: string;
  /** The sentence as a catalogue message, to render in another language: `explain(result, 'ru')`. */
  i18n?: Message;
}

/**
 * Combines children's progress into their parent's: Σ wᵢ·clamp(pᵢ) ÷ Σ wᵢ.
 *
 * Each child is one item whatever it is (key result or child objective). Weights default
 * to 1 and need not add up to anything. A weight of 0 marks a child as informational: it
 * is left out of the mean and of the coverage count. Negative or non-numeric weights are
 * invalid; those children are left out too and the explanation says so.
 *
 * Missing children are left out of the mean by default, so that one key result nobody has
 * updated yet does not read as failing; the coverage ("2 of 3 reporting") makes the gap
 * visible instead. `missingAs: 'zero'` counts them as 0 (okr-tracker and GitLab behaviour).
 */
export function rollup(
  childProgress: readonly (number | null | undefined)[],
  weights?: readonly (number | null | undefined)[],
  options: RollupOptions = {},
): RollupResult {
  const cap = options.cap ?? 1;
  const zeroMissing = options.missingAs === 'zero';
  const useMin = options.mode === 'min';
  const noun = options.noun ?? null;
  let total = 0;
  let reporting = 0;
  let informational = 0;
  let invalid = 0;
  let weightSum = 0;
  let weightedSum = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  let allEqual = true;
  let firstWeight = NaN;

  for (let i = 0; i < childProgress.length; i++) {
    const w = weights === undefined || weights[i] === null || weights[i] === undefined ? 1 : (weights[i] as number);
    if (!(w >= 0) || w === Infinity) {
      invalid++;
      continue;
    }
    if (w === 0) {
      informational++;
      continue;
    }
    total++;
    const p = childProgress[i];
    let value: number;
    if (p === null || p === undefined || p - p !== 0) {
      if (!zeroMissing) continue;
      value = 0;
    } else {
      reporting++;
      value = p < 0 ? 0 : p > cap ? cap : p;
    }
    if (Number.isNaN(firstWeight)) firstWeight = w;
    else if (w !== firstWeight) allEqual = false;
    weightSum += w;
    weightedSum += w * value;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }

  const coverage = coverageOf(reporting, total);
  const notes = msg('rollup.notes', { informational, invalid, zeroed: zeroMissing ? total - reporting : 0 });

  if (total === 0) {
    return {
      progress: null,
      reason: 'no_weighted_children',
      coverage,
      ...explainedBy(msg('rollup.none_weighted', { noun, notes })),
    };
  }
  if (weightSum === 0) {
    return { progress: null, reason: 'no_data', coverage, ...explainedBy(msg('rollup.no_data', { noun, reporting, total, notes })) };
  }
  // A weighted mean lies between its smallest and largest value; with extreme weights (5e-324, 1e308)
  // the products can underflow or round outside that span, so the mean is held inside it.
  const mean = weightedSum / weightSum;
  const progress = useMin ? lowest : mean < lowest ? lowest : mean > highest ? highest : mean;
  const how = useMin ? 'lowest' : allEqual ? 'mean' : 'weighted mean';
  return {
    progress,
    reason: 'ok',
    coverage,
    ...explainedBy(msg('rollup.ok', { noun, reporting, total, how, progress, notes })),
  };
}

export function coverageOf(reporting: number, total: number): Coverage {
  return { reporting, total, text: `${reporting} of ${total} reporting` };
}
