import type { Aggregation, TimeWindow } from '../types';
import { ValueError } from '../values/ValueError';

/** Accepted aggregation names, for messages. */
export const AGGREGATIONS: readonly Aggregation[] = ['count', 'distinct', 'sum', 'avg', 'min', 'max', 'first', 'last'];

const ALIASES: Record<string, Aggregation> = {
  'count distinct': 'distinct',
  countdistinct: 'distinct',
  distinct_count: 'distinct',
  average: 'avg',
  mean: 'avg',
  total: 'sum',
  latest: 'last',
  earliest: 'first',
};

/** Reads an aggregation name as typed ("Count distinct", "AVG", "mean"); throws listing the accepted names. */
export function parseAggregation(text: string): Aggregation {
  const key = String(text ?? '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if ((AGGREGATIONS as readonly string[]).includes(key)) return key as Aggregation;
  const alias = ALIASES[key] ?? ALIASES[key.replace(/ /g, '')];
  if (alias !== undefined) return alias;
  throw new ValueError(`an aggregation: ${AGGREGATIONS.join(', ')}`, text, 'Pick one of the listed aggregations.');
}

/**
 * Aggregates raw samples (events or metric points) that fall in a half-open window:
 * the bridge from "hires this month" or "sign-ins in the last 30 days" to a key
 * result's current value.
 *
 * - count: samples in the window (events; their values are not needed).
 * - distinct: distinct `keys` (e.g. user ids) of those samples, else distinct values.
 * - sum / avg / min / max: over values that are present (NaN or null = missing).
 * - first / last: the value of the earliest / latest sample by time.
 *
 * Sums and counts of nothing are a real 0 (no hires this month); an average,
 * extreme, first or last of nothing is `null`, never 0.
 */
export function aggregate(
  times: ArrayLike<number>,
  values: ArrayLike<number | null>,
  agg: Aggregation | string,
  window: TimeWindow,
  keys?: ArrayLike<string | number | null | undefined>,
): number | null {
  const how = parseAggregation(agg);
  const n = times.length;
  if (values.length !== n || (keys !== undefined && keys.length !== n)) {
    throw new ValueError(
      `as many values${keys === undefined ? '' : ' and keys'} as times (${n})`,
      `${values.length} values${keys === undefined ? '' : ` and ${keys.length} keys`}`,
      'Select columns of the same length for time, value and key.',
    );
  }
  const { from, to } = window;
  let count = 0;
  let present = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let firstTime = Infinity;
  let lastTime = -Infinity;
  let first: number | null = null;
  let last: number | null = null;
  const seen = how === 'distinct' ? new Set<string | number>() : null;
  for (let i = 0; i < n; i++) {
    const t = times[i];
    if (!(t >= from && t < to)) continue; // also skips NaN times
    count++;
    const v = values[i];
    if (seen !== null) {
      const k = keys !== undefined ? keys[i] : v;
      if (k !== null && k !== undefined && !(typeof k === 'number' && k - k !== 0) && k !== '') seen.add(k);
      continue;
    }
    if (v === null || v === undefined || v - v !== 0) continue;
    present++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (t < firstTime) {
      firstTime = t;
      first = v;
    }
    if (t >= lastTime) {
      lastTime = t;
      last = v;
    }
  }
  switch (how) {
    case 'count':
      return count;
    case 'distinct':
      return (seen as Set<string | number>).size;
    case 'sum':
      return sum;
    case 'avg':
      return present === 0 ? null : sum / present;
    case 'min':
      return present === 0 ? null : min;
    case 'max':
      return present === 0 ? null : max;
    case 'first':
      return first;
    case 'last':
      return last;
  }
}
