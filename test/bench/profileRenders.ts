/**
 * `npx tsx test/bench/profileRenders.ts [case] [rounds]`: CPU profile of the bench page's renders
 * (default: the overlay with every overlay on, 10 series × 10,000 points, 20 renders after a
 * warm-up), printed as inclusive ms per render for the functions that take the most. Build the
 * panel first (`npm run build:panel`). Names after `top` print the stacks through each (STACK_DEPTH
 * frames deep, the STACKS heaviest); CALLEES=name,name prints where each one's time goes. The profile behind the README's Performance notes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildHostBundle, REPO_ROOT } from '../preview/buildHost';
import { startPreviewServer } from '../preview/server';
import { chromiumPath } from '../browser/harness';
import { calleesOf, inclusiveTimes, panelFrameNamer, profile, selfTimes, stacksThrough } from './cpuProfile';

const [benchCase = 'overlay', roundsText = '20', top = '70', ...callersOf] = process.argv.slice(2);
const ROUNDS = Number(roundsText);
const ARGS: Record<string, number[]> = { overlay: [10, 10_000, 1], bare: [10, 10_000, 0], timeseries: [10, 10_000], uplot: [10, 10_000] };

async function main(): Promise<void> {
  await buildHostBundle({ quiet: true });
  const server = await startPreviewServer({ port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'aligned-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: await chromiumPath(),
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
    await page.evaluate(() => window.alignedBench!.cacheIcons());
    const name = benchCase === 'bare' ? 'overlay' : benchCase;
    const run = () =>
      page.evaluate(
        ([bench, params]) => (window.alignedBench as unknown as Record<string, (...a: number[]) => Promise<number>>)[bench](...params),
        [name, ARGS[benchCase]] as const
      );
    for (let i = 0; i < 5; i++) await run();
    // How many plots (canvases) each render creates and how many times they are cleared (one clear per uPlot draw).
    await page.evaluate(() => {
      const counts = { canvases: 0, clears: 0, styleRules: 0, styleTexts: 0 };
      (window as unknown as { benchCounts: typeof counts }).benchCounts = counts;
      const create = document.createElement.bind(document);
      document.createElement = ((tag: string, options?: ElementCreationOptions) => {
        if (tag.toLowerCase() === 'canvas') counts.canvases++;
        return create(tag, options);
      }) as typeof document.createElement;
      const insert = CSSStyleSheet.prototype.insertRule;
      CSSStyleSheet.prototype.insertRule = function (...args: [string, number?]) {
        counts.styleRules++;
        return insert.apply(this, args);
      };
      const append = Node.prototype.appendChild;
      Node.prototype.appendChild = function <T extends Node>(this: Node, child: T): T {
        if (this instanceof HTMLStyleElement || child instanceof HTMLStyleElement) counts.styleTexts++;
        return append.call(this, child) as T;
      };
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...args: [number, number, number, number]) {
        counts.clears++;
        return clear.apply(this, args);
      };
    });
    for (let i = 0; i < 5; i++) await run();
    console.log('per 5 renders:', await page.evaluate(() => (window as unknown as { benchCounts: unknown }).benchCounts));
    const cdp = await context.newCDPSession(page);
    let total = 0;
    const p = await profile(cdp, async () => {
      for (let i = 0; i < ROUNDS; i++) total += await run();
    });
    console.log(`${benchCase}: ${ROUNDS} renders, median-free mean ${(total / ROUNDS).toFixed(1)} ms (timed region, profiler on)`);
    const namer = panelFrameNamer(join(REPO_ROOT, 'grafana-panel', 'dist'));
    console.log('\nInclusive ms per render:');
    for (const [fn, ms] of inclusiveTimes(p, namer).slice(0, Number(top))) console.log(`${(ms / ROUNDS).toFixed(2).padStart(8)} ms  ${fn}`);
    for (const needle of callersOf) {
      console.log(`\nStacks through ${needle}, ms per render:`);
      for (const [stack, ms] of stacksThrough(p, namer, needle, Number(process.env.STACK_DEPTH ?? 12)).slice(0, Number(process.env.STACKS ?? 6))) console.log(`${(ms / ROUNDS).toFixed(2).padStart(8)} ms  ${stack}`);
    }
    for (const needle of (process.env.CALLEES ?? '').split(',').filter(Boolean)) {
      console.log(`\nInside ${needle}, ms per render:`);
      for (const [fn, ms] of calleesOf(p, namer, needle).slice(0, 15)) console.log(`${(ms / ROUNDS).toFixed(2).padStart(8)} ms  ${fn}`);
    }
    console.log('\nSelf ms per render:');
    for (const [fn, ms] of selfTimes(p, namer).slice(0, 40)) console.log(`${(ms / ROUNDS).toFixed(2).padStart(8)} ms  ${fn}`);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
