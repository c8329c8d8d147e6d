import type { CheckIn } from '../types';
import { civilDay, DAY_MS } from '../time/civilDay';
import { isMissing } from '../values/isMissing';

/** The largest |time| a JavaScript Date holds; beyond it civilDay answers NaN, so the fast path must not be used. */
const MAX_DATE_MS = 8.64e15;

/**
 * Check-ins reduced to the last value of each day, oldest first, up to `asOf`.
 *
 * People correct a check-in minutes after entering it; counting both would give one
 * day two votes in a trend. Later entries win (by time, then by position), empty
 * values and check-ins after `asOf` are skipped.
 *
 * Runs over a panel's every sample (tens of thousands per series), so it keeps only the
 * index of each day's winner and builds one object per day, not per check-in. In UTC a
 * civil day is the whole days since the epoch, which is what civilDay answers there.
 */
export function dailyCheckIns(
  checkIns: readonly CheckIn[],
  asOf: number = Infinity,
  timeZone = 'UTC',
): Array<{ day: number; time: number; value: number }> {
  const utc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  const winnerOfDay = new Map<number, number>();
  for (let i = 0; i < checkIns.length; i++) {
    const c = checkIns[i];
    if (isMissing(c.time) || isMissing(c.value) || c.time > asOf) continue;
    // `+ 0` turns −0 (from times just below the epoch's first day) into the 0 civilDay gives.
    const day = utc && Math.abs(c.time) <= MAX_DATE_MS ? Math.floor(c.time / DAY_MS) + 0 : civilDay(c.time, timeZone);
    const kept = winnerOfDay.get(day);
    if (kept === undefined || c.time >= checkIns[kept].time) winnerOfDay.set(day, i);
  }
  const out: Array<{ day: number; time: number; value: number }> = [];
  for (const [day, i] of winnerOfDay) out.push({ day, time: checkIns[i].time, value: checkIns[i].value as number });
  return out.sort((a, b) => a.day - b.day);
}
