/**
 * Render cost of the panel's tree and bullets modes in jsdom (not a browser: figures are for
 * comparing, not for promising frame times). Baseline in the same run: a plain <ul> of 1,000
 * <li> text items rendered by the same React. Run: `npx tsx test/bench/panel-modes.bench.ts`.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// Loads CommonJS builds (see main) and jsdom, which has no type declarations here.
const load = createRequire(__filename);

// Grafana runs React's production build, so that is measured by default (development adds checks
// to every call). Production React has no act(): the commit is forced with flushSync instead.
// BENCH_REACT_DEV=1 measures the development build through act().
const DEV = process.env.BENCH_REACT_DEV === '1';
process.env.NODE_ENV = DEV ? 'development' : 'production';

// The little of jsdom's API the bench uses.
const { JSDOM } = load('jsdom') as {
  JSDOM: new (html: string, options: object) => { window: Window & typeof globalThis };
};

// A DOM before React and @grafana/ui load: they read window, document and matchMedia on import.
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
const g = globalThis as unknown as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in g)) {
    g[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
}
// Node has its own Event classes; DOM code must get jsdom's, or dispatchEvent rejects them.
for (const key of ['Event', 'CustomEvent', 'EventTarget', 'MessageEvent', 'AbortController', 'AbortSignal']) {
  g[key] = (dom.window as unknown as Record<string, unknown>)[key];
}
g.window = dom.window;
g.document = dom.window.document;
g.IS_REACT_ACT_ENVIRONMENT = true;
dom.window.matchMedia = ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
})) as unknown as typeof dom.window.matchMedia;
g.matchMedia = dom.window.matchMedia;
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
g.ResizeObserver = NoResizeObserver;
(dom.window as unknown as Record<string, unknown>).ResizeObserver = NoResizeObserver;
dom.window.HTMLCanvasElement.prototype.getContext = (() => null) as never;

const RUNS = 9;
/** Mounts of every case before any is timed: React, emotion and the JIT warm up over the first few. */
const WARMUPS = 5;
const DAY = 86_400_000;
const AS_OF = Date.UTC(2026, 6, 2, 12);

async function main() {
  // CommonJS loading, not import(): Node's ESM loader cannot read @grafana/data's ESM build (moment-timezone
  // is CommonJS without detectable named exports); the CommonJS builds load fine.
  // @grafana/ui's CommonJS build requires uPlot's stylesheet; styles do not matter to jsdom.
  (load as unknown as { extensions: Record<string, (m: unknown) => void> }).extensions['.css'] = () => {};
  const React = load('react') as typeof import('react');
  const { createRoot } = load('react-dom/client') as typeof import('react-dom/client');
  const { flushSync } = load('react-dom') as typeof import('react-dom');
  /** Runs an update and returns once React has committed it (and, with act, run its effects). */
  const commit = async (update: () => void) => {
    if (DEV) {
      await React.act(async () => update());
    } else {
      flushSync(update);
    }
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const data = load('@grafana/data') as typeof import('@grafana/data');
  const { TreeView } = load('../../grafana-panel/src/modes/tree/TreeView') as typeof import('../../grafana-panel/src/modes/tree/TreeView');
  const { BulletsView } = load('../../grafana-panel/src/modes/bullets/BulletsView') as typeof import('../../grafana-panel/src/modes/bullets/BulletsView');
  const { buildCascadeModel } = load('../../grafana-panel/src/modes/tree/cascadeModel') as typeof import('../../grafana-panel/src/modes/tree/cascadeModel');
  const { DEFAULT_OPTIONS } = load('../../grafana-panel/src/defaults') as typeof import('../../grafana-panel/src/defaults');
  type Props = import('@grafana/data').PanelProps<import('../../grafana-panel/src/types').AlignedOptions>;

  const header = ['ID', 'Parent', 'Level', 'Type', 'Title', 'Owner', 'Kind', 'Baseline', 'Target', 'Current', 'Start', 'End'];
  const frameOf = (rows: unknown[][]) =>
    data.toDataFrame({ refId: 'OKR', fields: header.map((name, c) => ({ name, values: rows.map((r) => r[c]) })) });

  /** 1,000 nodes: a mission, 9 objectives, 90 sub-objectives, 900 key results. */
  function cascadeRows(): unknown[][] {
    const rows: unknown[][] = [['M', null, 'mission', 'objective', 'Mission', 'CEO', null, null, null, null, '2026-01-01', '2026-12-31']];
    for (let i = 0; i < 9; i++) rows.push([`P${i}`, 'M', 'pillar', 'objective', `Pillar ${i}`, `Lead ${i}`, null, null, null, null, null, null]);
    for (let i = 0; i < 90; i++) rows.push([`A${i}`, `P${i % 9}`, 'annual', 'objective', `Annual ${i}`, `Owner ${i % 13}`, null, null, null, null, null, null]);
    for (let i = 0; i < 900; i++) {
      rows.push([`K${i}`, `A${i % 90}`, 'quarterly', 'key result', `Key result ${i}`, `Owner ${i % 17}`, 'increase', 0, 100, (i * 37) % 101, null, null]);
    }
    return rows;
  }
  function bulletRows(): unknown[][] {
    const rows: unknown[][] = [];
    for (let o = 0; o < 5; o++) rows.push([`O${o}`, null, 'annual', 'objective', `Objective ${o}`, `Team ${o}`, null, null, null, null, '2026-01-01', '2026-12-31']);
    for (let k = 0; k < 50; k++) rows.push([`K${k}`, `O${k % 5}`, 'annual', 'key result', `Key result ${k}`, `Owner ${k % 7}`, 'increase', 0, 50, k, null, null]);
    return rows;
  }

  const theme = data.createTheme({ colors: { mode: 'dark' } });
  function props(series: ReturnType<typeof frameOf>[], options: Props['options']): Props {
    const to = data.dateTime(AS_OF);
    const timeRange = { from: data.dateTime(AS_OF - 30 * DAY), to, raw: { from: 'now-30d', to: 'now' } };
    return {
      id: 1,
      data: { state: data.LoadingState.Done, series, timeRange },
      timeRange,
      timeZone: 'utc',
      options,
      transparent: false,
      width: 800,
      height: 600,
      fieldConfig: { defaults: {}, overrides: [] },
      renderCounter: 0,
      title: '',
      eventBus: new data.EventBusSrv(),
      onOptionsChange: () => {},
      onFieldConfigChange: () => {},
      replaceVariables: (s: string) => s,
      onChangeTimeRange: () => {},
    };
  }

  /** Median wall time of mounting an element (first commit, effects flushed by act). */
  async function measure(make: () => React.ReactElement, check: (root: HTMLElement) => string): Promise<{ ms: number; note: string }> {
    const times: number[] = [];
    let note = '';
    for (let run = 0; run < RUNS; run++) {
      const container = document.createElement('div');
      document.body.appendChild(container);
      const root = createRoot(container);
      const element = make();
      const t0 = performance.now();
      await commit(() => root.render(element));
      const t1 = performance.now();
      await settle();
      times.push(t1 - t0);
      note = check(container);
      await commit(() => root.unmount());
      container.remove();
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], note };
  }

  /** Mounts and unmounts without timing, so no case pays for the warm-up of the ones before it. */
  async function warmUp(make: () => React.ReactElement) {
    for (let run = 0; run < WARMUPS; run++) {
      const container = document.createElement('div');
      document.body.appendChild(container);
      const root = createRoot(container);
      await commit(() => root.render(make()));
      await settle();
      await commit(() => root.unmount());
      container.remove();
    }
  }

  const withTheme = (child: React.ReactElement) => React.createElement(data.ThemeContext.Provider, { value: theme }, child);
  const items = Array.from({ length: 1000 }, (_, i) => `Item ${i}`);
  const treeSeries = [frameOf(cascadeRows())];
  const bulletSeries = [frameOf(bulletRows())];
  const makeList = () => React.createElement('ul', null, items.map((t) => React.createElement('li', { key: t }, t)));
  const makeTreeAll = () =>
    withTheme(React.createElement(TreeView, props(treeSeries, { ...DEFAULT_OPTIONS, mode: 'tree', tree: { expandDepth: 7 } })));
  const makeTreeDefault = () => withTheme(React.createElement(TreeView, props(treeSeries, { ...DEFAULT_OPTIONS, mode: 'tree', tree: {} })));
  const makeBullets = () =>
    withTheme(React.createElement(BulletsView, props(bulletSeries, { ...DEFAULT_OPTIONS, mode: 'bullets', bullets: {} })));
  for (const make of [makeList, makeTreeAll, makeTreeDefault, makeBullets]) {
    await warmUp(make);
  }

  const baseline = await measure(
    makeList,
    (c) => `${c.querySelectorAll('li').length} <li>`
  );

  const treeAll = await measure(
    makeTreeAll,
    (c) => `${c.querySelector('[role="tree"]') ? '' : 'NO TREE! '}${c.querySelectorAll('[role="treeitem"]').length} rows in the DOM of 1,000 open`
  );
  // The core's share of the tree: parse the rows, link the cascade, evaluate every node.
  const modelTimes: number[] = [];
  for (let run = 0; run < RUNS + WARMUPS; run++) {
    const t0 = performance.now();
    buildCascadeModel({ series: treeSeries, frameRefId: '', reducer: 'lastNotNull', asOf: AS_OF, timeZone: 'UTC', rollupMode: 'weighted' });
    if (run >= WARMUPS) modelTimes.push(performance.now() - t0);
  }
  modelTimes.sort((a, b) => a - b);
  const model = { ms: modelTimes[Math.floor(modelTimes.length / 2)], note: 'no DOM: parseRows + buildCascade + evaluateCascade' };
  const treeDefault = await measure(
    makeTreeDefault,
    (c) => `${c.querySelectorAll('[role="treeitem"]').length} rows (2 levels open)`
  );
  const bullets = await measure(
    makeBullets,
    (c) => `${c.querySelectorAll('[data-bullet-id]').length} bullets`
  );

  const row = (name: string, r: { ms: number; note: string }) =>
    `| ${name} | ${r.ms.toFixed(1)} | ${(r.ms / baseline.ms).toFixed(2)} | ${r.note} |`;
  console.log(`Render in jsdom (median of ${RUNS} mounts, after ${WARMUPS} untimed mounts of every case), React ${React.version} ${DEV ? 'development build via act()' : 'production build via flushSync'}, dark theme, 800 × 600 panel.\n`);
  console.log('| render | ms (jsdom) | × baseline | DOM |');
  console.log('| --- | ---: | ---: | --- |');
  console.log(row('baseline: <ul> of 1,000 <li>', baseline));
  console.log(row('tree, 1,000 nodes, all open (parse + cascade + evaluate + window)', treeAll));
  console.log(row('tree, 1,000 nodes, default 2 levels open', treeDefault));
  console.log(row('  of which the core model (1,000 rows)', model));
  console.log(row('bullets, 50 key results', bullets));
  console.log(`\nTarget: tree ≤ 100 ms in jsdom → ${treeAll.ms <= 100 ? 'met' : 'NOT met'} (${treeAll.ms.toFixed(1)} ms).`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
