/**
 * How Sheets stores what a script writes with setValue(s) or appendRow: strings are read as if
 * typed by a user. "=…" becomes a formula, "+1" becomes the number 1, "12%" becomes 0.12,
 * "TRUE" a boolean, and a leading apostrophe forces text (and is not part of the value).
 * This is what makes the "formula-looking title" tests meaningful.
 */
export interface StoredCell {
  value: unknown;
  formula: string | null;
}

/** Sheets refuses cells longer than this. */
export const MAX_CELL_CHARACTERS = 50_000;

const NUMBER_TEXT = /^\s*([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[+-]?\d+)?\s*(%)?\s*$/i;

export function storeEntered(input: unknown, DateType: DateConstructor = Date): StoredCell {
  if (input === null || input === undefined) return { value: '', formula: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (isDate(input)) {
    return { value: new DateType((input as Date).getTime()), formula: null };
  }
  if (typeof input !== 'string') {
    throw new Error(`Cannot convert ${Array.isArray(input) ? 'an array' : 'an object'} to a cell value.`);
  }
  if (input.length > MAX_CELL_CHARACTERS) {
    throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
  }
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (input.startsWith('=') && input.length > 1) return { value: '', formula: input };
  const number = NUMBER_TEXT.exec(input);
  if (number) {
    const magnitude = Number(number[2].replace(/,/g, '') + (number[3] ?? ''));
    const signed = number[1] === '-' ? -magnitude : magnitude;
    return { value: number[4] ? signed / 100 : signed, formula: null };
  }
  if (/^\s*(true|false)\s*$/i.test(input)) return { value: input.trim().toLowerCase() === 'true', formula: null };
  return { value: input, formula: null };
}

/** A deep copy of a cell value as getValues returns it (Dates are copied). */
export function copyValue(value: unknown, DateType: DateConstructor = Date): unknown {
  return isDate(value) ? new DateType(value.getTime()) : value;
}

/** Works across realms (a Date made in a node:vm context is not `instanceof` this realm's Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
