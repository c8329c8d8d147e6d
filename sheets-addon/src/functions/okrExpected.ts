import { expectedProgress } from '@aligned/core';
import { overCells, type SheetsResult } from './grid';
import { readPeriod } from './period';
import { sheetTimeZone } from './timeZone';

/**
 * Fraction of the period elapsed: whole days passed ÷ days in the period (the end date counts whole).
 *
 * @param {Date|Array<Array<Date>>} start_date The first day of the period.
 * @param {Date|Array<Array<Date>>} end_date The last day of the period, counted whole (1 Jan to 31 Dec is 365 days).
 * @param {Date|Array<Array<Date>>} as_of Optional. The day to measure on; blank means today.
 * @return {number|Array<Array<number>>} Elapsed fraction from 0 to 1 (on 2 July of a calendar year: 182/365).
 * @customfunction
 */
export function OKR_EXPECTED(start_date: unknown, end_date: unknown, as_of?: unknown): SheetsResult {
  const timeZone = sheetTimeZone();
  const now = Date.now();
  return overCells(
    'OKR_EXPECTED',
    [
      { name: 'start_date', value: start_date },
      { name: 'end_date', value: end_date },
      { name: 'as_of', value: as_of },
    ],
    (cell) => {
      const period = readPeriod(cell[0], cell[1], cell[2], timeZone, now);
      return period && expectedProgress(period.start, period.end, period.asOf, timeZone);
    },
  );
}
