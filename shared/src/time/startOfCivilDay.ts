import { DAY_MS } from './civilDay';
import { zoneOffset } from './zoneOffset';
import { zonedParts } from './zonedParts';

/**
 * The first instant of a calendar date in a zone (month 1-12; overflowing days and
 * months roll over, as with `Date.UTC`, so "day 0" is the last day of the previous month).
 *
 * Local midnight is found from the zone offset in two passes. Where a clock change
 * skips midnight (a few zones change at 00:00) the day starts at the change, which a
 * short binary search finds; every day boundary in the core goes through here.
 */
export function startOfCivilDay(year: number, month: number, day: number, timeZone = 'UTC'): number {
  const wallMidnight = Date.UTC(year, month - 1, day);
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return wallMidnight;
  const first = wallMidnight - zoneOffset(wallMidnight, timeZone);
  const candidate = wallMidnight - zoneOffset(first, timeZone);
  const wanted = wallMidnight / DAY_MS;
  const p = zonedParts(candidate, timeZone);
  if (p.hour === 0 && p.minute === 0 && p.second === 0 && Date.UTC(p.year, p.month - 1, p.day) / DAY_MS === wanted) {
    return candidate;
  }
  // Smallest instant whose local date is the wanted date; zone offsets stay within ±15 h.
  let low = wallMidnight - 15 * 3_600_000;
  let high = wallMidnight + 15 * 3_600_000;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const q = zonedParts(mid, timeZone);
    if (Date.UTC(q.year, q.month - 1, q.day) / DAY_MS >= wanted) high = mid;
    else low = mid;
  }
  return high;
}
