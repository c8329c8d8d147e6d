import { fieldReducers, NullValueMode } from '@grafana/data';
import type { SampleWindow } from './reduceValue';

/**
 * Reducers whose value over [period start, t) accumulates: every sample can only add to it,
 * and before the first sample it is 0 ("nothing sold yet"). For these the key result's value,
 * target, pace and forecast are in running-total units ("revenue so far this quarter"), so the
 * chart must draw the running total, not the raw samples, and the baseline at the period's
 * start is 0.
 *
 * - sum ("Total"): the amounts added up;
 * - count, countAll: samples counted (non-empty, or all);
 * - distinctCount, changeCount: distinct values seen, value changes seen.
 *
 * Left out on purpose: `delta` (a counter's increase, whose raw samples are the counter itself
 * and whose Grafana rule skips the first rise after a drop), `diff` and `range` (differences,
 * which can be negative or shrink), and every "value-like" reducer (last, mean, max, min,
 * percentiles...), whose value at a time is in the samples' own units, so the samples are
 * the right thing to draw.
 */
export const CUMULATIVE_REDUCERS: ReadonlySet<string> = new Set(['sum', 'count', 'countAll', 'distinctCount', 'changeCount']);

/** Whether a reducer id (or one of its aliases, e.g. "total") accumulates over the period. */
export function isCumulativeReducer(reducerId: string): boolean {
  const id = fieldReducers.getIfExists(reducerId)?.id ?? reducerId;
  return CUMULATIVE_REDUCERS.has(id);
}

/**
 * The reducer's value as it stood at each sample of the window: for sample i, the reducer
 * over the window's samples up to and including i's time. Samples outside the window, and
 * any index whose running value is not yet a finite number, are `null` (not drawn).
 *
 * The rules for empty samples follow the field's "Null value" mode exactly as Grafana's
 * reducers do, so the last point equals `reduceValue` over the same window: the value the
 * header shows is the end of the drawn line. One pass in time order, O(n log n) for the sort.
 */
export function runningTotal(
  values: ArrayLike<unknown>,
  times: ArrayLike<unknown> | null,
  window: SampleWindow | null,
  reducerId: string,
  nullValueMode: NullValueMode = NullValueMode.Ignore
): Array<number | null> {
  const id = fieldReducers.getIfExists(reducerId)?.id ?? reducerId;
  const out = new Array<number | null>(values.length).fill(null);
  if (!CUMULATIVE_REDUCERS.has(id)) return out;
  const order = samplesInTimeOrder(values.length, times, window);
  const step = accumulator(id, nullValueMode === NullValueMode.Ignore, nullValueMode === NullValueMode.AsZero);
  // Samples sharing a time are one moment: each gets the total after all of them.
  let start = 0;
  while (start < order.length) {
    let end = start;
    let total: number | null = null;
    const t = timeOf(times, order[start]);
    while (end < order.length && timeOf(times, order[end]) === t) total = step(values[order[end++]]);
    for (let k = start; k < end; k++) out[order[k]] = total !== null && Number.isFinite(total) ? total : null;
    start = end;
  }
  return out;
}

function timeOf(times: ArrayLike<unknown> | null, i: number): unknown {
  return times ? times[i] : i;
}

/** Indexes of the samples in the window, sorted by time (stable, so ties keep their order). */
function samplesInTimeOrder(length: number, times: ArrayLike<unknown> | null, window: SampleWindow | null): number[] {
  const order: number[] = [];
  for (let i = 0; i < length; i++) {
    if (!times || !window) {
      order.push(i);
      continue;
    }
    const t = times[i];
    if (typeof t === 'number' && t >= window.from && t < window.to) order.push(i);
  }
  if (times && window) order.sort((a, b) => (times[a] as number) - (times[b] as number));
  return order;
}

/**
 * One sample in, the running value out (null while there is nothing to report). Mirrors the
 * empty-sample rules of Grafana's standard reducers: "Ignore" skips empty samples, "As zero"
 * counts them as 0, "Null" keeps them as values.
 */
function accumulator(id: string, ignoreNulls: boolean, nullAsZero: boolean): (v: unknown) => number | null {
  switch (id) {
    case 'sum': {
      // reduceValue answers "no data" until the window holds a number, and Grafana skips NaN.
      let sum: number | null = null;
      return (v) => {
        if (typeof v === 'number' && !Number.isNaN(v)) sum = (sum ?? 0) + v;
        return sum;
      };
    }
    case 'count': {
      let count = 0;
      return (v) => {
        if (!(v == null && ignoreNulls)) count++;
        return count;
      };
    }
    case 'countAll': {
      let count = 0;
      return () => ++count;
    }
    case 'distinctCount': {
      const seen = new Set<unknown>();
      return (v) => {
        if (v === null && ignoreNulls) return seen.size;
        seen.add(v === null && nullAsZero ? 0 : v);
        return seen.size;
      };
    }
    case 'changeCount': {
      let changes = 0;
      let first = true;
      let last: unknown = null;
      return (raw) => {
        if (raw === null && ignoreNulls) return changes;
        const v = raw === null && nullAsZero ? 0 : raw;
        if (!first && last !== v) changes++;
        first = false;
        last = v;
        return changes;
      };
    }
    default:
      return () => null;
  }
}
