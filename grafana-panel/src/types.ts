/**
 * The panel's options as stored in dashboard JSON (`panel.options`).
 *
 * Numbers a user may type ($variables, "1,200") are kept as text and read with
 * `readNumberOption`, so a dashboard variable works wherever a number does.
 * The option paths ('keyResult.target', 'period.source', ...) are the builder paths in module.ts.
 */
import type { KrKind } from '@aligned/core';

/** 'auto' (the default, until the user picks one): the Tree when a query returns OKR rows, else the Overlay. */
export type PanelMode = 'auto' | 'overlay' | 'bullets' | 'tree';

/** Where the key result's target (or baseline) comes from. */
export type TargetSource = 'option' | 'field';
export type BaselineSource = 'option' | 'field' | 'periodStart';

/** Which period the key result is scored over. */
export type PeriodSource = 'dashboard' | 'month' | 'quarter' | 'year' | 'custom';

/** What the shaded bands behind the data mean. */
export type BandSource = 'pace' | 'thresholds' | 'range' | 'none';

export type ForecastMethod = 'pace' | 'trend' | 'none';

export interface KeyResultOptions {
  /** 'auto' infers increase/decrease from baseline and target. */
  kind: KrKind | 'auto';
  targetSource: TargetSource;
  /** Text, so `$target` and "1,200" work. */
  target: string;
  /** Display name of the field holding the target when targetSource = 'field'. */
  targetField: string;
  /** Label drawn on the target line, e.g. "Q3 target". */
  targetLabel: string;
  baselineSource: BaselineSource;
  baseline: string;
  baselineField: string;
  /** Range kinds: the low/high bounds (text, variables allowed). */
  low: string;
  high: string;
  /** A Grafana standard reducer id (fieldReducers): lastNotNull, last, sum, mean, count, max, min, delta ... */
  reducer: string;
  /** The core's status thresholds preset: 'default', 'mooncamp', 'upraise', 'viva', ... */
  statusPreset: string;
}

export interface PeriodOptions {
  source: PeriodSource;
  /** 1 = January ... 12 = December; used for quarter/year. */
  fiscalYearStartMonth: number;
  /** Custom dates, ISO text ("2026-07-01") or $variables. */
  start: string;
  end: string;
}

export interface OverlayOptions {
  showTarget: boolean;
  showPace: boolean;
  bands: BandSource;
  forecast: ForecastMethod;
  showNow: boolean;
  showPeriodEdges: boolean;
  showHeader: boolean;
  /** Show the change against the previous period of the same length in the header. */
  showChange: boolean;
}

export interface AlignedOptions {
  mode: PanelMode;
  keyResult: KeyResultOptions;
  period: PeriodOptions;
  overlay: OverlayOptions;
  /** Owned by the bullets mode (src/modes/bullets/options.ts). */
  bullets?: Record<string, unknown>;
  /** Owned by the tree mode (src/modes/tree/options.ts). */
  tree?: Record<string, unknown>;
}

/** What a field is for, set per field through overrides ("Config from query results" style). */
export type FieldRole = 'auto' | 'value' | 'target' | 'baseline' | 'ignore';

/** Per-field custom config (`fieldConfig.defaults.custom` and overrides `custom.*`). Empty text = use the panel option. */
export interface AlignedFieldConfig {
  role: FieldRole;
  target: string;
  baseline: string;
  kind: KrKind | 'inherit';
  weight: number;
  low: string;
  high: string;
}
