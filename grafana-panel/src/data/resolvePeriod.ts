import { periodOf, startOfNextDay, toTime, ValueError } from '@aligned/core';
import type { TimeWindow } from '@aligned/core';
import type { PeriodOptions } from '../types';
import type { OptionProblem } from './problem';
import type { Interpolate } from './readNumberOption';

export type PeriodResult = { window: TimeWindow; problem?: undefined } | { window?: undefined; problem: OptionProblem };

const PERIOD_NAMES = { month: 'This month', quarter: 'This quarter', year: 'This year' } as const;

/**
 * The period the key result is scored over, as a half-open window [from, to).
 *
 * - dashboard: the dashboard's time range, as the user picked it;
 * - month / quarter / year: the whole calendar (fiscal) period that contains now, from the
 *   core's `periodOf` (time zone and fiscal-year rules stay in the core);
 * - custom: typed dates (variables allowed); the end date counts whole.
 */
export function resolvePeriod(
  period: PeriodOptions,
  range: { from: number; to: number },
  now: number,
  interpolate: Interpolate,
  timeZone: string
): PeriodResult {
  const fiscalYearStartMonth = clampMonth(period.fiscalYearStartMonth);
  switch (period.source) {
    case 'month':
    case 'quarter':
    case 'year': {
      const p = periodOf(period.source, now, { timeZone, fiscalYearStartMonth });
      return { window: { from: p.start, to: p.end, label: PERIOD_NAMES[period.source] } };
    }
    case 'custom':
      return customPeriod(period, interpolate, timeZone);
    case 'dashboard':
    default:
      if (!(range.to > range.from)) {
        return {
          problem: {
            code: 'invalid_option',
            title: 'The dashboard time range is empty',
            option: 'Period › Period',
            expected: 'a time range whose end is after its start',
            found: `${new Date(range.from).toISOString()} to ${new Date(range.to).toISOString()}`,
            action: 'Pick a longer time range, or choose a calendar or custom period.',
          },
        };
      }
      return { window: { from: range.from, to: range.to, label: 'Dashboard time range' } };
  }
}

function customPeriod(period: PeriodOptions, interpolate: Interpolate, timeZone: string): PeriodResult {
  const start = readDate(period.start, 'Period › Start', interpolate, timeZone);
  if (start.problem) return { problem: start.problem };
  const end = readDate(period.end, 'Period › End', interpolate, timeZone);
  if (end.problem) return { problem: end.problem };
  const to = startOfNextDay(end.time, timeZone);
  if (end.time < start.time) {
    return {
      problem: {
        code: 'invalid_option',
        title: 'The period ends before it starts',
        option: 'Period › End',
        expected: `a date on or after the start (${period.start.trim()})`,
        found: `"${period.end.trim()}"`,
        action: 'Swap Start and End, or correct the End date.',
      },
    };
  }
  return { window: { from: start.time, to, label: `${period.start.trim()} – ${period.end.trim()}` } };
}

type DateResult = { time: number; problem?: undefined } | { time?: undefined; problem: OptionProblem };

function readDate(raw: string | undefined, optionName: string, interpolate: Interpolate, timeZone: string): DateResult {
  const text = interpolate(raw ?? '').trim();
  const expected = 'a date such as 2026-07-01 (or a variable holding one)';
  try {
    const time = toTime(text, timeZone);
    if (time !== null) return { time };
    return {
      problem: {
        code: 'invalid_option',
        title: `${optionName} is empty`,
        option: optionName,
        expected,
        found: 'nothing',
        action: `Type the ${optionName.endsWith('Start') ? 'first' : 'last'} day of the period, or choose another period.`,
      },
    };
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    return {
      problem: {
        code: 'invalid_option',
        title: `${optionName} is not a date`,
        option: optionName,
        expected,
        found: e.found,
        action: 'Type the date as YYYY-MM-DD.',
      },
    };
  }
}

function clampMonth(month: number | undefined): number {
  const m = Math.round(Number(month));
  return m >= 1 && m <= 12 ? m : 1;
}
