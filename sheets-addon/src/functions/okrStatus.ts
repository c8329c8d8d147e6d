import { expectedProgress, status, statusLabel } from '@aligned/core';
import { isBlank, readNumber } from './cells';
import { overCells, type SheetsResult } from './grid';
import { sheetLanguage } from './language';
import { readPeriod } from './period';
import { sheetTimeZone } from './timeZone';

/**
 * Status of a key result by its pace: progress compared with the share of the period gone.
 *
 * @param {number|Array<Array<number>>} progress Progress as a fraction (1 = 100 %), e.g. from OKR_PROGRESS; blank means no data.
 * @param {Date|Array<Array<Date>>} start_date The first day of the period.
 * @param {Date|Array<Array<Date>>} end_date The last day of the period, counted whole.
 * @param {Date|Array<Array<Date>>} as_of Optional. The day to judge on; blank means today.
 * @return {string|Array<Array<string>>} "Achieved", "On track", "At risk", "Off track", "Not started" or "No data"; in Russian ("По плану"…) when the spreadsheet's locale or the add-on's language setting is Russian.
 * @customfunction
 */
export function OKR_STATUS(progress: unknown, start_date: unknown, end_date: unknown, as_of?: unknown): SheetsResult {
  const timeZone = sheetTimeZone();
  const language = sheetLanguage();
  const now = Date.now();
  return overCells(
    'OKR_STATUS',
    [
      { name: 'progress', value: progress },
      { name: 'start_date', value: start_date },
      { name: 'end_date', value: end_date },
      { name: 'as_of', value: as_of },
    ],
    (cell) => {
      const p = readNumber(cell[0], 'progress');
      const period = readPeriod(cell[1], cell[2], cell[3], timeZone, now);
      if (period === null) {
        // No period: an empty row stays blank; progress alone is judged against the whole target.
        if (p === null && isBlank(cell[3])) return null;
        return statusLabel(status({ progress: p, expected: null }).code, language);
      }
      const expected = expectedProgress(period.start, period.end, period.asOf, timeZone);
      return statusLabel(status({ progress: p, expected, start: period.start, end: period.end, asOf: period.asOf, timeZone }).code, language);
    },
  );
}
