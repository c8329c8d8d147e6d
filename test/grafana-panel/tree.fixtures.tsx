/**
 * Shared by the tree.* and bullets.* component tests: jsdom stubs, real DataFrames in the
 * OKR row schema, and a panel render with a theme. Not a test file itself.
 */
import React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import {
  createTheme,
  dateTime,
  EventBusSrv,
  LoadingState,
  ThemeContext,
  toDataFrame,
  type DataFrame,
  type PanelProps,
} from '@grafana/data';
import { DEFAULT_OPTIONS } from '../../grafana-panel/src/defaults';
import type { AlignedOptions } from '../../grafana-panel/src/types';

/**
 * What jsdom lacks and @grafana/ui touches (uPlot reads matchMedia when it is imported), so
 * this runs when the module loads: import this file before any view.
 */
stubBrowser();

export function stubBrowser(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.ResizeObserver) {
    g.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!window.matchMedia) {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    })) as unknown as typeof window.matchMedia;
  }
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;
}

export const OKR_HEADER = [
  'ID', 'Parent', 'Level', 'Type', 'Title', 'Owner', 'Kind', 'Baseline', 'Target', 'Current', 'Weight', 'Start', 'End', 'Metric',
];

/** A period around AS_OF: half elapsed, so pace expects 50 %. */
export const PERIOD_START = '2026-01-01';
export const PERIOD_END = '2026-12-31';
export const AS_OF = Date.UTC(2026, 6, 2, 12);

type Cell = string | number | null;

/** One OKR row in OKR_HEADER order; omitted cells are empty. */
export function row(cells: Partial<Record<(typeof OKR_HEADER)[number], Cell>>): Cell[] {
  return OKR_HEADER.map((h) => cells[h] ?? null);
}

/** A DataFrame like a table query returns: one field per column, typed from its values. */
export function okrFrame(rows: Cell[][], header: string[] = OKR_HEADER, refId = 'OKR'): DataFrame {
  return toDataFrame({
    refId,
    fields: header.map((name, c) => ({ name, values: rows.map((r) => r[c]) })),
  });
}

/** A small cascade: a mission, two objectives, four key results (one off track, one at risk). */
export function smallCascadeRows(): Cell[][] {
  const period = { Start: PERIOD_START, End: PERIOD_END };
  return [
    row({ ID: 'M', Level: 'mission', Type: 'objective', Title: 'Make ABC profitable', Owner: 'CEO', ...period }),
    row({ ID: 'O1', Parent: 'M', Level: 'annual', Type: 'objective', Title: 'Grow sales', Owner: 'Sales', ...period }),
    row({ ID: 'O2', Parent: 'M', Level: 'annual', Type: 'objective', Title: 'Cut costs', Owner: 'Ops', ...period }),
    row({ ID: 'KR1', Parent: 'O1', Level: 'annual', Type: 'key result', Title: 'Leads per month', Owner: 'Ann', Kind: 'increase', Baseline: 0, Target: 100, Current: 60, ...period }),
    row({ ID: 'KR2', Parent: 'O1', Level: 'annual', Type: 'key result', Title: 'Deals closed', Owner: 'Bob', Kind: 'increase', Baseline: 0, Target: 100, Current: 10, ...period }),
    row({ ID: 'KR3', Parent: 'O2', Level: 'annual', Type: 'key result', Title: 'Cost per unit', Owner: 'Cy', Kind: 'decrease', Baseline: 100, Target: 50, Current: 80, ...period }),
    row({ ID: 'KR4', Parent: 'O2', Level: 'annual', Type: 'key result', Title: 'Suppliers renegotiated', Owner: 'Di', Kind: 'increase', Baseline: 0, Target: 10, Current: 4, ...period }),
  ];
}

export function panelOptions(mode: AlignedOptions['mode'], extra: Partial<AlignedOptions> = {}): AlignedOptions {
  return { ...DEFAULT_OPTIONS, mode, ...extra };
}

export interface RenderPanelOptions {
  width?: number;
  height?: number;
  asOf?: number;
  themeMode?: 'light' | 'dark';
}

export function panelProps(
  series: DataFrame[],
  options: AlignedOptions,
  { width = 800, height = 600, asOf = AS_OF }: RenderPanelOptions = {}
): PanelProps<AlignedOptions> {
  const to = dateTime(asOf);
  const from = dateTime(asOf - 30 * 86_400_000);
  const timeRange = { from, to, raw: { from: 'now-30d', to: 'now' } };
  return {
    id: 1,
    data: { state: LoadingState.Done, series, timeRange },
    timeRange,
    timeZone: 'utc',
    options,
    transparent: false,
    width,
    height,
    fieldConfig: { defaults: {}, overrides: [] },
    renderCounter: 0,
    title: 'Aligned',
    eventBus: new EventBusSrv(),
    onOptionsChange: () => {},
    onFieldConfigChange: () => {},
    replaceVariables: (s: string) => s,
    onChangeTimeRange: () => {},
  };
}

export function renderPanel(
  View: React.ComponentType<PanelProps<AlignedOptions>>,
  series: DataFrame[],
  options: AlignedOptions,
  opts: RenderPanelOptions = {}
): RenderResult {
  const theme = createTheme({ colors: { mode: opts.themeMode ?? 'light' } });
  return render(
    <ThemeContext.Provider value={theme}>
      <View {...panelProps(series, options, opts)} />
    </ThemeContext.Provider>
  );
}
