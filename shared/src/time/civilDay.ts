import { zonedParts } from './zonedParts';

/** Milliseconds in a calendar day without a clock change; used only on UTC-based civil day numbers. */
export const DAY_MS = 86_400_000;

/**
 * The number of the calendar day (days since 1970-01-01) an instant falls on in a zone.
 *
 * Counting civil days instead of dividing milliseconds by 24 h keeps day counts right
 * across daylight-saving changes, where a day lasts 23 or 25 hours.
 */
export function civilDay(time: number, timeZone = 'UTC'): number {
  const p = zonedParts(time, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}
