import { zonedParts } from './zonedParts';

/**
 * The UTC offset of a zone at an instant, in ms (wall clock minus instant; +2 h in
 * Paris in summer). Offsets change with daylight saving, so they are always taken
 * at the instant in question, never once per zone.
 */
export function zoneOffset(time: number, timeZone = 'UTC'): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  const whole = Math.floor(time / 1000) * 1000;
  const p = zonedParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}
