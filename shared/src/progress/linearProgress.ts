import type { Direction } from './KeyResultInput';

/**
 * Progress from baseline to target: (c − s) ÷ (t − s), clamped to [0, cap].
 *
 * The one expression serves increases and decreases and any signs (a loss of −50k
 * turning into a profit of 20k), which the ratio forms c ÷ t do not. This is the hot
 * path of every large sheet and dashboard, so it allocates nothing and takes only
 * numbers; `scoreKeyResult` wraps it with reasons and explanations.
 *
 * - Missing (null, NaN, ±Infinity) current, baseline or target → `null`, never 0.
 * - Target equal to baseline (a degenerate span) → 1 when the target is met in the
 *   given direction (default increase: c ≥ t), else 0; never 0.5 and never ÷ 0.
 * - `cap` `null` or `Infinity` leaves overshoot unclamped ("125 %"). Use a cap above 0.
 *
 * The clamp is done with arithmetic, not comparisons: real columns mix under- and
 * overshoot at random, and a branch per row would be mispredicted a third of the time.
 */
export function linearProgress(
  current: number | null | undefined,
  baseline: number | null | undefined,
  target: number | null | undefined,
  cap: number | null = 1,
  direction: Direction = 'increase',
): number | null {
  if (current == null || baseline == null || target == null) return null;
  const span = target - baseline;
  const raw = (current - baseline) / span;
  const floored = (raw + Math.abs(raw)) * 0.5; // max(raw, 0); NaN stays NaN
  if (span !== 0 && span - span === 0) {
    if (cap === null || cap === Infinity) {
      if (floored - floored === 0) return floored;
    } else if (floored <= 2 * cap) {
      // min(floored, cap). Exact: below the cap nothing is subtracted, and between
      // cap and 2·cap the subtraction is exact (Sterbenz), so the result is cap itself.
      const over = floored - cap;
      return floored - (over + Math.abs(over)) * 0.5;
    }
  }
  return edgeCase(current, baseline, target, cap, direction);
}

/** The rare rows: missing or infinite inputs, a degenerate span, overshoot beyond 2 × cap. */
function edgeCase(current: number, baseline: number, target: number, cap: number | null, direction: Direction): number | null {
  const span = target - baseline;
  // x − x is 0 for finite numbers and NaN for NaN and ±Infinity.
  if (current - current !== 0 || span - span !== 0) return null;
  if (span === 0) return (direction === 'decrease' ? current <= target : current >= target) ? 1 : 0;
  const raw = (current - baseline) / span;
  if (!(raw > 0)) return 0;
  return cap === null ? raw : Math.min(raw, cap);
}
