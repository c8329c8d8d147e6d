import type { Direction } from './KeyResultInput';
import { linearProgressValue } from './linearProgressValue';

const INFINITY = 1 / 0; // a module constant: global lookups are slow in Apps Script's sandbox

/**
 * Progress from baseline to target: (c − s) ÷ (t − s), clamped to [0, cap].
 *
 * The one expression serves increases and decreases and any signs (a loss of −50k
 * turning into a profit of 20k), which the ratio forms c ÷ t do not. `scoreKeyResult`
 * wraps it with reasons and explanations; loops over many rows should prefer
 * `linearProgressValue` (NaN for missing, no boxed result) or `progressColumn`.
 *
 * - Missing (null, undefined, '', NaN, ±Infinity, anything not a number) current, baseline or
 *   target → `null`, never 0.
 * - Target equal to baseline (a degenerate span) → 1 when the target is met in the
 *   given direction (default increase: c ≥ t), else 0; never 0.5 and never ÷ 0.
 * - `cap` `null` or `Infinity` leaves overshoot unclamped ("125 %"). Use a cap above 0.
 */
export function linearProgress(
  current: number | null | undefined,
  baseline: number | null | undefined,
  target: number | null | undefined,
  cap: number | null = 1,
  direction: Direction = 'increase',
): number | null {
  // Only numbers reach the arithmetic: '' (an empty cell from a JavaScript caller) is no data,
  // never 0, or a blank target would score 100 %. Number text is `toNumber`'s job, before this.
  if (typeof current !== 'number' || typeof baseline !== 'number' || typeof target !== 'number') return null;
  const value = linearProgressValue(current, baseline, target, cap === null ? INFINITY : cap, direction);
  return value === value ? value : null;
}
