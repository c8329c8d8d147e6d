/**
 * Browser bench: the built panel, loaded by the preview's Grafana host page in headless
 * Chromium, against baselines drawn on the same page in the same run:
 *
 * - overlay mode, 10 series × 10,000 points, every overlay on, against the same panel with
 *   every overlay off (the overlays' own cost; the budget is 20 %), and against a plain uPlot
 *   plot of the same data (the chart library Grafana's own time series panel uses);
 * - the cascade tree with 1,000 nodes, against a plain React list of the same 1,000 rows.
 *
 * Median of several runs after a warm-up. Prints a Markdown table. `npm run bench` builds
 * the products first; this builds the host page itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildHostBundle } from '../preview/buildHost';
import { startPreviewServer } from '../preview/server';
import { chromiumPath } from '../browser/harness';

const RUNS = 7;
const SERIES = 10;
const POINTS = 10_000;
const NODES = 1_000;

type BenchName = 'overlay' | 'uplot' | 'timeseries' | 'cascade' | 'plainList';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function measure(page: Page, name: BenchName, args: number[]): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const ms = await page.evaluate(
      ([bench, params]) => {
        const api = window.alignedBench as unknown as Record<string, (...a: number[]) => Promise<number>>;
        return api[bench as string](...(params as number[]));
      },
      [name, args] as const
    );
    if (run > 0) {
      times.push(ms); // run 0 warms the JIT and the caches
    }
  }
  return times;
}

/**
 * Two cases timed in alternation on the same page, after a warm-up of each, so that neither
 * pays the page's own warm-up (JIT, caches, first layout) for the other.
 */
async function measurePair(page: Page, a: [BenchName, number[]], b: [BenchName, number[]]): Promise<[number[], number[]]> {
  const run = (name: BenchName, args: number[]) =>
    page.evaluate(
      ([bench, params]) => {
        const api = window.alignedBench as unknown as Record<string, (...a: number[]) => Promise<number>>;
        return api[bench as string](...(params as number[]));
      },
      [name, args] as const
    );
  const first: number[] = [];
  const second: number[] = [];
  for (let round = 0; round <= RUNS; round++) {
    const [x, y] = round % 2 === 0 ? [await run(...a), await run(...b)] : [NaN, NaN];
    const [y2, x2] = round % 2 === 1 ? [await run(...b), await run(...a)] : [y, x];
    if (round > 0) {
      first.push(round % 2 === 0 ? x : x2);
      second.push(round % 2 === 0 ? y : y2);
    }
  }
  return [first, second];
}

/**
 * Several cases timed in interleaved rounds on the same page (the order rotates each round),
 * after one warm-up round, so no case pays the page's warm-up or a busy moment for the others.
 */
async function measureRounds(page: Page, cases: Array<[BenchName, number[]]>, rounds: number): Promise<number[][]> {
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round <= rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + round) % cases.length;
      const [name, args] = cases[i];
      const ms = await page.evaluate(
        ([bench, params]) => {
          const api = window.alignedBench as unknown as Record<string, (...a: number[]) => Promise<number>>;
          return api[bench as string](...(params as number[]));
        },
        [name, args] as const
      );
      if (round > 0) times[i].push(ms);
    }
  }
  return times;
}

function fmt(ms: number): string {
  return ms.toFixed(1);
}

async function main(): Promise<void> {
  const executablePath = await chromiumPath();
  await buildHostBundle({ quiet: true });
  const server = await startPreviewServer({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'aligned-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.url}/bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, { timeout: 60_000 });
    if ((await page.evaluate(() => document.body.dataset.ready)) !== 'true') {
      throw new Error(`The bench page failed to start: ${errors.join('; ')}`);
    }

    const [overlay, bare] = await measurePair(page, ['overlay', [SERIES, POINTS, 1]], ['overlay', [SERIES, POINTS, 0]]);
    // Side by side: the overlay with every overlay on, @grafana/ui's TimeSeries with a threshold line, plain uPlot.
    const [sideOverlay, timeseries, uplot] = await measureRounds(
      page,
      [
        ['overlay', [SERIES, POINTS, 1]],
        ['timeseries', [SERIES, POINTS]],
        ['uplot', [SERIES, POINTS]],
      ],
      RUNS + 4
    );
    const cascade = await measure(page, 'cascade', [NODES]);
    const list = await measure(page, 'plainList', [NODES]);
    if (errors.length > 0) {
      throw new Error(`The page logged errors during the bench: ${errors.join('; ')}`);
    }

    const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    console.log(`Chromium ${version}, headless, ${RUNS} runs after a warm-up; time from render call to a finished DOM (effects run).\n`);
    console.log('| case | median ms | min–max ms | baseline | baseline median ms | ratio |');
    console.log('| --- | ---: | ---: | --- | ---: | ---: |');
    const row = (name: string, times: number[], baseline: string, base: number[]) =>
      console.log(
        `| ${name} | ${fmt(median(times))} | ${fmt(Math.min(...times))}–${fmt(Math.max(...times))} | ${baseline} | ${fmt(median(base))} | ${(median(times) / median(base)).toFixed(2)}× |`
      );
    row(`overlay, ${SERIES} series × ${POINTS.toLocaleString('en-US')} points, all overlays`, overlay, 'the same panel, overlays off', bare);
    row(`overlay, ${SERIES} series × ${POINTS.toLocaleString('en-US')} points, all overlays`, sideOverlay, "@grafana/ui TimeSeries + threshold line, same data", timeseries);
    row(`overlay, ${SERIES} series × ${POINTS.toLocaleString('en-US')} points, all overlays`, sideOverlay, 'plain uPlot, same data', uplot);
    row(`@grafana/ui TimeSeries + threshold line`, timeseries, 'plain uPlot, same data', uplot);
    row(`cascade tree, ${NODES.toLocaleString('en-US')} nodes`, cascade, `plain React list, ${NODES.toLocaleString('en-US')} rows`, list);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
