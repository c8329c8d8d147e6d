/** Shared builders for the panel tests: real DataFrames, options and PanelProps. */
import { createDataFrame, dateTime, FieldType, LoadingState, standardEditorsRegistry } from '@grafana/data';
import type { DataFrame, PanelProps } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../../grafana-panel/src/defaults';
import type { PanelInput } from '../../grafana-panel/src/data/frameToKeyResults';
import type { AlignedOptions } from '../../grafana-panel/src/types';

export const DAY = 86_400_000;
/** 1 Jul 2026 00:00 UTC: the start of Q3. */
export const Q3_START = Date.UTC(2026, 6, 1);
export const Q3_END = Date.UTC(2026, 9, 1);
/** Mid-quarter "now": 16 Aug 2026, 46 of 92 days gone. */
export const NOW = Date.UTC(2026, 7, 16, 12);

export function options(patch: DeepPartial<AlignedOptions> = {}): AlignedOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...(patch as Partial<AlignedOptions>),
    keyResult: { ...DEFAULT_OPTIONS.keyResult, ...(patch.keyResult ?? {}) },
    period: { ...DEFAULT_OPTIONS.period, ...(patch.period ?? {}) },
    overlay: { ...DEFAULT_OPTIONS.overlay, ...(patch.overlay ?? {}) },
  } as AlignedOptions;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

/** A daily series from `from` with the given values (null = gap). */
export function dailyFrame(name: string, from: number, values: Array<number | null>, extra: Partial<DataFrame> = {}, config: Record<string, unknown> = {}): DataFrame {
  return createDataFrame({
    refId: extra.refId ?? 'A',
    name: extra.name,
    fields: [
      { name: 'time', type: FieldType.time, values: values.map((_, i) => from + i * DAY) },
      { name, type: FieldType.number, values, config },
    ],
  });
}

/** A series rising linearly from `start` by `perDay` over Q3 up to (not including) NOW's day. */
export function q3Series(name = 'Leads', start = 100, perDay = 10, config: Record<string, unknown> = {}): DataFrame {
  const days = Math.floor((NOW - Q3_START) / DAY) + 1;
  return dailyFrame(name, Q3_START, Array.from({ length: days }, (_, i) => start + perDay * i), {}, config);
}

export function input(series: DataFrame[], opts: AlignedOptions, patch: Partial<PanelInput> = {}): PanelInput {
  return {
    series,
    options: opts,
    timeRange: { from: Q3_START, to: Q3_END },
    timeZone: 'utc',
    interpolate: (text) => text.replace(/\$target\b/g, '1200').replace(/\$\{start\}/g, '2026-07-01'),
    now: NOW,
    ...patch,
  };
}

export function panelProps(series: DataFrame[], opts: AlignedOptions, size = { width: 800, height: 400 }): PanelProps<AlignedOptions> {
  const timeRange = { from: dateTime(Q3_START), to: dateTime(Q3_END), raw: { from: dateTime(Q3_START), to: dateTime(Q3_END) } };
  return {
    id: 1,
    data: { state: LoadingState.Done, series, timeRange },
    timeRange,
    timeZone: 'utc',
    options: opts,
    transparent: false,
    width: size.width,
    height: size.height,
    fieldConfig: { defaults: {}, overrides: [] },
    renderCounter: 1,
    title: 'OKR',
    eventBus: { publish: () => undefined, getStream: () => ({ subscribe: () => ({ unsubscribe: () => undefined }) }), subscribe: () => ({ unsubscribe: () => undefined }), removeAllListeners: () => undefined, newScopedBus: () => undefined } as unknown as PanelProps['eventBus'],
    onOptionsChange: () => undefined,
    onFieldConfigChange: () => undefined,
    replaceVariables: (text: string) => text.replace(/\$target\b/g, '1200'),
    onChangeTimeRange: () => undefined,
  };
}

/**
 * Grafana core fills the option-editor registry at start-up (the editors themselves are not
 * published); tests that build option lists need the ids to exist, not the editors.
 */
export function initEditorRegistry(): void {
  const ids = ['text', 'number', 'select', 'radio', 'boolean', 'multi-select', 'color', 'unit', 'slider', 'fieldName', 'stats-picker', 'links', 'custom'];
  standardEditorsRegistry.setInit(() => ids.map((id) => ({ id, name: id, editor: () => null })));
}
