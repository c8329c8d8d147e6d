import type { CheckIn, ReasonCode } from '../types';
import { linearProgress } from '../progress/linearProgress';
import { status } from '../status/status';
import type { StatusThresholds } from '../status/thresholds';
import { DAY_MS } from '../time/civilDay';
import { expectedProgress } from '../time/expectedProgress';
import { startOfNextDay } from '../time/startOfNextDay';
import { formatNumber } from '../values/formatNumber';
import { formatPercent } from '../values/formatPercent';
import { isMissing } from '../values/isMissing';
import { dailyCheckIns } from './dailyCheckIns';
import { leastSquares } from './leastSquares';

/** The largest instant a JavaScript Date holds (±8.64e15 ms). */
const MAX_DATE_MS = 8.64e15;

export interface TrendOptions {
  target: number | null | undefined;
  /** Defaults to the first check-in's value. */
  baseline?: number | null;
  start: number;
  end: number;
  asOf: number;
  timeZone?: string;
  thresholds?: StatusThresholds | string;
}

export interface TrendForecast {
  /** The fitted line's value at the end of the period. */
  valueAtEnd: number | null;
  slopePerDay: number | null;
  /** When the fitted line reaches the target; `null` if flat or moving away. */
  completionTime: number | null;
  /** Progress at the end on the fitted line, clamped to [0, 1]. */
  projectedProgress: number | null;
  /** The line misses the target although the pace status still says on track: an early warning. */
  trendingOffTrack: boolean;
  reason: ReasonCode;
  explain: string;
}

const MIN_POINTS = 3;
const MIN_DAYS = 7;

/**
 * Forecasts the end-of-period value from the check-in history with a least-squares
 * line, and warns when the trend misses the target while the pace status still
 * looks fine.
 *
 * The pace forecast only sees the start and today; a trend sees a stall. Following
 * Targetprocess's guard rails, a forecast is only made from at least 3 days with
 * check-ins, more than 7 days into the period and progress strictly between 10 % and
 * 100 %: before that a line through a few points says more about noise than about
 * the outcome. Otherwise the reason is `insufficient_data` and the text says which
 * condition is missing.
 */
export function trendForecast(checkIns: readonly CheckIn[], options: TrendOptions): TrendForecast {
  const { target, start, end, asOf } = options;
  const timeZone = options.timeZone ?? 'UTC';
  const none = (explain: string, reason: ReasonCode = 'insufficient_data'): TrendForecast => ({
    valueAtEnd: null,
    slopePerDay: null,
    completionTime: null,
    projectedProgress: null,
    trendingOffTrack: false,
    reason,
    explain,
  });
  if (isMissing(target)) return none('No forecast: the key result has no target.', 'invalid');
  if (isMissing(start) || isMissing(end) || isMissing(asOf)) return none('No forecast: the period needs a start and an end.', 'invalid');
  const points = dailyCheckIns(checkIns, asOf, timeZone);
  if (points.length < MIN_POINTS) {
    return none(`No forecast yet: ${points.length} day${points.length === 1 ? '' : 's'} with check-ins, at least ${MIN_POINTS} needed.`);
  }
  const daysIn = (asOf - start) / DAY_MS;
  if (!(daysIn > MIN_DAYS)) return none(`No forecast yet: the period started ${formatNumber(Math.max(0, daysIn), { decimals: 0 })} days ago; wait until more than ${MIN_DAYS} days have passed.`);
  const baseline = isMissing(options.baseline) ? points[0].value : (options.baseline as number);
  const t = target as number;
  const latest = points[points.length - 1].value;
  const progressNow = linearProgress(latest, baseline, t, null);
  if (progressNow === null || !(progressNow > 0.1 && progressNow < 1)) {
    return none(
      `No forecast: progress is ${formatPercent(progressNow)}; a trend is only projected between 10 % and 100 %.`,
    );
  }
  // x in days since the start keeps the numbers small and the slope readable.
  const fit = leastSquares(
    points.map((p) => (p.time - start) / DAY_MS),
    points.map((p) => p.value),
  );
  if (fit === null) return none('No forecast: the check-ins all fall on the same moment.');
  const periodEnd = startOfNextDay(end, timeZone);
  const valueAtEnd = fit.intercept + fit.slope * ((periodEnd - start) / DAY_MS);
  const up = t > baseline;
  const towards = up ? fit.slope > 0 : fit.slope < 0;
  const reach = towards ? start + ((t - fit.intercept) / fit.slope) * DAY_MS : null;
  // A nearly flat trend reaches the target beyond any date a Date can hold: that is never.
  const completionTime = reach !== null && Math.abs(reach) <= MAX_DATE_MS ? reach : null;
  const projected = linearProgress(valueAtEnd, baseline, t, 1, up ? 'increase' : 'decrease');
  const pace = status({ progress: progressNow, expected: expectedProgress(start, end, asOf, timeZone), start, end, asOf, thresholds: options.thresholds, timeZone });
  const trendingOffTrack = projected !== null && projected < 1 - 1e-9 && pace.code === 'on_track';
  const when = completionTime === null ? 'the trend never reaches the target' : `reaches the target around ${new Date(completionTime).toISOString().slice(0, 10)}`;
  return {
    valueAtEnd,
    slopePerDay: fit.slope,
    completionTime,
    projectedProgress: projected,
    trendingOffTrack,
    reason: 'ok',
    explain:
      `Trend over ${points.length} days of check-ins: ${formatNumber(fit.slope)} per day, ` +
      `${formatNumber(valueAtEnd)} by the end (${formatPercent(projected)} of target); ${when}` +
      (trendingOffTrack ? '. Trending off track: the pace looks fine but the trend misses the target.' : '.'),
  };
}
