/**
 * Readers from Sheets cell values to the core's inputs.
 *
 * Sheets hands a custom function numbers, text, booleans, `Date` objects and `''` for
 * an empty cell. The core's readers (`toNumber`, `toBoolean`, `toTime`) do the parsing;
 * these add the argument's name to every message, so that a cell showing an error says
 * which argument to fix.
 */
import { isMissing, toBoolean, toNumber, toTime, ValueError } from '@aligned/core';
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
  try {
    return toTime(value, timeZone);
  } catch (error) {
    return rethrowNamed(error, name);
  }
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
        const shown = typeof value === 'string' ? `"${value}"` : String(value);
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
