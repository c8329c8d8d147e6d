/**
 * Everything the add-on writes to a cell goes through `safeCellValue`.
 *
 * Sheets reads a string written by a script as if a person had typed it: "=IMPORTXML(…)"
 * becomes a live formula, "+1" a number, "-2" a negative number, "@x" a smart chip in some
 * locales. User text (titles, comments) must stay the text it was, so such text is written
 * with a leading apostrophe, which Sheets treats as "this is text" and does not show.
 * A leading apostrophe of the user's own is doubled for the same reason.
 */

// Leading spaces do not stop Sheets from reading " +1" as a number, so look past them.
const READ_AS_NOT_TEXT = /^\s*[=+\-@']/;
// Text that Sheets would turn into a number or a boolean ("1,200", "15%", "TRUE").
const LOOKS_LIKE_VALUE = /^\s*(\.?\d[\d,.]*(e[+-]?\d+)?\s*%?|true|false)\s*$/i;

export function safeCellText(text: string): string {
  return READ_AS_NOT_TEXT.test(text) || LOOKS_LIKE_VALUE.test(text) ? `'${text}` : text;
}

/**
 * A value ready for setValues/appendRow: text made safe, finite numbers kept, anything
 * missing (null, undefined, NaN, ±Infinity) written as an empty cell, never as "NaN".
 */
export function safeCellValue(value: unknown): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value;
  return safeCellText(String(value));
}

/** A whole block, row by row. */
export function safeCellRows(rows: readonly (readonly unknown[])[]): (string | number | boolean | Date)[][] {
  return rows.map((row) => row.map(safeCellValue));
}
