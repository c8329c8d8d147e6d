import type { Direction } from './KeyResultInput';

/**
 * `linearProgress` for numbers only: (c − s) ÷ (t − s) clamped to [0, cap], with NaN
 * for missing (NaN or ±Infinity in any input). Returning a plain double keeps a loop
 * that calls it per row free of allocations (a `number | null` result is boxed).
 *
 * `cap` Infinity leaves overshoot unclamped. Degenerate span (target = baseline): 1 when
 * the target is met in `direction` (default increase: c ≥ t), else 0.
 *
 * This scalar form uses plain comparisons and no global names, so that it stays cheap
 * per cell in Apps Script; columns should use `progressColumn`, whose loop is branch-free.
 */
export function linearProgressValue(
  current: number,
  baseline: number,
  target: number,
  cap: number = 1,
  direction: Direction = 'increase',
): number {
  const span = target - baseline;
  // x − x is 0 for finite numbers and NaN for NaN and ±Infinity.
  if (current - current !== 0 || span - span !== 0) return NaN;
  if (span === 0) return (direction === 'decrease' ? current <= target : current >= target) ? 1 : 0;
  const raw = (current - baseline) / span;
  if (!(raw > 0)) return 0;
  return raw < cap ? raw : cap;
}
