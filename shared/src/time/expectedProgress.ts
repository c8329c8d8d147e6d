import { isMissing } from '../values/isMissing';
import { civilDay } from './civilDay';

/**
 * Expected progress from elapsed time: whole days elapsed ÷ days in the period.
 *
 * Periods are whole days in the organisation's zone, from the start of the start day
 * to the end of the end day, so 1 Jan – 31 Dec is 365 days and any time on 2 July
 * counts 182 days elapsed (e = 182/365): the number does not creep during the day,
 * and everyone looking at the same day sees the same status. Counting calendar days
 * keeps it right across daylight-saving changes.
 *
 * Clamped to [0, 1]. An end day before the start day gives 1 once that end day is
 * over, else 0. `null` when a date is missing (no period, no pace).
 */
export function expectedProgress(
  start: number | null | undefined,
  end: number | null | undefined,
  asOf: number | null | undefined,
  timeZone = 'UTC',
): number | null {
  if (isMissing(start) || isMissing(end) || isMissing(asOf)) return null;
  const firstDay = civilDay(start as number, timeZone);
  const lastDay = civilDay(end as number, timeZone);
  const today = civilDay(asOf as number, timeZone);
  if (lastDay < firstDay) return today > lastDay ? 1 : 0;
  const elapsed = today - firstDay;
  const total = lastDay - firstDay + 1;
  if (elapsed <= 0) return 0;
  if (elapsed >= total) return 1;
  return elapsed / total;
}
