import { DAY_MS } from './civilDay';
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
  // UTC days are whole multiples of DAY_MS from the epoch (JavaScript time has no leap seconds);
  // the hot case of the chart's daily check-ins, so it skips building a date.
  if ((timeZone === 'UTC' || timeZone === 'Etc/UTC') && Number.isFinite(time)) return Math.floor(time / DAY_MS) * DAY_MS + DAY_MS;
  const p = zonedParts(time, timeZone);
  return startOfCivilDay(p.year, p.month, p.day + 1, timeZone);
}
