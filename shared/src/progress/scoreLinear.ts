import type { ProgressResult } from '../types';
import { formatNumber } from '../values/formatNumber';
import { isMissing } from '../values/isMissing';
import { clampedResult } from './clampedResult';
import { linearFormula } from './formulaText';
import { invalidResult, noDataResult } from './invalidResult';
import type { Direction } from './KeyResultInput';

/**
 * Scores an increase or decrease key result: (c − s) ÷ (t − s).
 *
 * The direction only matters where the numbers cannot speak for themselves: when
 * target equals baseline (degenerate, scored met = 1 / not met = 0) and to catch a
 * key result whose numbers contradict its stated direction (a "decrease" from 10 to
 * 20), which would otherwise show rising churn as progress.
 */
export function scoreLinear(
  direction: Direction,
  baseline: number | null | undefined,
  target: number | null | undefined,
  current: number | null | undefined,
  cap: number | null,
): ProgressResult {
  if (isMissing(target)) return invalidResult('Target is empty; set a target (the value to reach by the end).');
  if (isMissing(baseline)) {
    return invalidResult('Baseline is empty; set a baseline (the value at the start of the period, often 0).');
  }
  const s = baseline as number;
  const t = target as number;
  if (t !== s && (t > s) !== (direction === 'increase')) {
    const wrong = direction === 'increase' ? 'below' : 'above';
    return invalidResult(
      `the target ${formatNumber(t)} is ${wrong} the baseline ${formatNumber(s)} but the key result should ${direction}; ` +
        `swap Baseline and Target, or set the kind to ${direction === 'increase' ? 'decrease' : 'increase'}.`,
    );
  }
  if (isMissing(current)) return noDataResult();
  const c = current as number;
  if (t === s) {
    const met = direction === 'decrease' ? c <= t : c >= t;
    const verb = direction === 'decrease' ? 'at or below' : 'at or above';
    return {
      raw: met ? 1 : 0,
      progress: met ? 1 : 0,
      reason: 'degenerate',
      met,
      explain:
        `${met ? '100 %' : '0 %'}: target equals baseline (${formatNumber(t)}), so the key result is met only ` +
        `when current is ${verb} it; current is ${formatNumber(c)}. Set a baseline different from the target to see progress.`,
    };
  }
  return clampedResult((c - s) / (t - s), cap, () => linearFormula(c, s, t));
}
