/**
 * Browser bench: the built panel, loaded by the preview's Grafana host page in headless
 * Chromium, against baselines drawn on the same page in the same run:
 *
 * - overlay mode, 10 series × 10,000 points, from the render call to the end of the first draw,
 *   in interleaved rounds with: the same panel with every overlay off, @grafana/ui's TimeSeries
 *   (what Grafana's time series panel draws with) with the target as a threshold line, and a
 *   plain uPlot plot. Issue 16's budget: overlay ≤ 1.1× TimeSeries (printed as met or not met;
 *   a bench reports, it does not fail);
 * - the cascade tree with 1,000 nodes, against a plain React list of the same 1,000 rows.
 *
 * Medians. Prints Markdown tables. `npm run bench` builds the products first; this builds the
 * host page itself. Run it at normal priority on a machine as quiet as you can get.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildHostBundle } from '../preview/buildHost';
import { startPreviewServer } from '../preview/server';
import { chromiumPath } from '../browser/harness';

const RUNS = 7;
/** Interleaved rounds of the side-by-side chart cases (each round times every case once); ALIGNED_BENCH_ROUNDS for a longer run. */
const ROUNDS = Number(process.env.ALIGNED_BENCH_ROUNDS) || 50;
const WARM_UP_ROUNDS = 2;
/** Issue 16's budget: the overlay with every overlay on, at most 1.1× @grafana/ui's TimeSeries. */
const TARGET = 1.1;
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
 * Several cases timed in interleaved rounds on the same page (the order rotates each round),
 * after warm-up rounds, so no case pays the page's warm-up or a busy moment for the others.
 * Returns each case's times and its React commits per render (the most common count).
 */
async function measureRounds(page: Page, cases: Array<[BenchName, number[]]>, rounds: number): Promise<Array<{ times: number[]; commits: number }>> {
  const times = cases.map(() => [] as number[]);
  const commits = cases.map(() => new Map<number, number>());
  for (let round = -WARM_UP_ROUNDS; round < rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + Math.max(0, round)) % cases.length;
      const [name, args] = cases[i];
      const ms = await page.evaluate(
        ([bench, params]) => {
          const api = window.alignedBench as unknown as Record<string, (...a: number[]) => Promise<number>>;
          return api[bench as string](...(params as number[]));
        },
        [name, args] as const
      );
      if (round < 0) continue;
      times[i].push(ms);
      const n = await page.evaluate(() => window.alignedBench!.stats().commits);
      commits[i].set(n, (commits[i].get(n) ?? 0) + 1);
    }
  }
  return cases.map((_, i) => ({ times: times[i], commits: [...commits[i]].sort((a, b) => b[1] - a[1])[0]?.[0] ?? NaN }));
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

    await page.evaluate(() => window.alignedBench!.cacheIcons());
    // Side by side, interleaved: the overlay with every overlay on, the same panel with every
    // overlay off, @grafana/ui's TimeSeries with the target as a threshold line, plain uPlot.
    const [overlay, bare, timeseries, uplot] = await measureRounds(
      page,
      [
        ['overlay', [SERIES, POINTS, 1]],
        ['overlay', [SERIES, POINTS, 0]],
        ['timeseries', [SERIES, POINTS]],
        ['uplot', [SERIES, POINTS]],
      ],
      ROUNDS
    );
    const cascade = await measure(page, 'cascade', [NODES]);
    const list = await measure(page, 'plainList', [NODES]);
    if (errors.length > 0) {
      throw new Error(`The page logged errors during the bench: ${errors.join('; ')}`);
    }

    const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    const data = `${SERIES} series × ${POINTS.toLocaleString('en-US')} points`;
    console.log(
      `Chromium ${version}, headless. ${data}, one page, ${ROUNDS} interleaved rounds after ${WARM_UP_ROUNDS} warm-up rounds; ` +
        'time from the render call to the end of the first draw; medians.\n'
    );
    console.log('| case | median ms | min–max ms | React commits to first draw |');
    console.log('| --- | ---: | ---: | ---: |');
    const caseRow = (name: string, c: { times: number[]; commits: number }) =>
      console.log(`| ${name} | ${fmt(median(c.times))} | ${fmt(Math.min(...c.times))}–${fmt(Math.max(...c.times))} | ${c.commits} |`);
    caseRow('Aligned overlay, every overlay on', overlay);
    caseRow('Aligned overlay, every overlay off', bare);
    caseRow('@grafana/ui TimeSeries + threshold line', timeseries);
    caseRow('plain uPlot', uplot);
    const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(2)}×`;
    // The same round's two times were taken moments apart, so their ratio cancels slow swings in machine load;
    // the fastest of each case is the least disturbed by other processes.
    const paired = (a: number[], b: number[]) => `${median(a.map((x, i) => x / b[i])).toFixed(2)}×`;
    const fastest = (a: number[], b: number[]) => `${(Math.min(...a) / Math.min(...b)).toFixed(2)}×`;
    const verdict = median(overlay.times) / median(timeseries.times) <= TARGET ? 'met' : 'NOT met';
    console.log('\n| ratio | of medians | median of per-round ratios | of fastest |');
    console.log('| --- | ---: | ---: | ---: |');
    const ratioRow = (name: string, a: number[], b: number[], note = '') =>
      console.log(`| ${name} | ${ratio(a, b)}${note} | ${paired(a, b)} | ${fastest(a, b)} |`);
    ratioRow('overlay (all on) ÷ TimeSeries', overlay.times, timeseries.times, ` (target ≤ ${TARGET.toFixed(2)}×: ${verdict})`);
    ratioRow('overlay (all off) ÷ TimeSeries', bare.times, timeseries.times);
    ratioRow('overlay (all on) ÷ overlay (all off)', overlay.times, bare.times);
    ratioRow('overlay (all on) ÷ plain uPlot', overlay.times, uplot.times);
    ratioRow('TimeSeries ÷ plain uPlot', timeseries.times, uplot.times);
    console.log('');
    console.log('| case | median ms | min–max ms | baseline | baseline median ms | ratio |');
    console.log('| --- | ---: | ---: | --- | ---: | ---: |');
    console.log(
      `| cascade tree, ${NODES.toLocaleString('en-US')} nodes | ${fmt(median(cascade))} | ${fmt(Math.min(...cascade))}–${fmt(Math.max(...cascade))} | ` +
        `plain React list, ${NODES.toLocaleString('en-US')} rows | ${fmt(median(list))} | ${ratio(cascade, list)} |`
    );
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
