/**
 * Readers from Sheets cell values to the core's inputs.
 *
 * Sheets hands a custom function numbers, text, booleans, `Date` objects and `''` for
 * an empty cell. The core's readers (`toNumber`, `toBoolean`, `toTime`) do the parsing;
 * these add the argument's name to every message, so that a cell showing an error says
 * which argument to fix.
 */
import { describeValue, isMissing, toBoolean, toNumber, toTime, ValueError } from '@aligned/core';
import { InputError } from './InputError';

export { isMissing as isBlank };

// Looked up once: the readers run per cell, and global lookups are slow in some hosts (node:vm).
const objectTag = Object.prototype.toString;

/** True for a `Date` from any script realm (Apps Script's own, a test harness, a library). */
export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && objectTag.call(value) === '[object Date]';
}

function rethrowNamed(error: unknown, name: string): never {
  if (error instanceof ValueError) {
    throw new InputError(`${name}: expected ${error.expected}, found ${error.found}. ${error.hint}`);
  }
  throw error;
}

/** A number, or `null` for a blank cell. Text such as "1,200" or "15 %" is read as a number. */
export function readNumber(value: unknown, name: string): number | null {
  if (typeof value === 'number' && value - value === 0) return value; // the common case, kept cheap
  try {
    return toNumber(value);
  } catch (error) {
    return rethrowNamed(error, name);
  }
}

/** A number that must be there; `what` says what the argument is for, to explain a blank. */
export function requireNumber(value: unknown, name: string, what: string): number {
  const number = readNumber(value, name);
  if (number === null) throw new InputError(`${name} is blank: ${what}.`);
  return number;
}

/** Milestones: TRUE/FALSE, yes/no, done/not done, 1/0, ticks; `null` for a blank cell. */
export function readDone(value: unknown, name: string): boolean | null {
  try {
    return toBoolean(value);
  } catch (error) {
    return rethrowNamed(error, name);
  }
}

/**
 * Epoch milliseconds from a date cell (a `Date`), a serial day number or ISO text;
 * `null` for a blank cell. A `Date` is read by its tag, not `instanceof`, so that a date
 * made in another script realm (a test harness, a library) is still a date.
 */
export function readTime(value: unknown, name: string, timeZone: string): number | null {
  if (isDate(value)) {
    const time = value.getTime();
    if (time - time !== 0) throw new InputError(`${name}: the date in this cell is not a valid date; re-enter it as YYYY-MM-DD.`);
    return time;
  }
  if (typeof value === 'boolean') {
    throw new InputError(`${name}: expected a date, found ${value ? 'TRUE' : 'FALSE'}. Type the date as YYYY-MM-DD, or format the cell as a date.`);
  }
  checkSerial(value, name);
  try {
    return toTime(value, timeZone);
  } catch (error) {
    return rethrowNamed(error, name);
  }
}

/**
 * Sheets hands a date cell over as a `Date`; a plain number in a date argument can only be a
 * serial day number (what DATE() and date arithmetic make). The core would read a large number
 * as epoch milliseconds, right for Grafana but never meant in a sheet, where 20260101 is a
 * date typed without dashes and 1E300 a typo. So numbers must be serials of a plausible day.
 */
const SERIAL_FIRST = 1; // 1899-12-31
const SERIAL_LAST = 99_999; // 2173-10-13, the core's last serial day
const NUMBER_ONLY = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

function checkSerial(value: unknown, name: string): void {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && NUMBER_ONLY.test(value)) n = Number(value);
  else return;
  if (n - n !== 0) return; // NaN, ±Infinity: blank, as everywhere
  if (n >= SERIAL_FIRST && n < SERIAL_LAST + 1) return;
  const found = typeof value === 'string' ? `"${value.trim().slice(0, 40)}"` : shownNumber(n);
  throw new InputError(
    `${name}: expected a date (a date cell, DATE(2026, 7, 2) or text 2026-07-02) or a serial day number from ` +
      `${SERIAL_FIRST} (1899-12-31) to ${SERIAL_LAST} (2173-10-13), found ${found}. ${serialHint(n)}`,
  );
}

function serialHint(n: number): string {
  const digits = String(n);
  const ymd = /^(\d{4})(\d{2})(\d{2})$/.exec(digits);
  if (ymd && Number(ymd[2]) >= 1 && Number(ymd[2]) <= 12 && Number(ymd[3]) >= 1 && Number(ymd[3]) <= 31) {
    const [, y, m, d] = ymd;
    return `It looks like a date typed as YYYYMMDD: enter it as ${y}-${m}-${d} or DATE(${Number(y)}, ${Number(m)}, ${Number(d)}).`;
  }
  return 'Enter the date itself, or check the cell the argument points to.';
}

/** A number for a message: as typed for ordinary sizes, in E notation for huge or tiny ones. */
function shownNumber(n: number): string {
  if (n === 0) return '0';
  const a = Math.abs(n);
  return a >= 1e15 || a < 1e-6 ? n.toExponential(3).replace(/\.?0+e/, 'E').replace('E+', 'E') : shown(n);
}

export function requireTime(value: unknown, name: string, timeZone: string, what: string): number {
  const time = readTime(value, name, timeZone);
  if (time === null) throw new InputError(`${name} is blank: ${what}.`);
  return time;
}

/**
 * Reads one of a fixed set of words ("increase", "MTD", …), case and spacing ignored.
 * The returned reader remembers the last cell it read, because a choice is usually one
 * value repeated down a whole range.
 */
export function choiceReader<T extends string>(
  name: string,
  choices: readonly T[],
  fallback: T | null,
): (value: unknown) => T {
  const byKey = new Map<string, T>(choices.map((c) => [normaliseWord(c), c]));
  const listed = choices.map((c) => `"${c}"`).join(', ');
  let lastValue: unknown = undefined;
  let lastChoice: T | undefined;
  return (value) => {
    if (lastChoice !== undefined && value === lastValue) return lastChoice;
    let choice: T | undefined;
    if (isMissing(value)) {
      if (fallback === null) throw new InputError(`${name} is blank: expected one of ${listed}.`);
      choice = fallback;
    } else {
      choice = typeof value === 'string' ? byKey.get(normaliseWord(value)) : undefined;
      if (choice === undefined) {
        // describeValue quotes text and cuts it short: a message must fit in the cell it replaces.
        const shown = describeValue(value);
        throw new InputError(`${name}: expected one of ${listed}, found ${shown}. Type one of those words.`);
      }
    }
    lastValue = value;
    lastChoice = choice;
    return choice;
  };
}

function normaliseWord(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** A number shown in a message the way the user typed it ("100", "0.25"). */
export function shown(value: number): string {
  return String(Number(value.toPrecision(12)));
}
