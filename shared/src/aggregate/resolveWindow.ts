import type { TimeWindow } from '../types';
import { periodOf } from '../time/periodOf';
import type { PeriodUnit } from '../time/periodOf';
import { startOfCivilDay } from '../time/startOfCivilDay';
import { startOfDay } from '../time/startOfDay';
import { startOfNextDay } from '../time/startOfNextDay';
import { zonedParts } from '../time/zonedParts';
import { msg } from '../i18n/message';
import { isMissing } from '../values/isMissing';
import { ValueError } from '../values/ValueError';

export interface WindowOptions {
  /** IANA zone of the day boundaries; default 'UTC'. */
  timeZone?: string;
  /** 1-12, default 1: quarters and years (QTD, YTD, previous quarter/year) follow the fiscal year. */
  fiscalYearStartMonth?: number;
  /** The OKR period, for the 'period' window. */
  period?: { start: number | null; end: number | null };
}

/** The window names a user may type, in the order they are listed in messages. */
export const WINDOW_SPECS = [
  'WTD',
  'MTD',
  'QTD',
  'YTD',
  '7D',
  '30D',
  '90D',
  'previous week',
  'previous month',
  'previous quarter',
  'previous year',
  'period',
] as const;

export type WindowSpec = (typeof WINDOW_SPECS)[number];

/** The calendar units windows are made of. */
type WindowUnit = Exclude<PeriodUnit, 'day'>;

const TO_DATE: Record<string, [WindowUnit, string]> = {
  wtd: ['week', 'Week to date'],
  mtd: ['month', 'Month to date'],
  qtd: ['quarter', 'Quarter to date'],
  ytd: ['year', 'Year to date'],
};

/**
 * Turns a window name into a half-open [from, to) range around `asOf`.
 *
 * To-date and rolling windows include the whole `asOf` day, so a dashboard shows
 * the same figure all day long and an event at 23:59 counts. Week windows start on
 * Monday (ISO); quarters and years follow the fiscal start month; rolling "30D" is
 * the 30 calendar days ending with today. "previous …" is the last complete period
 * (Grafana's now-1M/M). All boundaries are days in the organisation's zone.
 */
export function resolveWindow(spec: string, asOf: number, options: WindowOptions = {}): TimeWindow {
  const timeZone = options.timeZone ?? 'UTC';
  const calendar = { timeZone, fiscalYearStartMonth: options.fiscalYearStartMonth };
  const key = String(spec ?? '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (isMissing(asOf)) {
    throw new ValueError('an "as of" time in epoch ms', asOf, 'Pass the time the window should end at, usually now.');
  }
  const toDate = TO_DATE[key];
  if (toDate !== undefined) {
    const { start } = periodOf(toDate[0], asOf, calendar);
    return { from: start, to: startOfNextDay(asOf, timeZone), label: toDate[1], labelMessage: msg('window.label', { unit: toDate[0], days: null, previous: false }) };
  }
  const rolling = /^(7|30|90) ?d$/.exec(key);
  if (rolling) {
    const days = Number(rolling[1]);
    const p = zonedParts(asOf, timeZone);
    return {
      from: startOfCivilDay(p.year, p.month, p.day - days + 1, timeZone),
      to: startOfNextDay(asOf, timeZone),
      label: `Last ${days} days`,
      labelMessage: msg('window.label', { unit: null, days, previous: false }),
    };
  }
  const previous = /^(?:previous|prev|last) (week|month|quarter|year)$/.exec(key);
  if (previous) {
    const unit = previous[1] as WindowUnit;
    const current = periodOf(unit, asOf, calendar);
    const before = periodOf(unit, current.start - 1, calendar);
    return { from: before.start, to: current.start, label: `Previous ${unit}`, labelMessage: msg('window.label', { unit, days: null, previous: true }) };
  }
  if (key === 'period') {
    const period = options.period;
    if (period === undefined || isMissing(period.start) || isMissing(period.end)) {
      throw new ValueError(
        'an OKR period with a start and an end',
        period === undefined ? undefined : `start ${String(period.start)}, end ${String(period.end)}`,
        'Set Start and End on the key result (or its objective), or choose another window.',
      );
    }
    return {
      from: startOfDay(period.start as number, timeZone),
      to: startOfNextDay(period.end as number, timeZone),
      label: 'OKR period',
      labelMessage: msg('window.label', { unit: null, days: null, previous: false }),
    };
  }
  throw new ValueError(
    `a window: ${WINDOW_SPECS.join(', ')}`,
    spec,
    'Pick one of the listed windows (case does not matter).',
  );
}
