/**
 * How Sheets stores what a script writes with setValue(s) or appendRow: strings are read as if
 * a person had typed them into the cell (the Sheets API calls this USER_ENTERED):
 * "=…" becomes a formula, "+1" the number 1, "12%" 0.12, "$1,200" 1200, "TRUE" a boolean,
 * "2026-07-01" and "3/4" dates, "9:30" a time; a leading apostrophe forces text and is not
 * part of the value. Numbers, booleans and dates are stored as they are.
 *
 * A cell whose number format is plain text ("@", Format ▸ Number ▸ Plain text) takes a string
 * exactly as given: no formula, no number, no date, and an apostrophe stays in the text.
 *
 * Locale: the spreadsheet's locale decides the decimal separator ("1,5" is 1.5 in de_DE, text
 * in en_US) and the order of day and month ("3/4" is 4 March in en_US, 3 April in en_GB). For
 * currency the double recognises the common signs in every locale; Sheets recognises at least
 * the locale's own, so the double errs on the side of re-typing, which is the strict side for
 * tests that text survives.
 *
 * A string longer than 50,000 characters is refused with Google's message (Sheets' cell limit).
 */
import { startOfCivilDay, zonedTime } from '@aligned/core';

export interface StoredCell {
  value: unknown;
  formula: string | null;
}

/** What decides how a string is read besides the string: the cell's format and the spreadsheet. */
export interface EntryContext {
  /** The cell's number format is plain text ("@"). */
  plainText?: boolean;
  /** The spreadsheet's locale, e.g. "en_US", "en_GB", "de_DE" (default en_GB, the double's). */
  locale?: string;
  /** The spreadsheet's time zone: a typed date is midnight of that day there (default UTC). */
  timeZone?: string;
}

/** Sheets refuses cells longer than this. */
export const MAX_CELL_CHARACTERS = 50_000;

/** Google's message for a value beyond the cell limit. */
export const CELL_LIMIT_MESSAGE = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

/** The plain-text number format. */
export const PLAIN_TEXT_FORMAT = '@';

// Languages that write decimals with a comma and group thousands with a dot or a space.
const DECIMAL_COMMA_LANGUAGES = new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'ru', 'pl', 'tr', 'sv', 'da', 'nb', 'fi', 'cs', 'id']);
// Locales that put the month first in numeric dates.
const MONTH_FIRST_LOCALES = new Set(['en_US', 'en_PH', 'en_CA', 'es_US']);
const CURRENCY_SIGNS = '$€£¥₹';
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function storeEntered(input: unknown, DateType: DateConstructor = Date, entry: EntryContext = {}): StoredCell {
  if (input === null || input === undefined) return { value: '', formula: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (isDate(input)) {
    return { value: new DateType((input as Date).getTime()), formula: null };
  }
  if (typeof input !== 'string') {
    throw new Error(`Cannot convert ${Array.isArray(input) ? 'an array' : 'an object'} to a cell value.`);
  }
  if (input.length > MAX_CELL_CHARACTERS) throw new Error(CELL_LIMIT_MESSAGE);
  if (entry.plainText) return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (input.startsWith('=') && input.length > 1) return { value: '', formula: input };
  const locale = entry.locale ?? 'en_GB';
  const number = typedNumber(input, locale);
  if (number !== null) return { value: number, formula: null };
  if (/^\s*(true|false)\s*$/i.test(input)) return { value: input.trim().toLowerCase() === 'true', formula: null };
  const time = typedDate(input, locale, entry.timeZone ?? 'UTC');
  if (time !== null) return { value: new DateType(time), formula: null };
  return { value: input, formula: null };
}

/** A number as typed: sign, currency sign, thousands groups, decimals, exponent, percent; null if not one. */
export function typedNumber(input: string, locale = 'en_GB'): number | null {
  const comma = DECIMAL_COMMA_LANGUAGES.has(locale.split(/[_-]/)[0]);
  const group = comma ? '[.\\u00a0 ]' : ',';
  const decimal = comma ? ',' : '\\.';
  const body = `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}\\d*)?|${decimal}\\d+`;
  const sign = '[+-]?';
  const cur = `[${CURRENCY_SIGNS}]`;
  const pattern = new RegExp(
    `^\\s*(${sign})\\s*(${cur})?\\s*(${sign})\\s*(${body})(e[+-]?\\d+)?\\s*(${cur})?\\s*(%)?\\s*$`,
    'i',
  );
  const m = pattern.exec(input);
  if (!m) return null;
  if (m[1] && m[3]) return null; // two signs
  if (m[2] && m[6]) return null; // two currency signs
  if ((m[2] || m[6]) && m[7]) return null; // currency and percent
  const digits = comma ? m[4].replace(/[.\u00a0 ]/g, '').replace(',', '.') : m[4].replace(/,/g, '');
  const magnitude = Number(digits + (m[5] ?? ''));
  if (!Number.isFinite(magnitude)) return null;
  const signed = (m[1] || m[3]) === '-' ? -magnitude : magnitude;
  return m[7] ? signed / 100 : signed;
}

/**
 * A date or time as typed, as epoch ms (midnight of the day in the zone); null if not one.
 * ISO "2026-07-01" and "2026/07/01", numeric "3/4/2026" and "3/4" (this year) in the locale's
 * day-month order, "1 Jan 2026", "Jan 1, 2026", and times "9:30", "09:30:15", "9:30 pm"
 * (on 30 Dec 1899, the serial epoch, as Sheets stores a time alone).
 */
export function typedDate(input: string, locale = 'en_GB', timeZone = 'UTC'): number | null {
  const text = input.trim();
  const day = (y: number, mo: number, d: number): number | null => {
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCMonth() !== mo - 1) return null;
    return startOfCivilDay(y, mo, d, timeZone);
  };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [mo, d] = MONTH_FIRST_LOCALES.has(locale) ? [a, b] : [b, a];
    const y = m[3] === undefined ? new Date().getUTCFullYear() : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return day(y, mo, d);
  }
  m = /^(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{4})$/i.exec(text);
  if (m && MONTH_NAMES.includes(m[2].toLowerCase())) return day(Number(m[3]), MONTH_NAMES.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
  m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text);
  if (m && MONTH_NAMES.includes(m[1].toLowerCase())) return day(Number(m[3]), MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1, Number(m[2]));
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const [minute, second] = [Number(m[2]), Number(m[3] ?? 0)];
    if (m[4]) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return null;
    return zonedTime(1899, 12, 30, hour, minute, second, 0, timeZone);
  }
  return null;
}

/** A deep copy of a cell value as getValues returns it (Dates are copied). */
export function copyValue(value: unknown, DateType: DateConstructor = Date): unknown {
  return isDate(value) ? new DateType(value.getTime()) : value;
}

/** Works across realms (a Date made in a node:vm context is not `instanceof` this realm's Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
