import { aggregate, describeValue, parseAggregation, resolveWindow, ValueError, WINDOW_SPECS, type Aggregation } from '@aligned/core';
import { choiceReader, isBlank, isDate, readNumber, readTime } from './cells';
import { asRows, overCells, type SheetsResult } from './grid';
import { InputError } from './InputError';
import { sheetTimeZone } from './timeZone';

/** The core's windows but "period": it needs an OKR period, which this function has no argument for. */
type Window = Exclude<(typeof WINDOW_SPECS)[number], 'period'>;
const WINDOWS: readonly Window[] = WINDOW_SPECS.filter((spec): spec is Window => spec !== 'period');

/** NaN marks a missing time or value in the sample arrays; read once, not per row. */
const MISSING = NaN;

/**
 * Aggregates dated values that fall in a window ending on as_of, e.g. the sum of this quarter's deals.
 *
 * @param {Array<Array<Date>>} dates The date of each value.
 * @param {Array<Array<number>>} values The values, one per date (text is fine for "count" and "distinct").
 * @param {string} aggregation "count", "distinct", "sum", "avg", "min", "max", "first" or "last".
 * @param {string} window "WTD", "MTD", "QTD", "YTD", "7D", "30D", "90D", "previous month" or "previous quarter" (also "previous week", "previous year").
 * @param {Date} as_of Optional. The day the window ends on, counted whole; blank means today.
 * @return {number} The aggregate; blank when there is nothing to average (avg, min, max, first, last of no values).
 * @customfunction
 */
export function OKR_AGGREGATE(dates: unknown, values: unknown, aggregation: unknown, window: unknown, as_of?: unknown): SheetsResult {
  const timeZone = sheetTimeZone();
  const now = Date.now();
  const samples = readSamples(dates, values, timeZone);
  const readWindow = choiceReader<Window>('window', WINDOWS, null);
  return overCells(
    'OKR_AGGREGATE',
    [
      { name: 'aggregation', value: aggregation },
      { name: 'window', value: window },
      { name: 'as_of', value: as_of },
    ],
    (cell) => {
      const how = readAggregation(cell[0]);
      const span = resolveWindow(readWindow(cell[1]), readTime(cell[2], 'as_of', timeZone) ?? now, { timeZone });
      if (how === 'distinct') return aggregate(samples.times, samples.numbers, how, span, samples.keys);
      if (how !== 'count' && samples.badNumber !== null) throw new InputError(samples.badNumber);
      return aggregate(samples.times, samples.numbers, how, span);
    },
  );
}

function readAggregation(value: unknown): Aggregation {
  if (isBlank(value)) throw new InputError('aggregation is blank: expected count, distinct, sum, avg, min, max, first or last.');
  try {
    return parseAggregation(String(value));
  } catch (error) {
    if (error instanceof ValueError) throw new InputError(`aggregation: expected ${error.expected}, found ${error.found}. ${error.hint}`);
    throw error;
  }
}

interface Samples {
  times: Float64Array;
  /** NaN where a value is blank or not a number. */
  numbers: Float64Array;
  /** What "distinct" counts: the value as typed (text trimmed, dates as instants). */
  keys: (string | number | null)[];
  /** The first value that is not a number, worded for the user; only an error for numeric aggregations. */
  badNumber: string | null;
}

/** Reads the two columns once per call, however many aggregations and windows are asked for. */
function readSamples(dates: unknown, values: unknown, timeZone: string): Samples {
  const dateCells = cellsOf(dates);
  const valueCells = cellsOf(values);
  const n = dateCells.length;
  if (valueCells.length !== n) {
    throw new InputError(
      `OKR_AGGREGATE: dates has ${n} cells but values has ${valueCells.length}. Give ranges of the same size, starting on the same row.`,
    );
  }
  const times = new Float64Array(n);
  const numbers = new Float64Array(n);
  const keys: (string | number | null)[] = new Array(n);
  let badNumber: string | null = null;
  for (let i = 0; i < n; i++) {
    const date = dateCells[i];
    const value = valueCells[i];
    if (isBlank(date)) {
      // Open-ended ranges (A2:A) end in empty rows; a value without its date is a mistake.
      if (!isBlank(value)) {
        throw new InputError(`dates: cell ${i + 1} of the range is blank but values holds ${describe(value)} there; enter the date or clear the value.`);
      }
      times[i] = MISSING;
      numbers[i] = MISSING;
      keys[i] = null;
      continue;
    }
    times[i] = readTime(date, `dates (cell ${i + 1} of the range)`, timeZone) as number;
    keys[i] = keyOf(value);
    try {
      numbers[i] = readNumber(value, `values (cell ${i + 1} of the range)`) ?? MISSING;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      numbers[i] = MISSING;
      badNumber ??= `${error.message} Only "count" and "distinct" accept text values.`;
    }
  }
  return { times, numbers, keys, badNumber };
}

function cellsOf(value: unknown): unknown[] {
  const rows = asRows(value);
  if (rows === null) return [value];
  const cells: unknown[] = [];
  for (const row of rows) for (const cell of row) cells.push(cell);
  return cells;
}

function keyOf(value: unknown): string | number | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim();
  if (isDate(value)) return value.getTime();
  return String(value);
}

/** Quoted and cut short by the core: a message must fit in the cell it replaces. */
function describe(value: unknown): string {
  return describeValue(value);
}
