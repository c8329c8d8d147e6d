/**
 * Everything the add-on writes to a cell goes through here.
 *
 * Sheets reads a string written by a script as if a person had typed it: "=IMPORTXML(…)"
 * becomes a live formula, "3/4" a date, "$1,200" a number, "2026-07-01" a date, "TRUE" a
 * boolean. No list of patterns can foresee every locale's dates and currencies, so text is
 * not guessed at: every cell that receives text gets Sheets' plain-text number format ("@",
 * Format ▸ Number ▸ Plain text) before the value is written, and a plain-text cell keeps a
 * string exactly as given (never a formula, number or date; an apostrophe stays part of it).
 * Numbers, booleans and dates are written as values, in cells with a number format.
 *
 * Sheets refuses a whole write when one value exceeds its 50,000-character cell limit, so
 * long text is shortened here, visibly, before any write is attempted.
 */

/** Sheets' plain-text number format. */
export const PLAIN_TEXT = '@';

/** Sheets' limit on the characters in one cell. */
export const MAX_CELL_CHARACTERS = 50_000;

/** The format for cells that hold a number, a boolean, a date or nothing; a later call may refine it. */
export const GENERAL = 'General';

export type CellValue = string | number | boolean | Date;

/** Text that fits a cell: unchanged when it does, else cut and ended with a note saying so. */
export function fitCellText(text: string, limit = MAX_CELL_CHARACTERS): string {
  if (text.length <= limit) return text;
  const note = `… [shortened by Aligned: ${text.length.toLocaleString('en-US')} characters in all]`;
  let cut = Math.max(0, limit - note.length);
  // Never split a surrogate pair (an emoji) in two.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut) + note;
}

/**
 * A value ready for setValues: text fitted to a cell, finite numbers kept, anything missing
 * (null, undefined, NaN, ±Infinity, an invalid date) written as an empty cell, never as "NaN".
 */
export function safeCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return Number.isNaN((value as Date).getTime()) ? '' : (value as Date);
  }
  return fitCellText(String(value));
}

/** The number format a written value needs so that Sheets keeps it as it is. */
export function cellFormat(value: CellValue): string {
  return typeof value === 'string' && value !== '' ? PLAIN_TEXT : GENERAL;
}

export interface PreparedBlock {
  values: CellValue[][];
  formats: string[][];
}

/** A whole block, values and formats, computed before anything is written. */
export function prepareBlock(rows: readonly (readonly unknown[])[]): PreparedBlock {
  const values = rows.map((row) => row.map(safeCellValue));
  return { values, formats: values.map((row) => row.map(cellFormat)) };
}
