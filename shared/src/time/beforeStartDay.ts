import { isMissing } from '../values/isMissing';
import { startOfDay } from './startOfDay';

/**
 * True when `asOf` falls before the start day of a period, in the organisation's zone.
 *
 * Periods are whole days: a Start of 09:30 on 1 April starts the period at the beginning of
 * 1 April, as `expectedProgress` counts it, so 08:00 that day is already "started".
 * Missing start or as-of → false (nothing to compare).
 */
export function beforeStartDay(start: number | null | undefined, asOf: number | null | undefined, timeZone = 'UTC'): boolean {
  if (isMissing(start) || isMissing(asOf)) return false;
  // Cheap exit first: an as-of at or after the instant itself is never before its day.
  if ((asOf as number) >= (start as number)) return false;
  return (asOf as number) < startOfDay(start as number, timeZone);
}
