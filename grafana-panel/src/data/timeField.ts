import { FieldType } from '@grafana/data';
import type { DataFrame, Field } from '@grafana/data';

const TIME_NAME = /^(time|timestamp|date|_time)$/i;

/**
 * The frame's time field: a field typed time, or else one named time/timestamp/date whose values
 * read as instants (CSV and some SQL sources hand times over as text or epoch numbers).
 */
export function findTimeField(frame: DataFrame): Field | undefined {
  const typed = frame.fields.find((x) => x.type === FieldType.time);
  if (typed) return typed;
  return frame.fields.find((x) => {
    if (!TIME_NAME.test(x.name)) return false;
    const first = Array.from(x.values as ArrayLike<unknown>).find((v) => v !== null && v !== undefined && v !== '');
    if (typeof first === 'number') return first > 1e11;
    return typeof first === 'string' && /^\d{4}-\d{2}-\d{2}/.test(first) && !Number.isNaN(Date.parse(first));
  });
}

/**
 * Epoch ms of each time value (numbers, Dates or ISO text); NaN where a value is none of these.
 * A time field of numbers (what Grafana's time fields hold) is returned as it is, not copied:
 * callers only read it, and a copy of 10,000 times per frame per render is garbage for nothing.
 */
export function toTimes(values: ArrayLike<unknown>): number[] {
  if (Array.isArray(values) && allNumbers(values)) return values;
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === 'number' ? v : v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : NaN;
  }
  return out;
}

/**
 * Whether times never go back (and none is NaN): then the samples of a window are one run of
 * indexes, found by binary search instead of a look at every sample.
 */
export function inTimeOrder(times: readonly number[]): boolean {
  for (let i = 1; i < times.length; i++) if (!(times[i] >= times[i - 1])) return false;
  return true;
}

function allNumbers(values: unknown[]): values is number[] {
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') return false;
  return true;
}
