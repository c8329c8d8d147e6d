import { explainedBy } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { CheckIn, ReasonCode } from '../types';
import { linearProgress } from '../progress/linearProgress';
import { status } from '../status/status';
import type { StatusThresholds } from '../status/thresholds';
import { DAY_MS } from '../time/civilDay';
import { expectedProgress } from '../time/expectedProgress';
import { startOfNextDay } from '../time/startOfNextDay';
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
  /** The sentence as a catalogue message, to render in another language: `explain(result, 'ru')`. */
  i18n?: Message;
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
  const none = (message: Message, reason: ReasonCode = 'insufficient_data'): TrendForecast => ({
    valueAtEnd: null,
    slopePerDay: null,
    completionTime: null,
    projectedProgress: null,
    trendingOffTrack: false,
    reason,
    ...explainedBy(message),
  });
  if (isMissing(target)) return none(msg('trend.no_target', {}), 'invalid');
  if (isMissing(start) || isMissing(end) || isMissing(asOf)) return none(msg('trend.no_period', {}), 'invalid');
  const points = dailyCheckIns(checkIns, asOf, timeZone);
  if (points.length < MIN_POINTS) {
    return none(msg('trend.few_days', { days: points.length, needed: MIN_POINTS }));
  }
  const daysIn = (asOf - start) / DAY_MS;
  if (!(daysIn > MIN_DAYS)) return none(msg('trend.too_early', { days: Math.max(0, daysIn), needed: MIN_DAYS }));
  const baseline = isMissing(options.baseline) ? points[0].value : (options.baseline as number);
  const t = target as number;
  const latest = points[points.length - 1].value;
  const progressNow = linearProgress(latest, baseline, t, null);
  if (progressNow === null || !(progressNow > 0.1 && progressNow < 1)) {
    return none(msg('trend.progress_outside', { progress: progressNow }));
  }
  // x in days since the start keeps the numbers small and the slope readable.
  const fit = leastSquares(
    points.map((p) => (p.time - start) / DAY_MS),
    points.map((p) => p.value),
  );
  if (fit === null) return none(msg('trend.same_moment', {}));
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
  return {
    valueAtEnd,
    slopePerDay: fit.slope,
    completionTime,
    projectedProgress: projected,
    trendingOffTrack,
    reason: 'ok',
    ...explainedBy(
      msg('trend.ok', { days: points.length, slope: fit.slope, valueAtEnd, projected, completion: completionTime, offTrack: trendingOffTrack }),
    ),
  };
}
