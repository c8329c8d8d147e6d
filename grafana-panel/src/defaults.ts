import type { AlignedFieldConfig, AlignedOptions } from './types';

/** Option defaults; module.ts uses the same values as the builder's defaultValue. */
export const DEFAULT_OPTIONS: AlignedOptions = {
  mode: 'auto',
  keyResult: {
    kind: 'auto',
    targetSource: 'option',
    target: '',
    targetField: '',
    targetLabel: 'Target',
    baselineSource: 'periodStart',
    baseline: '',
    baselineField: '',
    low: '',
    high: '',
    reducer: 'lastNotNull',
    statusPreset: 'default',
  },
  period: {
    source: 'dashboard',
    fiscalYearStartMonth: 1,
    start: '',
    end: '',
  },
  overlay: {
    showTarget: true,
    showPace: true,
    bands: 'pace',
    forecast: 'trend',
    showNow: true,
    showPeriodEdges: true,
    showHeader: true,
    showChange: true,
  },
};

export const DEFAULT_FIELD_CONFIG: AlignedFieldConfig = {
  role: 'auto',
  target: '',
  baseline: '',
  kind: 'inherit',
  weight: 1,
  low: '',
  high: '',
};

/**
 * Options with every default filled in. Grafana applies builder defaults before the panel
 * renders, but a host page, an old dashboard or a test may pass a partial object.
 */
export function withDefaults(options: Partial<AlignedOptions> | undefined): AlignedOptions {
  const o = options ?? {};
  return {
    ...DEFAULT_OPTIONS,
    ...o,
    mode: o.mode ?? DEFAULT_OPTIONS.mode,
    keyResult: { ...DEFAULT_OPTIONS.keyResult, ...(o.keyResult ?? {}) },
    period: { ...DEFAULT_OPTIONS.period, ...(o.period ?? {}) },
    overlay: { ...DEFAULT_OPTIONS.overlay, ...(o.overlay ?? {}) },
  };
}
