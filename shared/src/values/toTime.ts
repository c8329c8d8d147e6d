import { startOfCivilDay } from '../time/startOfCivilDay';
import { zonedTime } from '../time/zonedTime';
import { isMissing } from './isMissing';
import { ValueError } from './ValueError';

/** Day 0 of spreadsheet serial dates (Lotus/Excel/Sheets): 1899-12-30, as a UTC day number. */
const SERIAL_EPOCH_DAY = Date.UTC(1899, 11, 30) / 86_400_000;
/** Numbers below this are serial dates (year 2173 as a serial); anything larger is epoch ms. */
const SERIAL_LIMIT = 100_000;
/**
 * Times the core works with: the years 1000 to 9999. A JavaScript Date reaches ±275,000 years,
 * but day arithmetic next to those limits fails ("Invalid time value"), and no OKR period lies
 * outside four-digit years: such a date is a typo, said so here rather than deep in a cascade.
 */
const MIN_TIME = Date.UTC(1000, 0, 1);
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const DATE_RANGE_HINT = 'Dates must fall between the years 1000 and 9999: check the year.';

function inRange(time: number, value: unknown): number {
  if (time >= MIN_TIME && time <= MAX_TIME) return time;
  throw new ValueError(DATE_EXPECTED, value, DATE_RANGE_HINT, I18N_RANGE);
}

export const DATE_EXPECTED = 'a date: a date cell, ISO text such as "2026-07-02" or "2026-07-02T09:30", or epoch milliseconds';
export const DATE_HINT = 'Type the date as YYYY-MM-DD, or format the cell as a date.';
export const NO_SUCH_DAY_HINT = 'That date does not exist on the calendar; check the day and month.';
// The same sentences as catalogue codes (schema/schemaMessages.ts), for other languages.
const expected = { code: 'expect.date', params: {} } as const;
const I18N = { expected, hint: { code: 'hint.date', params: {} } } as const;
const I18N_RANGE = { expected, hint: { code: 'hint.date_range', params: {} } } as const;
const I18N_NO_DAY = { expected, hint: { code: 'hint.no_such_day', params: {} } } as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// Day first with dots, as Russian (and German) sheets write a date typed as text: "01.03.2026", "1.3.2026 9:30".
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A dotted day-first date in the ISO match's shape (no one writes month first with dots). */
function dayFirst(text: string): string[] | null {
  const d = DOTTED.exec(text);
  if (!d) return null;
  return [text, d[3], d[2].padStart(2, '0'), d[1].padStart(2, '0'), d[4]?.padStart(2, '0'), d[5], d[6]] as string[];
}

/**
 * Turns a date cell or field into epoch milliseconds, or `null` when empty.
 *
 * Dates arrive as `Date` objects (Apps Script), epoch numbers (Grafana), ISO text
 * (CSV) or serial day numbers (Sheets formulas, where 46000 is a day in 2025). A
 * date without a time means the start of that day in the organisation's zone, not in
 * UTC, or a quarter starting 1 Apr in Tokyo would start on 31 Mar. Other text is
 * refused rather than handed to `Date.parse`, whose guesses differ between engines.
 */
export function toTime(value: unknown, timeZone = 'UTC'): number | null {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw new ValueError(DATE_EXPECTED, value, DATE_HINT, I18N);
    return inRange(t, value);
  }
  if (isMissing(value)) return null;
  if (typeof value === 'number') return fromNumber(value, timeZone);
  if (typeof value !== 'string') throw new ValueError(DATE_EXPECTED, value, DATE_HINT, I18N);
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text), timeZone);
  const m = ISO.exec(text) ?? dayFirst(text);
  if (!m) throw new ValueError(DATE_EXPECTED, value, DATE_HINT, I18N);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new ValueError(DATE_EXPECTED, value, NO_SUCH_DAY_HINT, I18N_NO_DAY);
  }
  if (m[8] !== undefined) {
    const zone = m[8].toUpperCase();
    const offsetMinutes =
      zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    return inRange(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000, value);
  }
  if (m[4] === undefined) return inRange(startOfCivilDay(year, month, day, timeZone), value);
  return inRange(zonedTime(year, month, day, hour, minute, second, ms, timeZone), value);
}

/** Serial days (with a fraction for the time of day) in the zone, or epoch ms. */
function fromNumber(value: number, timeZone: string): number {
  if (Math.abs(value) >= SERIAL_LIMIT) return inRange(value, value);
  const whole = Math.floor(value);
  const dayMs = Math.round((value - whole) * 86_400_000);
  const utcDay = new Date((SERIAL_EPOCH_DAY + whole) * 86_400_000);
  const [y, mo, d] = [utcDay.getUTCFullYear(), utcDay.getUTCMonth() + 1, utcDay.getUTCDate()];
  if (dayMs === 0) return startOfCivilDay(y, mo, d, timeZone);
  return zonedTime(y, mo, d, 0, 0, 0, dayMs, timeZone);
}
