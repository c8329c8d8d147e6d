import { expectedProgress, paceForecast } from '@aligned/core';
import { isBlank, readNumber } from './cells';
import { overCells, type SheetsResult } from './grid';
import { InputError } from './InputError';
import { overflowError } from './overflow';
import { formatDay, readPeriod } from './period';
import { sheetTimeZone } from './timeZone';

/**
 * Value projected for the end of the period if the pace so far continues: baseline + (current − baseline) ÷ elapsed fraction.
 *
 * @param {number|Array<Array<number>>} current The latest value.
 * @param {number|Array<Array<number>>} target The value that counts as 100 % (checked, not needed for the projection; compare the result with it).
 * @param {number|Array<Array<number>>} baseline The value at the start of the period; blank means 0.
 * @param {Date|Array<Array<Date>>} start_date The first day of the period.
 * @param {Date|Array<Array<Date>>} end_date The last day of the period, counted whole.
 * @param {Date|Array<Array<Date>>} as_of Optional. The day to project from; blank means today.
 * @return {number|Array<Array<number>>} The projected value at the end of the period, blank when current is blank.
 * @customfunction
 */
export function OKR_FORECAST(
  current: unknown,
  target: unknown,
  baseline: unknown,
  start_date: unknown,
  end_date: unknown,
  as_of?: unknown,
): SheetsResult {
  const timeZone = sheetTimeZone();
  const now = Date.now();
  return overCells(
    'OKR_FORECAST',
    [
      { name: 'current', value: current },
      { name: 'target', value: target },
      { name: 'baseline', value: baseline },
      { name: 'start_date', value: start_date },
      { name: 'end_date', value: end_date },
      { name: 'as_of', value: as_of },
    ],
    (cell) => {
      if (isBlank(cell[0])) return null;
      const c = readNumber(cell[0], 'current') as number;
      readNumber(cell[1], 'target'); // a typo in target should show now, not when someone compares with it
      const s = readNumber(cell[2], 'baseline') ?? 0;
      const period = readPeriod(cell[3], cell[4], cell[5], timeZone, now);
      if (period === null) {
        throw new InputError('start_date and end_date are blank: a forecast needs the period; enter its first and last day.');
      }
      const e = expectedProgress(period.start, period.end, period.asOf, timeZone);
      const projected = paceForecast(c, s, e);
      if (projected === null) {
        throw new InputError(
          `no pace yet: the period starts on ${formatDay(period.start, timeZone)} and no whole day of it has passed ` +
            `by ${formatDay(period.asOf, timeZone)}; a forecast is possible from the second day.`,
        );
      }
      if (projected - projected !== 0) throw overflowError('current and baseline');
      return projected;
    },
  );
}
