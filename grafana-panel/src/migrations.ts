import type { PanelModel } from '@grafana/data';
import { DEFAULT_OPTIONS } from './defaults';
import type { AlignedOptions, PeriodSource } from './types';

/**
 * Options as saved by the first preview of the panel (0.0.x, "v0"): flat, with the target as a
 * number. Dashboards saved then must keep working, so they are rewritten to today's shape.
 */
export interface OptionsV0 {
  targetValue?: number | string | null;
  baselineValue?: number | string | null;
  /** The reducer id, e.g. 'lastNotNull'. */
  calculation?: string;
  periodType?: 'dashboard' | 'month' | 'quarter' | 'year';
  showForecast?: boolean;
}

const V0_KEYS: ReadonlyArray<keyof OptionsV0> = ['targetValue', 'baselineValue', 'calculation', 'periodType', 'showForecast'];

/** True for options still in the v0 shape (Grafana calls the handler then, and on plugin version changes). */
export function shouldMigrate(panel: PanelModel): boolean {
  const options = (panel.options ?? {}) as Record<string, unknown>;
  return V0_KEYS.some((k) => k in options);
}

/**
 * v0 → current: `targetValue` → `keyResult.target` (as text, so it may later become $target),
 * `baselineValue` → `keyResult.baseline` with source 'option', `calculation` → `keyResult.reducer`,
 * `periodType` → `period.source`, `showForecast: false` → `overlay.forecast: 'none'`. Options already
 * in the current shape pass through unchanged, so running it twice is harmless.
 */
export function migrateOptions(panel: PanelModel<Partial<AlignedOptions> & OptionsV0>): Partial<AlignedOptions> {
  const old = { ...(panel.options ?? {}) } as Partial<AlignedOptions> & OptionsV0;
  if (!V0_KEYS.some((k) => k in old)) return old;
  const { targetValue, baselineValue, calculation, periodType, showForecast, ...rest } = old;
  const keyResult = { ...DEFAULT_OPTIONS.keyResult, ...(rest.keyResult ?? {}) };
  if (targetValue !== undefined && targetValue !== null && String(targetValue).trim() !== '') {
    keyResult.target = String(targetValue);
    keyResult.targetSource = 'option';
  }
  if (baselineValue !== undefined && baselineValue !== null && String(baselineValue).trim() !== '') {
    keyResult.baseline = String(baselineValue);
    keyResult.baselineSource = 'option';
  }
  if (calculation) keyResult.reducer = calculation;
  const period = { ...DEFAULT_OPTIONS.period, ...(rest.period ?? {}) };
  if (periodType) period.source = periodType as PeriodSource;
  const overlay = { ...DEFAULT_OPTIONS.overlay, ...(rest.overlay ?? {}) };
  if (showForecast === false) overlay.forecast = 'none';
  return { ...rest, mode: rest.mode ?? 'overlay', keyResult, period, overlay };
}
