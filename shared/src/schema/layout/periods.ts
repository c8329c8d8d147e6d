import { zonedParts } from '../../time/index';

/** A quarter (or year) named over a group of columns: "Q1-2026", "2026 Q3", "T2 2026", "Q4". */
export interface PeriodLabel {
  label: string;
  year: number | null;
  /** 1–4, or null for a whole year ("2026", "FY2026"). */
  quarter: number | null;
}

// Q, T (trimestre), K (Kwartal/Квартал) and "кв" before or after the number, with or without a year.
const QUARTER_FIRST = /^(?:q|t|k|кв\.?|квартал)\s*([1-4])(?:\s*[-/ ._]?\s*(?:fy\s*)?(\d{4}|\d{2}))?$/i;
const YEAR_FIRST = /^(?:fy\s*)?(\d{4})\s*[-/ ._]?\s*(?:q|t|k|кв\.?)\s*([1-4])$/i;
const NUMBER_FIRST = /^([1-4])\s*(?:q|t|º?\s*trim(?:estre)?|er trimestre|e trimestre|\.\s*quartal|\s*кв(?:артал)?)\.?(?:\s*[-/ ]?\s*(\d{4}))?$/i;
const YEAR = /^(?:fy\s*)?(\d{4})$/i;

/** The period a group title names, or null when the text is not one. */
export function parsePeriod(text: unknown): PeriodLabel | null {
  const label = String(text ?? '').trim();
  if (label === '' || label.length > 24) return null;
  let m = QUARTER_FIRST.exec(label);
  if (m) return { label, quarter: Number(m[1]), year: m[2] ? fullYear(m[2]) : null };
  m = YEAR_FIRST.exec(label);
  if (m) return { label, year: Number(m[1]), quarter: Number(m[2]) };
  m = NUMBER_FIRST.exec(label);
  if (m) return { label, quarter: Number(m[1]), year: m[2] ? Number(m[2]) : null };
  m = YEAR.exec(label);
  if (m && Number(m[1]) >= 1990 && Number(m[1]) <= 2100) return { label, year: Number(m[1]), quarter: null };
  return null;
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** True when the period contains the day `today` falls on in `timeZone` (a period without a year matches any year). */
export function periodContains(period: PeriodLabel, today: number, timeZone: string): boolean {
  const p = zonedParts(today, timeZone);
  if (period.year !== null && period.year !== p.year) return false;
  return period.quarter === null || period.quarter === Math.floor((p.month - 1) / 3) + 1;
}

/** Orders periods in time: year, then quarter (a whole year sorts before its quarters). */
export function periodOrder(period: PeriodLabel): number {
  return (period.year ?? 0) * 10 + (period.quarter ?? 0);
}

/** True when the period starts on or before today's day. */
export function periodStarted(period: PeriodLabel, today: number, timeZone: string): boolean {
  const p = zonedParts(today, timeZone);
  const now = p.year * 10 + Math.floor((p.month - 1) / 3) + 1;
  return period.year === null ? (period.quarter ?? 0) <= now % 10 : periodOrder(period) <= now;
}
