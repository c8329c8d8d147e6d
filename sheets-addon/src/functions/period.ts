/**
 * The period arguments shared by OKR_EXPECTED, OKR_STATUS and OKR_FORECAST:
 * start_date, end_date and an optional as_of (today when blank).
 */
import { isBlank, readTime, requireTime } from './cells';
import { InputError } from './InputError';

export interface Period {
  start: number;
  end: number;
  asOf: number;
}

/** `null` when start and end are both blank (an empty row); an error when only one is. */
export function readPeriod(start: unknown, end: unknown, asOf: unknown, timeZone: string, now: number): Period | null {
  if (isBlank(start) && isBlank(end)) return null;
  const from = requireTime(start, 'start_date', timeZone, 'enter the first day of the period');
  const to = requireTime(end, 'end_date', timeZone, 'enter the last day of the period (counted whole)');
  if (to < from) {
    throw new InputError(
      `end_date (${formatDay(to, timeZone)}) is before start_date (${formatDay(from, timeZone)}); swap them.`,
    );
  }
  return { start: from, end: to, asOf: readTime(asOf, 'as_of', timeZone) ?? now };
}

/** A day as YYYY-MM-DD in the sheet's zone, for messages. */
export function formatDay(time: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(time);
}
