import { ValueError, toTime } from '../values/index';
import { buildAbcRows, monthsAfter } from './abc-rows';
import type { AbcWords } from './abc-words';
import { DAY_MS, SeriesWindow, generateDailySeries, type DailySeries } from './abc-series';
import { Random } from './prng';

export interface AbcDemoOptions {
  /** Same seed, same demo (default 42). */
  seed?: number;
  /** First day of the plan, ISO date (default '2025-01-01'). */
  start?: string | number | Date;
  /** Length of the plan in years (default 3). */
  years?: number;
  /** "Today" in the demo; default: mid-May of the last year (the demo never reads the clock). */
  asOf?: string | number | Date;
  /**
   * Titles and owners: ABC_WORDS_EN (default) or ABC_WORDS_RU for the demo in Russian. IDs, numbers and
   * the row schema's words stay the same. A table rather than a language name, so that a bundle that only
   * shows the English demo (the Sheets add-on's sample) carries no other language.
   */
  words?: AbcWords;
}

export interface AbcDemo {
  /** Header + rows in the row schema, ready for parseRows or a sheet. */
  rows: unknown[][];
  /** Header ['ID', 'Date', 'Value'] + a weekly check-in per measured key result. */
  checkIns: unknown[][];
  /** One entry per day from the start up to asOf (or the end of the plan): leads, deals closed and their amount. */
  daily: DailySeries;
  start: number;
  end: number;
  asOf: number;
}

/**
 * The ABC company: "$1M profit in three years", as OKR rows and the daily sales series
 * behind them. Deterministic for a seed; dates in UTC.
 */
export function generateAbcDemo(options: AbcDemoOptions = {}): AbcDemo {
  const seed = options.seed ?? 42;
  const years = options.years ?? 3;
  if (!Number.isInteger(years) || years < 1 || years > 10) {
    throw new ValueError('years: a whole number from 1 to 10', years, 'Use 3 for the standard demo.');
  }
  const start = readDay(options.start ?? '2025-01-01', 'start');
  const end = monthsAfter(start, 12 * years) - DAY_MS;
  const asOf = options.asOf === undefined ? monthsAfter(start, 12 * (years - 1) + 4) + 14 * DAY_MS : readDay(options.asOf, 'asOf');
  const days = Math.round((end - start) / DAY_MS) + 1;
  const lastDay = Math.min(days - 1, Math.floor((asOf - start) / DAY_MS));

  // Two streams: the series never depends on how many draws the rows make, or on asOf.
  const daily = generateDailySeries(new Random(seed), start, days, lastDay);
  const { rows, checkIns } = buildAbcRows({ random: new Random(seed ^ 0x5bd1e995), window: new SeriesWindow(daily, start), start, years, asOf, words: options.words });
  return { rows, checkIns, daily, start, end, asOf };
}

function readDay(value: string | number | Date, option: string): number {
  const t = toTime(value);
  if (t === null) throw new ValueError(`${option}: a date such as "2025-01-01"`, value, 'Pass an ISO date, a Date or epoch milliseconds.');
  return Math.floor(t / DAY_MS) * DAY_MS;
}
