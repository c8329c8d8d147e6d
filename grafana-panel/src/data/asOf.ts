import type { TimeRange } from '@grafana/data';

/**
 * The moment a panel judges its key results at: now, unless the dashboard shows a range
 * that ended earlier (a past quarter is judged as it stood at its end). Using the range's
 * end alone would judge "this quarter" as of 31 December, i.e. in the future.
 */
export function asOfFor(timeRange: TimeRange, now: number = Date.now()): number {
  return Math.min(now, timeRange.to.valueOf());
}
