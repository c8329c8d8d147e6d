import { periodOf, startOfNextDay, toTime, ValueError } from '@aligned/core';
import type { TimeWindow } from '@aligned/core';
import type { PeriodOptions } from '../types';
import type { OptionProblem } from './problem';
import type { Interpolate } from './readNumberOption';
import { t } from '../i18n/t';

export type PeriodResult = { window: TimeWindow; problem?: undefined } | { window?: undefined; problem: OptionProblem };


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
      return { window: { from: p.start, to: p.end, label: periodName(period.source) } };
    }
    case 'custom':
      return customPeriod(period, interpolate, timeZone);
    case 'dashboard':
    default:
      if (!(range.to > range.from)) {
        return {
          problem: {
            code: 'invalid_option',
            title: t('problem.empty-time-range.title', 'The dashboard time range is empty'),
            option: `${t('options.category.period', 'Period')} › ${t('options.period.source.name', 'Period')}`,
            expected: t('problem.empty-time-range.expected', 'a time range whose end is after its start'),
            found: `${new Date(range.from).toISOString()} – ${new Date(range.to).toISOString()}`,
            action: t('problem.empty-time-range.action', 'Pick a longer time range, or choose a calendar or custom period.'),
          },
        };
      }
      return { window: { from: range.from, to: range.to, label: t('options.period.source.option-dashboard', 'Dashboard time range') } };
  }
}

function customPeriod(period: PeriodOptions, interpolate: Interpolate, timeZone: string): PeriodResult {
  const start = readDate(period.start, `${t('options.category.period', 'Period')} › ${t('options.period.start.name', 'Start')}`, interpolate, timeZone, true);
  if (start.problem) return { problem: start.problem };
  const end = readDate(period.end, `${t('options.category.period', 'Period')} › ${t('options.period.end.name', 'End')}`, interpolate, timeZone, false);
  if (end.problem) return { problem: end.problem };
  const to = startOfNextDay(end.time, timeZone);
  if (end.time < start.time) {
    return {
      problem: {
        code: 'invalid_option',
        title: t('problem.period-reversed.title', 'The period ends before it starts'),
        option: `${t('options.category.period', 'Period')} › ${t('options.period.end.name', 'End')}`,
        expected: t('problem.period-reversed.expected', 'a date on or after the start ({{start}})', { start: period.start.trim(), interpolation: { escapeValue: false } }),
        found: `"${period.end.trim()}"`,
        action: t('problem.period-reversed.action', 'Swap Start and End, or correct the End date.'),
      },
    };
  }
  return { window: { from: start.time, to, label: `${period.start.trim()} – ${period.end.trim()}` } };
}

type DateResult = { time: number; problem?: undefined } | { time?: undefined; problem: OptionProblem };

/** "This quarter": a calendar period's name, as the Period option lists it. */
function periodName(source: 'month' | 'quarter' | 'year'): string {
  if (source === 'month') return t('options.period.source.option-month', 'This month');
  if (source === 'quarter') return t('options.period.source.option-quarter', 'This quarter');
  return t('options.period.source.option-year', 'This year');
}

function readDate(raw: string | undefined, optionName: string, interpolate: Interpolate, timeZone: string, first: boolean): DateResult {
  const text = interpolate(raw ?? '').trim();
  const expected = t('problem.date.expected', 'a date such as 2026-07-01 (or a variable holding one)');
  try {
    const time = toTime(text, timeZone);
    if (time !== null) return { time };
    return {
      problem: {
        code: 'invalid_option',
        title: t('problem.date.empty', '{{option}} is empty', { option: optionName, interpolation: { escapeValue: false } }),
        option: optionName,
        expected,
        found: t('problem.nothing', 'nothing'),
        action: first
          ? t('problem.date.type-first', 'Type the first day of the period, or choose another period.')
          : t('problem.date.type-last', 'Type the last day of the period, or choose another period.'),
      },
    };
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    return {
      problem: {
        code: 'invalid_option',
        title: t('problem.date.invalid', '{{option}} is not a date', { option: optionName, interpolation: { escapeValue: false } }),
        option: optionName,
        expected,
        found: e.found,
        action: t('problem.date.action', 'Type the date as YYYY-MM-DD.'),
      },
    };
  }
}

function clampMonth(month: number | undefined): number {
  const m = Math.round(Number(month));
  return m >= 1 && m <= 12 ? m : 1;
}
