import { zoneOffset } from './zoneOffset';

/**
 * The instant a wall clock in a zone shows a given date and time (month 1-12).
 *
 * Used for text such as "2026-07-02T09:30" that names a local time without an
 * offset. Two passes settle the offset on either side of a clock change; a time
 * that does not exist (skipped by a spring-forward) resolves to a neighbouring real
 * instant rather than failing.
 */
export function zonedTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
  timeZone = 'UTC',
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone);
}
