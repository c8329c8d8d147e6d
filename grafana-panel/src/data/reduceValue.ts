import { fieldReducers, NullValueMode, reduceField, ReducerID } from '@grafana/data';
import type { Field } from '@grafana/data';

/** Reducers whose answer on no samples is a real 0 ("0 sign-ins"), not "no data". */
const COUNTING = new Set<string>([ReducerID.count, ReducerID.countAll, ReducerID.distinctCount, ReducerID.changeCount]);

export interface SampleWindow {
  from: number;
  to: number;
}

/**
 * A key result's value: one of Grafana's standard reducers (the same list as the Stat panel's
 * "Calculation") over the samples inside the window [from, to), so "COUNT of sign-ins this month"
 * works on raw events. Without a time field every sample counts.
 *
 * Returns `null`, never a silent 0, when there is nothing to reduce (except for counting reducers)
 * or when the reducer gives no finite number.
 */
export function reduceValue(
  field: Field,
  reducerId: string,
  times?: ArrayLike<unknown> | null,
  window?: SampleWindow | null,
  /** The caller knows `times` are numbers in order (see timeField's inTimeOrder): the window is found by binary search. */
  timesInOrder = false
): number | null {
  const id = fieldReducers.getIfExists(reducerId) ? reducerId : ReducerID.lastNotNull;
  // The common case, without copying the window: the last sample that is a number (Grafana's
  // Last * skips null and undefined; NaN and ±Infinity give no finite value, so null, as below).
  if (id === ReducerID.lastNotNull && field.config.nullValueMode !== NullValueMode.AsZero) {
    const values = field.values as ArrayLike<unknown>;
    if (timesInOrder && times && window) return lastNumberInOrder(values, times as ArrayLike<number>, window);
    return lastNumber(values, times, window);
  }
  const values = window && times ? valuesInWindow(field.values, times, window) : Array.from(field.values as ArrayLike<unknown>);
  const hasNumber = values.some((v) => typeof v === 'number' && Number.isFinite(v));
  if (!hasNumber && !COUNTING.has(id)) return null;
  // A copy, because reduceField caches its answers in field.state.
  const windowed: Field = { ...field, values, state: undefined };
  const calcs = reduceField({ field: windowed, reducers: [id] });
  const result = calcs[id];
  return typeof result === 'number' && Number.isFinite(result) ? result : null;
}

function lastNumber(values: ArrayLike<unknown>, times?: ArrayLike<unknown> | null, window?: SampleWindow | null): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    if (window && times) {
      const t = times[i];
      if (!(typeof t === 'number' && t >= window.from && t < window.to)) continue;
    }
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  }
  return null;
}

/** lastNumber for times in order: the window's samples are the run between two binary searches. */
function lastNumberInOrder(values: ArrayLike<unknown>, times: ArrayLike<number>, window: SampleWindow): number | null {
  let lo = -1; // the last index before `to`
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid] < window.to) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i >= 0 && times[i] >= window.from; i--) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  }
  return null;
}

/** The values whose time falls in [from, to). */
export function valuesInWindow(values: ArrayLike<unknown>, times: ArrayLike<unknown>, window: SampleWindow): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < values.length; i++) {
    const t = times[i];
    if (typeof t === 'number' && t >= window.from && t < window.to) out.push(values[i]);
  }
  return out;
}

/** The reducer's display name ("Last *", "Total"), for explanations. */
export function reducerName(reducerId: string): string {
  return fieldReducers.getIfExists(reducerId)?.name ?? reducerId;
}
