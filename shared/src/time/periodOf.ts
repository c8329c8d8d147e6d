import { ValueError } from '../values/ValueError';
import { startOfCivilDay } from './startOfCivilDay';
import { zonedParts } from './zonedParts';

/** The calendar units a period can be. Weeks start on Monday (ISO 8601). */
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface PeriodOptions {
  /** IANA zone for the boundaries; default 'UTC'. */
  timeZone?: string;
  /** 1-12: the month the fiscal year starts (4 = April). Quarters and years follow it. Default 1. */
  fiscalYearStartMonth?: number;
}

/** A half-open period [start, end) in epoch ms. */
export interface Period {
  start: number;
  end: number;
}

const UNITS: readonly PeriodUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * The calendar period (day, ISO week, month, fiscal quarter or fiscal year) that an
 * instant falls in, as a half-open [start, end) in the given zone.
 *
 * OKR cycles and "to date" windows are calendar periods of the organisation, often
 * fiscal (a year starting in April puts 1 May in Q1), so the boundaries come from the
 * zone's calendar, never from fixed millisecond counts.
 */
export function periodOf(unit: PeriodUnit, time: number, options: PeriodOptions = {}): Period {
  const timeZone = options.timeZone ?? 'UTC';
  const fiscalStart = fiscalYearStartMonth(options.fiscalYearStartMonth);
  const p = zonedParts(time, timeZone);
  const at = (y: number, m: number, d: number): number => startOfCivilDay(y, m, d, timeZone);
  switch (unit) {
    case 'day':
      return { start: at(p.year, p.month, p.day), end: at(p.year, p.month, p.day + 1) };
    case 'week': {
      const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay(); // 0 = Sunday
      const monday = p.day - ((weekday + 6) % 7);
      return { start: at(p.year, p.month, monday), end: at(p.year, p.month, monday + 7) };
    }
    case 'month':
      return { start: at(p.year, p.month, 1), end: at(p.year, p.month + 1, 1) };
    case 'quarter':
    case 'year': {
      const length = unit === 'quarter' ? 3 : 12;
      // Months since the start of the fiscal year, 0-11.
      const intoYear = (p.month - fiscalStart + 12) % 12;
      const startMonth = p.month - (intoYear % length);
      return { start: at(p.year, startMonth, 1), end: at(p.year, startMonth + length, 1) };
    }
    default:
      throw new ValueError(`a period unit: ${UNITS.join(', ')}`, unit, 'Pick one of the listed units.');
  }
}

/** Validates the fiscal start month option: an integer 1-12, default 1 (January). */
export function fiscalYearStartMonth(month: number | null | undefined): number {
  if (month === undefined || month === null) return 1;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new ValueError(
      'a fiscal year start month from 1 (January) to 12 (December)',
      month,
      'Set fiscalYearStartMonth to the month your fiscal year begins, e.g. 4 for April.',
    );
  }
  return month;
}
