import { startOfCivilDay } from './startOfCivilDay';
import { zonedParts } from './zonedParts';

/**
 * The first instant of the day after the one `time` falls on: the exclusive end of
 * that day.
 *
 * Windows are half-open [from, to), so "up to and including today" ends here; this
 * is exact on 23- and 25-hour days, where adding 24 h is not.
 */
export function startOfNextDay(time: number, timeZone = 'UTC'): number {
  const p = zonedParts(time, timeZone);
  return startOfCivilDay(p.year, p.month, p.day + 1, timeZone);
}
