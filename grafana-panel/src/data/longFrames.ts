import { DataFrameType, FieldType } from '@grafana/data';
import type { DataFrame, Field } from '@grafana/data';
import type { OptionProblem } from './problem';
import { findTimeField, toTimes } from './timeField';
import { t } from '../i18n/t';

/** More series than this from one long frame is a text column that does not name series (a comment, an ID). */
const MAX_SERIES_PER_FRAME = 100;

export type PreparedSeries = { series: DataFrame[]; problem: null } | { series: DataFrame[]; problem: OptionProblem };

/**
 * Long frames (a time, text columns that name the series, numbers: what an SQL query with
 * Format as Table, a Flux table or an Infinity CSV returns) split into one frame per combination
 * of the text columns, as Grafana's "Prepare time series" transformation does for its
 * "Multi-frame time series" format: every text column becomes a label on the number fields, so
 * Grafana's own display names ("cpu", "value {host=a}") name the series.
 *
 * A frame counts as long when Grafana says so (`meta.type` TimeSeriesLong), when a time repeats
 * across rows that differ in a text column (drawn as one series, those rows would overwrite each
 * other), or when its text columns name a few series of several samples each. When the text columns do not tell the series apart either (a time still repeats within
 * one of them, or every row is its own series), splitting would guess, so the panel names the
 * transformation that says what the series are instead.
 */
export function prepareSeries(series: DataFrame[]): PreparedSeries {
  if (!series.some(mayBeLong)) return { series, problem: null };
  const out: DataFrame[] = [];
  for (const frame of series) {
    const split = splitFrame(frame);
    if ('problem' in split) return { series, problem: split.problem };
    out.push(...split.frames);
  }
  return { series: out, problem: null };
}

function mayBeLong(frame: DataFrame): boolean {
  return frame.fields.some((f) => f.type === FieldType.string) && frame.fields.some((f) => f.type === FieldType.number);
}

function splitFrame(frame: DataFrame): { frames: DataFrame[] } | { problem: OptionProblem } {
  if (!mayBeLong(frame)) return { frames: [frame] };
  const timeField = findTimeField(frame);
  if (!timeField) return { frames: [frame] };
  const times = toTimes(timeField.values);
  const labelFields = frame.fields.filter((f) => f.type === FieldType.string && f !== timeField);
  const groups = new Map<string, number[]>();
  for (let row = 0; row < times.length; row++) {
    const key = JSON.stringify(labelFields.map((f) => f.values[row] ?? null));
    const rows = groups.get(key);
    if (rows) rows.push(row);
    else groups.set(key, [row]);
  }
  // Long when Grafana says so, when a time repeats, or when the text columns name a few series
  // of several samples each (metrics sampled at different times). One combination is a wide frame
  // with a constant text column; as many combinations as rows is a comment or an ID per row.
  const marked = frame.meta?.type === DataFrameType.TimeSeriesLong;
  const fewSeries = groups.size >= 2 && groups.size * 2 <= times.length;
  if (!marked && !fewSeries && !timeRepeats(times)) return { frames: [frame] };
  const names = labelFields.map((f) => `"${f.name}"`).join(', ');
  for (const rows of groups.values()) {
    if (timeRepeats(rows.map((r) => times[r]))) {
      return { problem: ambiguous(frame, `a time repeats within one combination of ${names}`) };
    }
  }
  if (groups.size > MAX_SERIES_PER_FRAME) {
    return { problem: ambiguous(frame, `${groups.size} different combinations of ${names}, more than ${MAX_SERIES_PER_FRAME} series`) };
  }

  const valueFields = frame.fields.filter((f) => f !== timeField && !labelFields.includes(f));
  const frames: DataFrame[] = [];
  for (const rows of groups.values()) {
    const labels: Record<string, string> = {};
    for (const f of labelFields) labels[f.name] = String(f.values[rows[0]] ?? '');
    const pick = (f: Field, extra?: Record<string, string>): Field => ({
      ...f,
      values: rows.map((r) => f.values[r]),
      labels: extra ? { ...f.labels, ...extra } : f.labels,
      // Display names are cached in `state`: the split field must get its own.
      state: undefined,
    });
    frames.push({
      ...frame,
      meta: { ...frame.meta, type: DataFrameType.TimeSeriesMulti },
      fields: [pick(timeField), ...valueFields.map((f) => (f.type === FieldType.number ? pick(f, labels) : pick(f)))],
      length: rows.length,
    });
  }
  return { frames };
}

function timeRepeats(times: number[]): boolean {
  const seen = new Set<number>();
  for (const t of times) {
    if (!Number.isFinite(t)) continue;
    if (seen.has(t)) return true;
    seen.add(t);
  }
  return false;
}

function ambiguous(frame: DataFrame, found: string): OptionProblem {
  const ref = frame.refId ? t('problem.query-ref', 'Query {{refId}}', { refId: frame.refId, interpolation: { escapeValue: false } }) : t('problem.query', 'Query');
  return {
    code: 'invalid_option',
    title: t('problem.long-data.title', 'Long data: the series cannot be told apart'),
    option: `${ref} › ${t('problem.transform-data', 'Transform data')}`,
    expected: t('problem.long-data.expected', 'one row per time and series, the series named by the text columns'),
    found,
    action: t(
      'problem.long-data.action',
      'Add the transformation "Partition by values" on the column(s) that name the series, then "Prepare time series" with Format "Multi-frame time series"; or return one column per series (Format as Time series).'
    ),
  };
}
