import type { Field } from '@grafana/data';
import {
  conditionStatus,
  expectedProgress,
  formatPercent,
  inferDirection,
  paceForecast,
  periodGrade,
  projectProgress,
  scoreKeyResult,
  status as statusOf,
  trendForecast,
} from '@aligned/core';
import { startOfNextDay } from '@aligned/core';
import type { CheckIn, KrKind, TimeWindow } from '@aligned/core';
import { t as i18n } from '../i18n/t';
import { coreText } from '../i18n/coreText';
import type { PanelKeyResult } from './model';
import { withLazyText } from './lazyText';
import { reduceValue } from './reduceValue';
import { inTimeOrder } from './timeField';

export interface SeriesToScore {
  kind: KrKind | 'auto';
  baseline: number | null;
  target: number | null;
  low: number | null;
  high: number | null;
  current: number | null;
  values: Array<number | null>;
  times: number[] | null;
  /** `times` never go back (timeField's inTimeOrder): windows are found by binary search. */
  timesInOrder?: boolean;
  field: Field;
  reducer: string;
  period: TimeWindow;
  now: number;
  timeZone: string;
  /** A core status preset name ('default', 'mooncamp', ...). */
  statusPreset?: string;
}

export type ScoredSeries = Pick<
  PanelKeyResult,
  'kind' | 'direction' | 'progress' | 'expected' | 'expectedExplain' | 'status' | 'score' | 'band' | 'grade' | 'paceAtEnd' | 'trend' | 'previous' | 'change'
>;

/** Reducers whose value at a time is just the latest sample, so samples are the check-ins. */
const LATEST_SAMPLE = new Set(['last', 'lastNotNull']);
/** How many points a cumulative reducer (sum, count...) is evaluated at to feed the trend. */
const TREND_POINTS = 24;

/**
 * Hands one mapped series to the core: progress, expected progress, status, score, the
 * pace and trend forecasts, and the previous period's figures. The only place the panel
 * calls the core's scoring functions, so a change in the core's contract is fixed here.
 */
export function scoreSeries(s: SeriesToScore): ScoredSeries {
  const direction = s.kind === 'decrease' ? 'decrease' : s.kind === 'increase' ? 'increase' : inferDirection(s.baseline, s.target);
  const kind: KrKind = s.kind === 'auto' ? direction : s.kind;
  const lastDay = s.period.to - 1; // the core counts the end day whole; windows are half-open
  const asOf = Math.min(Math.max(s.now, s.period.from), lastDay);

  const progress = scoreKeyResult({ kind, direction, baseline: s.baseline, target: s.target, current: s.current, low: s.low, high: s.high });
  const expected = expectedProgress(s.period.from, lastDay, s.now, s.timeZone);
  const condition = kind === 'above' || kind === 'below' || kind === 'range' || kind === 'milestone';
  const st = condition
    ? conditionStatus({ met: progress.met ?? null, start: s.period.from, end: lastDay, asOf: s.now })
    : statusOf({ progress: progress.progress, expected, start: s.period.from, end: lastDay, asOf: s.now, thresholds: s.statusPreset });
  const linear = kind === 'increase' || kind === 'decrease';
  const paceAtEnd =
    linear && s.current !== null && s.baseline !== null && expected !== null && s.now < s.period.to
      ? paceForecast(s.current, s.baseline, expected)
      : null;

  let trend: ScoredSeries['trend'] = null;
  let trendProgress: number | null = null;
  if (linear && s.target !== null && s.times) {
    const checkIns = trendCheckIns(s, asOf);
    const t = trendForecast(checkIns, {
      target: s.target,
      baseline: s.baseline,
      start: s.period.from,
      end: lastDay,
      asOf: s.now,
      timeZone: s.timeZone,
      thresholds: s.statusPreset,
    });
    trend = withLazyText({ valueAtEnd: t.valueAtEnd ?? null, completionTime: t.completionTime ?? null, trendingOffTrack: !!t.trendingOffTrack }, 'explain', () =>
      coreText().explain(t)
    );
    trendProgress = t.projectedProgress;
  }
  // The score graded at the period's end: projected (trend, else pace) while it runs, final from its last day.
  const projection = projectProgress({ progress: progress.progress, expected, kind, trendProgress });
  const grade = periodGrade({ progress: progress.progress, end: lastDay, asOf: s.now, timeZone: s.timeZone, projection });

  let previous: ScoredSeries['previous'] = null;
  let change: number | null = null;
  if (s.times) {
    const length = s.period.to - s.period.from;
    const prevWindow = { from: s.period.from - length, to: s.period.from };
    const prevCurrent = reduceValue(s.field, s.reducer, s.times, prevWindow, s.timesInOrder);
    if (prevCurrent !== null) {
      const prevProgress = scoreKeyResult({ kind, direction, baseline: s.baseline, target: s.target, current: prevCurrent, low: s.low, high: s.high });
      previous = { current: prevCurrent, progress: prevProgress.progress };
      change = s.current === null ? null : s.current - prevCurrent;
    }
  }

  // Explanations are written when a view reads them: most series never show theirs.
  const scored = {
    kind,
    direction,
    progress,
    expected,
    status: withLazyText({ code: st.code, label: coreText().status(st.code) }, 'explain', () => coreText().explain(st)),
    score: grade.score,
    band: grade.band,
    grade,
    paceAtEnd: paceAtEnd ?? null,
    trend,
    previous,
    change,
  };
  return withLazyText(scored, 'expectedExplain', () =>
    expected === null
      ? i18n('overlay.period-unknown', 'The period is unknown')
      : i18n('overlay.period-elapsed', '{{percent}} of the period has elapsed', { percent: formatPercent(expected) })
  );
}

/**
 * The key result's value as it stood at several moments of the period so far. For "last"
 * reducers that is the samples themselves; for cumulative ones (sum, count...) the reducer
 * is run over [start, t) at evenly spaced t, so the trend sees "sign-ins so far", not events.
 */
function trendCheckIns(s: SeriesToScore, asOf: number): CheckIn[] {
  const times = s.times as number[];
  const out: CheckIn[] = [];
  if (LATEST_SAMPLE.has(s.reducer)) return latestSampleOfEachDay(times, s.values, s.period.from, asOf, s.timeZone, s.timesInOrder);
  const span = asOf - s.period.from;
  if (span <= 0) return out;
  for (let k = 1; k <= TREND_POINTS; k++) {
    const t = s.period.from + (span * k) / TREND_POINTS;
    const v = reduceValue(s.field, s.reducer, times, { from: s.period.from, to: t + 1 });
    if (v !== null) out.push({ time: t, value: v });
  }
  return out;
}

/**
 * `latestOfEachDay` of the samples in [from, asOf] that have a value, without making a check-in
 * of each sample (10,000 samples a series would be 10,000 objects for ~100 kept). Times in order
 * (Grafana's time fields): one binary search per day. Otherwise one pass; samples out of time
 * order, or a day boundary not after its sample, take the general path, so the answer is always
 * `latestOfEachDay`'s.
 */
export function latestSampleOfEachDay(
  times: number[],
  values: Array<number | null>,
  from: number,
  asOf: number,
  timeZone: string,
  /** Already known (timeField's inTimeOrder), so not checked again. */
  timesInOrder?: boolean
): CheckIn[] {
  const all = () => {
    const checkIns: CheckIn[] = [];
    for (let i = 0; i < times.length; i++) {
      const v = values[i];
      if (times[i] >= from && times[i] <= asOf && v !== null) checkIns.push({ time: times[i], value: v });
    }
    return latestOfEachDay(checkIns, timeZone);
  };
  if (!(timesInOrder ?? inTimeOrder(times))) return latestInOnePass(times, values, from, asOf, timeZone, all);
  const out: CheckIn[] = [];
  const last = lastBefore(times, 0, times.length - 1, (t) => t <= asOf);
  let i = lastBefore(times, 0, last, (t) => t < from) + 1;
  while (i <= last) {
    if (values[i] === null) {
      i++;
      continue;
    }
    const next = startOfNextDay(times[i], timeZone);
    if (!(next > times[i])) return all();
    let j = lastBefore(times, i, last, (t) => t < next);
    while (values[j] === null) j--; // stops at i at the latest, which has a value
    out.push({ time: times[j], value: values[j] });
    i = j + 1;
  }
  return out;
}

/** The last index in [lo, hi] of sorted `times` whose time passes `before` (a prefix of them does); lo − 1 when none. */
function lastBefore(times: number[], lo: number, hi: number, before: (t: number) => boolean): number {
  let a = lo - 1;
  let b = hi;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (before(times[mid])) a = mid;
    else b = mid - 1;
  }
  return a;
}

/** The same for times out of order: one pass over the samples, the general path where that cannot decide. */
function latestInOnePass(
  times: number[],
  values: Array<number | null>,
  from: number,
  asOf: number,
  timeZone: string,
  all: () => CheckIn[]
): CheckIn[] {
  const out: CheckIn[] = [];
  let latest = -1; // the latest sample so far of the day being read
  let next = NaN; // the start of the next day
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (!(t >= from && t <= asOf) || values[i] === null) continue;
    if (latest >= 0 && !(t >= times[latest])) return all();
    if (latest >= 0 && t < next) {
      latest = i;
      continue;
    }
    if (latest >= 0) out.push({ time: times[latest], value: values[latest] });
    next = startOfNextDay(t, timeZone);
    if (!(next > t)) return all();
    latest = i;
  }
  if (latest >= 0) out.push({ time: times[latest], value: values[latest] });
  return out;
}

/**
 * The trend fits one check-in per day, the day's latest (the core's rule). For samples in time
 * order, hand it just those: one day boundary per day from the core and a binary search, instead
 * of every sample (10,000 samples a series are ~100 days). Out of order, or where a boundary is not
 * after its sample, every check-in goes as it is and the core sorts it out.
 */
export function latestOfEachDay(checkIns: CheckIn[], timeZone: string): CheckIn[] {
  for (let i = 1; i < checkIns.length; i++) if (!(checkIns[i].time >= checkIns[i - 1].time)) return checkIns;
  const out: CheckIn[] = [];
  let i = 0;
  while (i < checkIns.length) {
    const next = startOfNextDay(checkIns[i].time, timeZone);
    if (!(next > checkIns[i].time)) return checkIns;
    let lo = i;
    let hi = checkIns.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (checkIns[mid].time < next) lo = mid;
      else hi = mid - 1;
    }
    out.push(checkIns[lo]);
    i = lo + 1;
  }
  return out;
}
