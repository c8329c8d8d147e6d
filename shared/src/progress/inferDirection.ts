import type { Direction } from './KeyResultInput';

/**
 * Reads the direction of a key result from its numbers: a target below the
 * baseline means the metric should go down (churn, costs, defects).
 *
 * Only a fallback: when target equals baseline, or either is missing, there is
 * nothing to read and the answer is 'increase'; such key results should store their
 * direction explicitly.
 */
export function inferDirection(baseline: number | null | undefined, target: number | null | undefined): Direction {
  if (typeof baseline === 'number' && typeof target === 'number' && target < baseline) return 'decrease';
  return 'increase';
}
