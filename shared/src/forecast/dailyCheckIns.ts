import type { CheckIn } from '../types';
import { civilDay } from '../time/civilDay';
import { isMissing } from '../values/isMissing';

/**
 * Check-ins reduced to the last value of each day, oldest first, up to `asOf`.
 *
 * People correct a check-in minutes after entering it; counting both would give one
 * day two votes in a trend. Later entries win (by time, then by position), empty
 * values and check-ins after `asOf` are skipped.
 */
export function dailyCheckIns(
  checkIns: readonly CheckIn[],
  asOf: number = Infinity,
  timeZone = 'UTC',
): Array<{ day: number; time: number; value: number }> {
  const byDay = new Map<number, { day: number; time: number; value: number }>();
  for (const c of checkIns) {
    if (isMissing(c.time) || isMissing(c.value) || c.time > asOf) continue;
    const day = civilDay(c.time, timeZone);
    const kept = byDay.get(day);
    if (kept === undefined || c.time >= kept.time) byDay.set(day, { day, time: c.time, value: c.value as number });
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}
