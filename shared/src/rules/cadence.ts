import { ValueError } from '../values/ValueError';
import { toNumber } from '../values/toNumber';

/** The cadence a key result is checked in at when its row names none: weekly. */
export const DEFAULT_CADENCE_DAYS = 7;

/** Words people type in a "Check-in every" cell, in days. */
const CADENCE_WORDS: Readonly<Record<string, number>> = {
  daily: 1,
  day: 1,
  everyday: 1,
  weekly: 7,
  week: 7,
  biweekly: 14,
  fortnightly: 14,
  fortnight: 14,
  monthly: 30,
  month: 30,
  quarterly: 91,
  quarter: 91,
  // Russian: "ежедневно", "раз в неделю", "каждые две недели" (the "раз в" / "каждые" is dropped below).
  ежедневно: 1,
  день: 1,
  еженедельно: 7,
  неделю: 7,
  неделя: 7,
  раздвенедели: 14,
  двенедели: 14,
  ежемесячно: 30,
  месяц: 30,
  ежеквартально: 91,
  квартал: 91,
};

const UNIT_DAYS: Readonly<Record<string, number>> = {
  d: 1, day: 1, days: 1,
  w: 7, wk: 7, wks: 7, week: 7, weeks: 7,
  m: 30, mo: 30, month: 30, months: 30,
  q: 91, quarter: 91, quarters: 91,
  д: 1, дн: 1, день: 1, дня: 1, дней: 1,
  н: 7, нед: 7, неделя: 7, недели: 7, недель: 7, неделю: 7,
  мес: 30, месяц: 30, месяца: 30, месяцев: 30,
  кв: 91, квартал: 91, квартала: 91, кварталов: 91,
};

/**
 * Reads a check-in cadence as a whole number of days: a number (days), a word such as
 * "weekly" or "fortnightly", or "every 2 weeks" / "3 days" / "2w". Empty means "use the
 * default" (null). Anything else throws a ValueError that says what to type.
 */
export function parseCadence(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (typeof value === 'number') return wholeDays(value, value);
  if (typeof value !== 'string') throw cadenceError(value);
  const text = value.trim().toLowerCase().replace(/^(?:every|каждые|каждый|каждую|раз в)\s+/, '');
  const word = CADENCE_WORDS[text.replace(/[^a-zа-яё]/g, '')];
  if (word !== undefined && !/\d/.test(text)) return word;
  const match = /^(\d+(?:[.,]\d+)?)\s*([a-zа-яё]*)\.?$/.exec(text);
  if (match === null) throw cadenceError(value);
  const count = toNumber(match[1].replace(',', '.'));
  const unit = match[2] === '' ? 1 : UNIT_DAYS[match[2]];
  if (count === null || unit === undefined) throw cadenceError(value);
  return wholeDays(count * unit, value);
}

function wholeDays(days: number, shown: unknown): number {
  if (!Number.isFinite(days) || days < 1 || days > 366) throw cadenceError(shown);
  return Math.round(days);
}

function cadenceError(value: unknown): ValueError {
  return new ValueError(
    'a check-in cadence: a number of days from 1 to 366, or a word such as daily, weekly, fortnightly, monthly, or "every 2 weeks"',
    value,
    `Type for example "weekly" or 7, or leave the cell empty for the default of ${DEFAULT_CADENCE_DAYS} days.`,
  );
}
