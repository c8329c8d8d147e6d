import { FieldType, getFieldDisplayName } from '@grafana/data';
import type { DataFrame, Field, PanelProps } from '@grafana/data';
import type { KrKind } from '@aligned/core';
import { DEFAULT_OPTIONS, withDefaults } from '../defaults';
import type { AlignedFieldConfig, AlignedOptions } from '../types';
import type { KeyResultsModel, PanelKeyResult } from './model';
import type { OptionProblem } from './problem';
import { readNumberOption } from './readNumberOption';
import type { Interpolate } from './readNumberOption';
import { reduceValue, reducerName } from './reduceValue';
import { resolvePeriod } from './resolvePeriod';
import { isCumulativeReducer, runningTotal } from './runningTotal';
import { scoreSeries } from './scoreSeries';
import { findTimeField, inTimeOrder, toTimes } from './timeField';
import { prepareSeries } from './longFrames';
import { convertFieldTypeAdvice } from './convertAdvice';
import { isOkrFrame } from '../modes/tree/okrFrame';
import { toIanaTimeZone } from './timeZone';
import { t } from '../i18n/t';

/** Everything the mapping needs from PanelProps, plus "now" (injected so tests are deterministic). */
export interface PanelInput {
  series: DataFrame[];
  options: AlignedOptions;
  timeRange: { from: number; to: number };
  /** Grafana's time zone setting ('browser', 'utc' or an IANA zone). */
  timeZone: string;
  interpolate: Interpolate;
  now: number;
}

export function panelInputFromProps(props: PanelProps<AlignedOptions>, now: number = Date.now()): PanelInput {
  return {
    series: props.data?.series ?? [],
    options: props.options,
    timeRange: { from: props.timeRange.from.valueOf(), to: props.timeRange.to.valueOf() },
    timeZone: props.timeZone,
    interpolate: (text) => props.replaceVariables(text),
    now,
  };
}

interface NumericField {
  field: Field;
  frame: DataFrame;
  frameIndex: number;
  fieldIndex: number;
  name: string;
  times: number[] | null;
  /** `times` never go back (checked once per frame): windows are found by binary search. */
  timesInOrder: boolean;
  custom: Partial<AlignedFieldConfig>;
}

/**
 * DataFrames + panel options → the key results the panel shows, scored by the core.
 *
 * Each numeric field is one key result unless it is marked (by its override "Role", or by
 * name in "Target field" / "Baseline field") as the source of a target or baseline. Field
 * overrides win over the panel options. The first problem found stops the mapping: the panel
 * shows that one message rather than a half-right chart.
 */
export function frameToKeyResults(input: PanelInput): KeyResultsModel {
  const options = withDefaults(input.options);
  const timeZone = toIanaTimeZone(input.timeZone);
  const periodResult = resolvePeriod(options.period, input.timeRange, input.now, input.interpolate, timeZone);
  if (periodResult.problem) return fail(periodResult.problem);
  const period = periodResult.window;

  // OKR rows are a table, not a series: their Start column is no time axis, their Target no key result.
  const timeSeries = input.series.filter((frame) => !isOkrFrame(frame));
  if (timeSeries.length === 0 && input.series.length > 0) return fail(okrRows(input.series), period);
  const prepared = prepareSeries(timeSeries);
  if (prepared.problem) return fail(prepared.problem, period);
  const series = prepared.series;
  const fields = numericFields(series);
  const rows = series.reduce((n, f) => n + f.length, 0);
  if (series.length === 0 || rows === 0) return fail(noData(), period);
  if (fields.length === 0) return fail(noNumericField(series), period);

  const kr = options.keyResult;
  const isTarget = (f: NumericField) =>
    f.custom.role === 'target' || (kr.targetSource === 'field' && f.custom.role !== 'value' && f.name === kr.targetField.trim());
  const isBaseline = (f: NumericField) =>
    f.custom.role === 'baseline' || (kr.baselineSource === 'field' && f.custom.role !== 'value' && f.name === kr.baselineField.trim());
  const targetField = fields.find(isTarget);
  const baselineField = fields.find(isBaseline);
  const valueFields = fields.filter((f) => f.custom.role !== 'ignore' && !isTarget(f) && !isBaseline(f));

  if (kr.targetSource === 'field' && !targetField) return fail(missingField(t('options.kr.target-field.name', 'Target field'), kr.targetField, fields), period);
  if (kr.baselineSource === 'field' && !baselineField) return fail(missingField(t('options.kr.baseline-field.name', 'Baseline field'), kr.baselineField, fields), period);
  if (valueFields.length === 0) return fail(noNumericField(series), period);

  const keyResults: PanelKeyResult[] = [];
  for (const f of valueFields) {
    const mapped = mapField(f, { options, period, timeZone, input, targetField, baselineField });
    if ('problem' in mapped) return fail(mapped.problem, period, keyResults);
    keyResults.push(mapped.keyResult);
  }
  return { keyResults, period, problem: null };
}

interface MapContext {
  options: AlignedOptions;
  period: { from: number; to: number; label: string };
  timeZone: string;
  input: PanelInput;
  targetField?: NumericField;
  baselineField?: NumericField;
}

function mapField(f: NumericField, ctx: MapContext): { keyResult: PanelKeyResult } | { problem: OptionProblem } {
  const { options, period, input } = ctx;
  const kr = options.keyResult;
  const custom = f.custom;
  const where = (option: string, own: boolean) =>
    own ? t('problem.override-option', 'Override for "{{name}}" › {{option}}', { name: f.name, option, interpolation: { escapeValue: false } }) : keyResultOption(option);
  // The option's name is only read when its text is not a number: translating it for every field would cost each render.
  const read = (text: string | undefined, option: () => string, own: boolean) => readNumberOption(text, () => where(option(), own), input.interpolate);

  const kind: KrKind | 'auto' = custom.kind && custom.kind !== 'inherit' ? custom.kind : kr.kind;
  const values = toNumbers(f.field.values);
  const current = reduceValue(f.field, kr.reducer, f.times, period, f.timesInOrder);
  const cumulative = isCumulativeReducer(kr.reducer);
  const plotted = cumulative ? runningTotal(f.field.values, f.times, f.times ? period : null, kr.reducer, f.field.config.nullValueMode) : values;

  // Target: the field's own override, else the target field, else the panel option.
  let target: number | null;
  const ownTarget = nonEmpty(custom.target);
  if (ownTarget !== undefined) {
    const r = read(ownTarget, () => t('options.kr.target.name', 'Target'), true);
    if (r.problem) return { problem: r.problem };
    target = r.value;
  } else if (ctx.targetField) {
    target = reduceValue(ctx.targetField.field, 'lastNotNull');
  } else {
    const r = read(kr.target, () => t('options.kr.target.name', 'Target'), false);
    if (r.problem) return { problem: r.problem };
    target = r.value;
  }

  let baseline: number | null;
  const ownBaseline = nonEmpty(custom.baseline);
  if (ownBaseline !== undefined) {
    const r = read(ownBaseline, () => t('options.kr.baseline.name', 'Baseline'), true);
    if (r.problem) return { problem: r.problem };
    baseline = r.value;
  } else if (ctx.baselineField) {
    baseline = reduceValue(ctx.baselineField.field, 'lastNotNull');
  } else if (kr.baselineSource === 'periodStart') {
    // A running total starts each period from nothing: its value at the start is 0, whatever the first sample.
    baseline = cumulative ? 0 : firstInWindow(values, f.times, period);
  } else {
    const r = read(kr.baseline, () => t('options.kr.baseline.name', 'Baseline'), false);
    if (r.problem) return { problem: r.problem };
    baseline = r.value;
  }

  const lowRead = read(nonEmpty(custom.low) ?? kr.low, () => t('options.kr.low.name', 'Low'), nonEmpty(custom.low) !== undefined);
  if (lowRead.problem) return { problem: lowRead.problem };
  const highRead = read(nonEmpty(custom.high) ?? kr.high, () => t('options.kr.high.name', 'High'), nonEmpty(custom.high) !== undefined);
  if (highRead.problem) return { problem: highRead.problem };
  const low = lowRead.value;
  const high = highRead.value;

  const configProblem = checkKind(kind, { target, baseline, low, high }, f.name, ownTarget !== undefined, kr.baselineSource, !!ctx.baselineField);
  if (configProblem) return { problem: configProblem };

  const scored = scoreSeries({
    kind,
    baseline,
    target,
    low,
    high,
    current,
    values,
    times: f.times,
    timesInOrder: f.timesInOrder,
    field: f.field,
    reducer: kr.reducer,
    period,
    now: input.now,
    timeZone: ctx.timeZone,
    statusPreset: kr.statusPreset,
  });

  const thresholds = f.field.config.thresholds ?? null;
  const keyResult = {
    id: `${f.frameIndex}:${f.fieldIndex}`,
    name: f.name,
    field: f.field,
    frameIndex: f.frameIndex,
    fieldIndex: f.fieldIndex,
    times: f.times,
    values,
    plotted,
    cumulative,
    baseline,
    target,
    low,
    high,
    weight: typeof custom.weight === 'number' && custom.weight >= 0 ? custom.weight : 1,
    current,
    reducer: kr.reducer,
    reducerName: reducerName(kr.reducer),
    targetLabel: targetLabelOf(input.interpolate(kr.targetLabel ?? '').trim()),
    period,
    now: input.now,
    timeZone: ctx.timeZone,
    thresholds,
    min: finiteOrNull(f.field.config.min),
    max: finiteOrNull(f.field.config.max),
  };
  // Copied as property descriptors, not spread: the scored explanations are written when read (lazyText).
  return { keyResult: Object.defineProperties(keyResult, Object.getOwnPropertyDescriptors(scored)) as typeof keyResult & typeof scored };
}

/** The inputs each kind needs, as one clear message when one is missing or contradictory. */
function checkKind(
  kind: KrKind | 'auto',
  v: { target: number | null; baseline: number | null; low: number | null; high: number | null },
  name: string,
  ownTarget: boolean,
  baselineSource: string,
  baselineFromField: boolean
): OptionProblem | null {
  // A function: the name is translated only when there is a problem to report.
  const targetOption = () =>
    ownTarget
      ? t('problem.override-target', 'Override for "{{name}}" › Target', { name, interpolation: { escapeValue: false } })
      : keyResultOption(t('options.kr.target.name', 'Target'));
  if (kind === 'track' || kind === 'milestone') return null;
  if (kind === 'range') {
    if (v.low === null || v.high === null) {
      return {
        code: 'no_target',
        title: t('problem.no-bounds.title', 'The range has no bounds'),
        option: keyResultOption(v.low === null ? t('options.kr.low.name', 'Low') : t('options.kr.high.name', 'High')),
        expected: t('problem.no-bounds.expected', 'a number for both Low and High'),
        found: t('problem.no-bounds.found', 'Low {{low}}, High {{high}}', {
          low: v.low === null ? t('problem.empty', 'empty') : v.low,
          high: v.high === null ? t('problem.empty', 'empty') : v.high,
          interpolation: { escapeValue: false },
        }),
        action: t('problem.no-bounds.action', 'Type the lowest and highest acceptable values, or pick another kind.'),
      };
    }
    if (v.low >= v.high) {
      return {
        code: 'invalid_option',
        title: t('problem.empty-range.title', 'The range is empty'),
        option: keyResultOption(t('options.kr.high.name', 'High')),
        expected: t('problem.empty-range.expected', 'a number above Low ({{low}})', { low: v.low, interpolation: { escapeValue: false } }),
        found: String(v.high),
        action: t('problem.empty-range.action', 'Make High greater than Low.'),
      };
    }
    return null;
  }
  if (v.target === null) {
    return {
      code: 'no_target',
      title: t('problem.no-target.title', 'No target configured'),
      option: targetOption(),
      expected: t('problem.no-target.expected', 'the value this series must reach, e.g. 1200 or $target'),
      found: t('problem.nothing', 'nothing'),
      action: t('problem.no-target.action', 'Type the target in the panel options (Key result › Target), or mark a field as the target.'),
    };
  }
  if ((kind === 'auto' || kind === 'increase' || kind === 'decrease') && v.baseline !== null && v.baseline === v.target) {
    return {
      code: 'invalid_option',
      title: t('problem.target-is-baseline.title', 'The target equals the baseline'),
      option: keyResultOption(
        baselineSource === 'periodStart' && !baselineFromField ? t('options.kr.baseline-source.name', 'Baseline from') : t('options.kr.baseline.name', 'Baseline')
      ),
      expected: t('problem.target-is-baseline.expected', 'a baseline different from the target ({{target}})', { target: v.target, interpolation: { escapeValue: false } }),
      found: String(v.baseline),
      action: t(
        'problem.target-is-baseline.action',
        'Progress from a value to itself cannot be measured: change the target or the baseline, or use kind "Stay above/below".'
      ),
    };
  }
  return null;
}

function numericFields(series: DataFrame[]): NumericField[] {
  const out: NumericField[] = [];
  series.forEach((frame, frameIndex) => {
    const timeField = findTimeField(frame);
    const times = timeField ? toTimes(timeField.values) : null;
    const timesInOrder = times !== null && inTimeOrder(times);
    frame.fields.forEach((field, fieldIndex) => {
      if (field.type !== FieldType.number || field === timeField) return;
      out.push({
        field,
        frame,
        frameIndex,
        fieldIndex,
        name: getFieldDisplayName(field, frame, series),
        times,
        timesInOrder,
        custom: (field.config.custom ?? {}) as Partial<AlignedFieldConfig>,
      });
    });
  });
  return out;
}

function firstInWindow(values: Array<number | null>, times: number[] | null, period: { from: number; to: number }): number | null {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (times === null) return v;
    if (times[i] >= period.from && times[i] < period.to) return v;
  }
  return null;
}

/** The values with NaN/±Infinity/non-numbers as null; a field of finite numbers only is returned as it is (read-only use, no copy). */
function toNumbers(values: ArrayLike<unknown>): Array<number | null> {
  if (Array.isArray(values) && allFinite(values)) return values;
  const out = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  return out;
}

function allFinite(values: unknown[]): values is number[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  }
  return true;
}

function nonEmpty(text: unknown): string | undefined {
  if (typeof text === 'number') return String(text);
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

function finiteOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function fail(problem: OptionProblem, period: KeyResultsModel['period'] = null, keyResults: PanelKeyResult[] = []): KeyResultsModel {
  return { keyResults, period, problem };
}

function noData(): OptionProblem {
  return {
    code: 'no_data',
    title: t('problem.no-data.title', 'No data'),
    option: t('problem.query', 'Query'),
    expected: t('problem.no-data.expected', 'at least one query returning a numeric series'),
    found: t('problem.no-data.found', 'no rows in the selected time range'),
    action: t('problem.no-data.action', 'Check the query and the dashboard time range.'),
  };
}

function okrRows(series: DataFrame[]): OptionProblem {
  const frame = series.find(isOkrFrame);
  return {
    code: 'okr_rows',
    title: t('problem.okr-rows.title', 'The query returns OKR rows'),
    option: t('options.mode.name', 'Display'),
    expected: t('problem.okr-rows.expected', 'a time series for the Overlay'),
    found: t('problem.okr-rows.found', 'a table with the columns {{columns}}', {
      columns: (frame?.fields ?? []).slice(0, 8).map((f) => `"${f.name}"`).join(', '),
      interpolation: { escapeValue: false },
    }),
    action: t('problem.okr-rows.action', 'Show them as the Tree (the OKR cascade) or as Bullets: choose it under Display.'),
  };
}

function noNumericField(series: DataFrame[]): OptionProblem {
  const names = series.flatMap((frame) => frame.fields.map((field) => `${getFieldDisplayName(field, frame, series)} (${field.type})`));
  const convert = convertFieldTypeAdvice(series);
  return {
    code: 'no_numeric_field',
    title: t('problem.no-numeric.title', 'No numeric series to score'),
    option: t('problem.query', 'Query'),
    expected: t('problem.no-numeric.expected', 'a numeric field (the key result), with or without a time field'),
    found: names.length ? names.slice(0, 6).join(', ') : t('problem.no-numeric.no-fields', 'no fields'),
    action: convert ?? t('problem.no-numeric.action', 'Return a number column from the query, or convert it with the "Convert field type" transformation.'),
  };
}

function missingField(option: string, wanted: string, fields: NumericField[]): OptionProblem {
  return {
    code: 'invalid_option',
    title: t('problem.missing-field.title', '{{option}} not found', { option, interpolation: { escapeValue: false } }),
    option: keyResultOption(option),
    expected: wanted.trim()
      ? t('problem.missing-field.expected', 'a numeric field named "{{name}}"', { name: wanted.trim(), interpolation: { escapeValue: false } })
      : t('problem.missing-field.expected-any', 'the name of a numeric field'),
    found: fields.map((f) => `"${f.name}"`).join(', ') || t('problem.missing-field.none', 'no numeric fields'),
    action: t('problem.missing-field.action', 'Type one of the field names in {{option}}, or set the field\'s override "Role".', { option, interpolation: { escapeValue: false } }),
  };
}

/** "Key result › Target": where an option is, as the options pane shows it. */
function keyResultOption(name: string): string {
  return `${t('options.category.key-result', 'Key result')} › ${name}`;
}

/** The target line's text: the user's, else the word "Target" in the user's language (also for the untouched default). */
function targetLabelOf(text: string): string {
  return text === '' || text === DEFAULT_OPTIONS.keyResult.targetLabel ? t('overlay.target', 'Target') : text;
}

export { DEFAULT_OPTIONS };
