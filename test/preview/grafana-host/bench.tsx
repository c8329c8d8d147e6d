/**
 * The browser bench's side (page /bench.html): renders the loaded plugin's panel with
 * generated data and times it against baselines on the same page, so both pay the same
 * browser costs. Data is made before the clock starts; a render counts as done when its
 * DOM holds what a person would see (canvas and header, or tree rows) after effects ran.
 * Driven by test/bench/browser.bench.ts through window.alignedBench.
 */
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import uPlot from 'uplot';
import {
  applyFieldOverrides,
  createDataFrame,
  createTheme,
  dateTime,
  EventBusSrv,
  FieldType,
  getPanelOptionsWithDefaults,
  LoadingState,
  ThemeContext,
  ThresholdsMode,
  type DataFrame,
  type PanelPlugin,
} from '@grafana/data';
import { Icon, TimeSeries } from '@grafana/ui';
import type { DemoPayload } from '../demoPayload';
import { sqlLongTable, sqlWideCurrency, prometheusMatrix } from '../../grafana-panel/datasourceFrames';

const WIDTH = 1000;
const HEIGHT = 400;
const DAY_MS = 86_400_000;

/** A small deterministic generator, so every run draws the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeriesData {
  times: number[];
  series: number[][];
  from: number;
  to: number;
}

/** `count` rising random walks of `points` samples, ending now. */
function makeSeries(count: number, points: number): SeriesData {
  const next = random(count * 7919 + points);
  const to = Date.now();
  const step = 15 * 60_000;
  const from = to - (points - 1) * step;
  const times = Array.from({ length: points }, (_, i) => from + i * step);
  const series = Array.from({ length: count }, (_, s) => {
    let value = 100 * (s + 1);
    return times.map(() => (value += next() * 2 - 0.8));
  });
  return { times, series, from, to };
}

/** A 1-mission, 9-pillar, 90-objective, 900-key-result cascade (1,000 rows) in the core's row schema. */
function makeCascadeRows(nodes: number): unknown[][] {
  const next = random(nodes);
  const year = new Date().getUTCFullYear();
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const header = ['ID', 'Parent', 'Level', 'Type', 'Title', 'Owner', 'Kind', 'Baseline', 'Target', 'Current', 'Weight', 'Start', 'End'];
  const rows: unknown[][] = [header];
  const add = (id: string, parent: string, level: string, type: string, kr: boolean) =>
    rows.push([
      id,
      parent,
      level,
      type,
      `Node ${id}`,
      'Owner',
      kr ? 'increase' : '',
      kr ? 0 : '',
      kr ? 100 : '',
      kr ? Math.round(next() * 120) : '',
      1,
      start,
      end,
    ]);
  add('M', '', 'mission', 'objective', false);
  for (let p = 0; rows.length - 1 < nodes && p < 9; p++) {
    add(`P${p}`, 'M', 'pillar', 'objective', false);
    for (let o = 0; o < 10; o++) {
      add(`P${p}-O${o}`, `P${p}`, 'annual', 'objective', false);
      for (let k = 0; k < 10; k++) {
        add(`P${p}-O${o}-K${k}`, `P${p}-O${o}`, 'annual', 'key_result', true);
      }
    }
  }
  return rows.slice(0, nodes + 1);
}

function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** React commits so far (bench.html's stand-in for the DevTools hook counts them), and of the last timed case. */
const reactCommits = () => (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: { commits?: number } }).__REACT_DEVTOOLS_GLOBAL_HOOK__?.commits ?? NaN;
let commits = 0;

/**
 * Renders, then lets effects and follow-up renders run until `done()` holds; returns ms from the
 * render call to the end of the first draw. Every chart here is uPlot, which draws in a microtask
 * after its canvas appears, so the draw has ended once the canvas is there and a task has run.
 */
async function timeRender(render: () => void, done: () => boolean): Promise<number> {
  const commitsBefore = reactCommits();
  const started = performance.now();
  // The timed region as a user timing, so a DevTools or trace recording shows what happens inside it.
  performance.mark('aligned-render-start');
  render();
  // Time-bound rather than count-bound: the first bullets or tree render also fetches that mode's chunk.
  while (!done() && performance.now() - started < 10_000) {
    await macrotask();
  }
  if (!done()) {
    throw new Error('The render never finished: the expected elements did not appear.');
  }
  await macrotask();
  const ms = performance.now() - started;
  performance.measure('aligned-render', 'aligned-render-start');
  commits = reactCommits() - commitsBefore;
  return ms;
}

export interface AlignedBench {
  /** `withOverlays` 0 draws the same panel with every overlay switched off: the baseline. */
  overlay(seriesCount: number, points: number, withOverlays?: number): Promise<number>;
  uplot(seriesCount: number, points: number): Promise<number>;
  /** @grafana/ui's own TimeSeries (what Grafana's time series panel draws with) and a threshold line at the target. */
  timeseries(seriesCount: number, points: number): Promise<number>;
  cascade(nodes: number): Promise<number>;
  /**
   * Draws the overlay with series of the given names in a panel `width` px wide and, once the
   * browser has laid it out, reports the legend box's predicted height and its real one (both
   * capped at 35 % of the panel, past which the legend scrolls and the chart no longer depends on it).
   */
  legendFit(names: string[], width: number): Promise<{ predicted: number; laidOut: number }>;
  /** Leaves one query shape drawn by the panel on the page, for screenshots: 'units' or 'long', in 'overlay' or 'bullets'. */
  showcase(shape: string, mode: string): Promise<void>;
  plainList(nodes: number): Promise<number>;
  /**
   * Loads the icons the panel can show into @grafana/ui's icon cache, as Grafana does at start-up
   * (its icon bundle fills the cache), so no timed render waits for or pays an icon request.
   */
  cacheIcons(): Promise<void>;
  /** About the last timed case: its React commits until the end of its first draw. */
  stats(): { commits: number };
}

declare global {
  interface Window {
    alignedBench?: AlignedBench;
  }
}

export function installBench(plugin: PanelPlugin, _demo: DemoPayload): void {
  const theme = createTheme({ colors: { mode: 'light' } });
  const eventBus = new EventBusSrv();
  const host = document.getElementById('root')!;

  function fresh(width = WIDTH): { element: HTMLDivElement; root: Root } {
    host.replaceChildren();
    const element = document.createElement('div');
    element.style.width = `${width}px`;
    element.style.height = `${HEIGHT}px`;
    host.append(element);
    return { element, root: createRoot(element) };
  }

  /** The panel with Grafana's props, data already through field overrides (Grafana does that before the panel). */
  function panelElement(frames: DataFrame[], storedOptions: Record<string, unknown>, from: number, to: number, width = WIDTH) {
    const { options, fieldConfig } = getPanelOptionsWithDefaults({
      plugin,
      currentOptions: storedOptions,
      currentFieldConfig: { defaults: {}, overrides: [] },
      isAfterPluginChange: false,
    });
    const replaceVariables = (value: string) => value;
    const timeRange = { from: dateTime(from), to: dateTime(to), raw: { from: dateTime(from), to: dateTime(to) } };
    const series = applyFieldOverrides({
      data: frames,
      fieldConfig,
      fieldConfigRegistry: plugin.fieldConfigRegistry,
      replaceVariables,
      theme,
      timeZone: 'utc',
    });
    const Panel = plugin.panel!;
    return (
      <ThemeContext.Provider value={theme}>
        <Panel
          id={1}
          data={{ state: LoadingState.Done, series, timeRange }}
          timeRange={timeRange}
          timeZone="utc"
          options={options}
          fieldConfig={fieldConfig}
          transparent={false}
          width={width}
          height={HEIGHT}
          renderCounter={0}
          title="bench"
          eventBus={eventBus}
          onOptionsChange={() => undefined}
          onFieldConfigChange={() => undefined}
          replaceVariables={replaceVariables}
          onChangeTimeRange={() => undefined}
        />
      </ThemeContext.Provider>
    );
  }

  window.alignedBench = {
    async cacheIcons() {
      const holder = document.createElement('div');
      holder.style.display = 'none';
      document.body.append(holder);
      const names = ['info-circle', 'bell', 'bell-slash', 'angle-down', 'angle-right', 'exclamation-triangle'] as const;
      flushSync(() =>
        createRoot(holder).render(
          <>
            {names.map((name) => (
              <Icon key={name} name={name} />
            ))}
          </>
        )
      );
      const started = performance.now();
      while (holder.querySelectorAll('svg path').length < names.length && performance.now() - started < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (holder.querySelectorAll('svg path').length < names.length) throw new Error('The panel\'s icons did not load.');
    },

    stats() {
      return { commits };
    },

    async overlay(seriesCount, points, withOverlays = 1) {
      const on = withOverlays !== 0;
      const data = makeSeries(seriesCount, points);
      const frame = createDataFrame({
        refId: 'A',
        fields: [
          { name: 'time', type: FieldType.time, values: data.times },
          ...data.series.map((values, s) => ({ name: `series ${s + 1}`, type: FieldType.number, values })),
        ],
      });
      const periodEnd = data.to + 14 * DAY_MS;
      const element = panelElement(
        [frame],
        {
          mode: 'overlay',
          keyResult: { target: '2000', reducer: 'lastNotNull' },
          period: { source: 'dashboard' },
          overlay: {
            showTarget: on,
            showPace: on,
            bands: on ? 'pace' : 'none',
            forecast: on ? 'trend' : 'none',
            showNow: on,
            showPeriodEdges: on,
            showHeader: true,
            showChange: true,
          },
        },
        data.from,
        periodEnd
      );
      const { element: box, root } = fresh();
      const ms = await timeRender(
        () => flushSync(() => root.render(element)),
        () => box.querySelector('canvas') !== null && box.querySelector('[data-testid="aligned-header"]') !== null
      );
      root.unmount();
      return ms;
    },

    async timeseries(seriesCount, points) {
      const data = makeSeries(seriesCount, points);
      // The time series panel's field defaults, and the target as a threshold drawn as a line.
      const custom = {
        drawStyle: 'line',
        lineInterpolation: 'linear',
        lineWidth: 1,
        fillOpacity: 0,
        showPoints: 'auto',
        pointSize: 4,
        spanNulls: false,
        axisPlacement: 'auto',
        thresholdsStyle: { mode: 'line' },
      };
      const thresholds = { mode: ThresholdsMode.Absolute, steps: [{ value: -Infinity, color: 'green' }, { value: 2000, color: 'red' }] };
      const frame = createDataFrame({
        refId: 'A',
        fields: [
          { name: 'time', type: FieldType.time, values: data.times },
          ...data.series.map((values, s) => ({ name: `series ${s + 1}`, type: FieldType.number, values, config: { custom, thresholds } })),
        ],
      });
      const periodEnd = data.to + 14 * DAY_MS;
      const timeRange = { from: dateTime(data.from), to: dateTime(periodEnd), raw: { from: dateTime(data.from), to: dateTime(periodEnd) } };
      const frames = applyFieldOverrides({
        data: [frame],
        fieldConfig: { defaults: {}, overrides: [] },
        replaceVariables: (value: string) => value,
        theme,
        timeZone: 'utc',
      });
      const legend = { showLegend: true, displayMode: 'list', placement: 'bottom', calcs: [] } as const;
      const element = (
        <ThemeContext.Provider value={theme}>
          <TimeSeries frames={frames} timeRange={timeRange} timeZone="utc" width={WIDTH} height={HEIGHT} legend={legend as never} />
        </ThemeContext.Provider>
      );
      const { element: box, root } = fresh();
      const ms = await timeRender(
        () => flushSync(() => root.render(element)),
        () => box.querySelector('canvas') !== null
      );
      root.unmount();
      return ms;
    },

    async uplot(seriesCount, points) {
      const data = makeSeries(seriesCount, points);
      const columns: uPlot.AlignedData = [data.times.map((t) => t / 1000), ...data.series];
      const options: uPlot.Options = {
        width: WIDTH,
        height: HEIGHT,
        series: [{}, ...data.series.map((_, s) => ({ label: `series ${s + 1}`, stroke: `hsl(${s * 36}, 70%, 45%)` }))],
      };
      const { element: box, root } = fresh();
      let plot: uPlot | null = null;
      const ms = await timeRender(
        () => {
          plot = new uPlot(options, columns, box);
        },
        () => box.querySelector('canvas') !== null
      );
      (plot as uPlot | null)?.destroy();
      root.unmount();
      return ms;
    },

    async legendFit(names, width) {
      const data = makeSeries(names.length, 200);
      const frame = createDataFrame({
        refId: 'A',
        fields: [
          { name: 'time', type: FieldType.time, values: data.times },
          ...data.series.map((values, s) => ({ name: names[s], type: FieldType.number, values })),
        ],
      });
      const storedOptions = { mode: 'overlay', keyResult: { target: '2000' }, period: { source: 'dashboard' }, overlay: { bands: 'pace', forecast: 'trend' } };
      const element = panelElement([frame], storedOptions, data.from, data.to + 14 * DAY_MS, width);
      const { element: box, root } = fresh(width);
      flushSync(() => root.render(element));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const legendBox = box.querySelector<HTMLElement>('[data-predicted-height]');
      const list = box.querySelector<HTMLElement>('[data-testid="aligned-legend"]');
      const cap = Math.floor(HEIGHT * 0.35);
      const result = {
        predicted: Math.min(cap, Number(legendBox?.dataset.predictedHeight)),
        laidOut: Math.min(cap, list?.getBoundingClientRect().height ?? NaN),
      };
      root.unmount();
      return result;
    },

    async showcase(shape, mode) {
      const frames = shape === 'long' ? sqlLongTable() : shape === 'prometheus' ? prometheusMatrix(true) : sqlWideCurrency();
      const target = shape === 'long' ? '1000' : shape === 'prometheus' ? '1500' : '30000';
      const times = frames[0].fields[0].values as number[];
      const from = times[0];
      const element = panelElement(frames, { mode, keyResult: { target }, period: { source: 'dashboard' } }, from, from + 92 * DAY_MS);
      const { element: box, root } = fresh();
      await timeRender(
        () => flushSync(() => root.render(element)),
        () => box.querySelector(mode === 'overlay' ? 'canvas' : '[role="listitem"]') !== null
      );
    },

    async cascade(nodes) {
      const rows = makeCascadeRows(nodes);
      const [header, ...body] = rows;
      const frame = createDataFrame({
        refId: 'OKR',
        fields: (header as string[]).map((name, column) => ({
          name,
          type: body.every((r) => typeof r[column] === 'number' || r[column] === '') && name !== 'ID' ? FieldType.number : FieldType.string,
          values: body.map((r) => (r[column] === '' ? null : r[column])),
        })),
      });
      const year = new Date().getUTCFullYear();
      const element = panelElement([frame], { mode: 'tree' }, Date.UTC(year, 0, 1), Date.now());
      const { element: box, root } = fresh();
      const ms = await timeRender(
        () => flushSync(() => root.render(element)),
        () => box.querySelector('[role="treeitem"]') !== null
      );
      root.unmount();
      return ms;
    },

    async plainList(nodes) {
      const rows = makeCascadeRows(nodes).slice(1);
      const { element: box, root } = fresh();
      const list = (
        <ul style={{ height: HEIGHT, overflow: 'auto' }}>
          {rows.map((row) => (
            <li key={String(row[0])}>{`${String(row[4])} · ${String(row[9])}`}</li>
          ))}
        </ul>
      );
      const ms = await timeRender(
        () => flushSync(() => root.render(list)),
        () => box.querySelector('li') !== null
      );
      root.unmount();
      return ms;
    },
  };
}
