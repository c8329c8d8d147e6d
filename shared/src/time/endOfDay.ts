import { startOfNextDay } from './startOfNextDay';

/**
 * The last millisecond of the calendar day that `time` falls on in `timeZone`.
 *
 * For people and inclusive comparisons ("ends 31 Dec" means all of 31 Dec). Code
 * that builds half-open windows should use `startOfNextDay`, which this is one
 * millisecond before.
 */
export function endOfDay(time: number, timeZone = 'UTC'): number {
  return startOfNextDay(time, timeZone) - 1;
}
