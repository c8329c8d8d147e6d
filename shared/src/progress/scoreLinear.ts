import { explained } from '../i18n/english';
import { msg } from '../i18n/message';
import type { ProgressResult } from '../types';
import { isMissing } from '../values/isMissing';
import { clampedResult } from './clampedResult';
import { linearFormulaMessage } from './formulaText';
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
  if (isMissing(target)) return invalidResult(msg('invalid.target_empty', {}));
  if (isMissing(baseline)) {
    return invalidResult(msg('invalid.baseline_empty', {}));
  }
  const s = baseline as number;
  const t = target as number;
  if (t !== s && (t > s) !== (direction === 'increase')) {
    return invalidResult(msg('invalid.direction', { target: t, baseline: s, direction }));
  }
  if (isMissing(current)) return noDataResult();
  const c = current as number;
  if (t === s) {
    const met = direction === 'decrease' ? c <= t : c >= t;
    return {
      raw: met ? 1 : 0,
      progress: met ? 1 : 0,
      reason: 'degenerate',
      met,
      ...explained('progress.degenerate', { met, target: t, current: c, direction }),
    };
  }
  return clampedResult((c - s) / (t - s), cap, linearFormulaMessage(c, s, t));
}
