import { startOfCivilDay } from './startOfCivilDay';
import { zonedParts } from './zonedParts';

/**
 * The first instant of the calendar day that `time` falls on in `timeZone`.
 *
 * Periods are set in whole days ("1 Jan to 31 Mar"), so a start date entered as any
 * time of a day counts from that day's beginning in the organisation's zone.
 */
export function startOfDay(time: number, timeZone = 'UTC'): number {
  const p = zonedParts(time, timeZone);
  return startOfCivilDay(p.year, p.month, p.day, timeZone);
}
