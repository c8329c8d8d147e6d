/**
 * Custom functions through the BUILT dist/Code.js, run in node:vm as Apps Script runs it:
 * - OKR_PROGRESS over a 50,000-row range (target ≤ 50 ms), against a bare loop doing the same
 *   arithmetic over the same 2-D arrays in the same context;
 * - OKR_ROLLUP over a 20,000-row cascade (target ≤ 100 ms), against the core's rollupColumns
 *   called directly on flat arrays (what the Sheets adapter adds on top);
 * - the size of Code.js, raw and gzipped, and what its Russian texts add: Code.js against the same
 *   build with them left out (the core's Russian catalogue, the add-on's, the sample's words).
 *   Budget (issue 13): the core's message catalogue adds at most 10 KB gzipped (KB = 1,024 B, as for the
 *   panel's 50 KB budget); the
 *   add-on's own words (menu, sidebars, sheets, mails) are reported beside it.
 * Figures are medians of timed runs after warm-up. A measurement, not a test.
 *
 * node:vm makes every global lookup (Array, String, NaN…) go through an interceptor, which
 * Apps Script's V8 does not; the same Code.js is therefore also timed in the main realm
 * (vm.runInThisContext), to tell the cost of the code from the cost of the sandbox.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { rollupColumns } from '@aligned/core';
import { basicGlobals, buildWithoutRussian, CODE_JS, ensureBuilt, loadCodeJs } from '../../sheets-addon/build/sandbox';

const PROGRESS_ROWS = 50_000;
const ROLLUP_ROWS = 20_000;
const WARMUP = 5;
const RUNS = 21;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Timing {
  /** Median wall-clock milliseconds. */
  wall: number;
  /** Median process CPU milliseconds (user + system): steadier when other jobs share the machine. */
  cpu: number;
}

function time(run: () => unknown): Timing {
  for (let i = 0; i < WARMUP; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const ms = (t: Timing) => `${t.wall.toFixed(1)} ms (CPU ${t.cpu.toFixed(1)})`;
const ratio = (a: Timing, b: Timing) => `${(a.wall / b.wall).toFixed(1)}× (CPU ${(a.cpu / b.cpu).toFixed(1)}×)`;
const verdict = (t: Timing, target: number) => (t.wall <= target ? 'met' : t.cpu <= target ? 'met in CPU time' : 'MISSED');

ensureBuilt();
const code = readFileSync(CODE_JS, 'utf8');
const ctx = loadCodeJs(basicGlobals('Etc/UTC'), code);

// The ranges are built inside the context, as Sheets builds them inside the script's realm.
vm.runInContext(
  `
  var current = [], target = [], baseline = [];
  for (var i = 0; i < ${PROGRESS_ROWS}; i++) {
    current.push([(i * 7919) % 1000]);
    target.push([800 + (i % 50)]);
    baseline.push([i % 3 === 0 ? '' : 100]);
  }
  // The same arithmetic with no adapter: read, (c - s) / (t - s), clamp to [0, 1], write.
  function bareLoop(c, t, s) {
    var out = new Array(c.length);
    for (var r = 0; r < c.length; r++) {
      var b = s[r][0] === '' ? 0 : s[r][0];
      var p = (c[r][0] - b) / (t[r][0] - b);
      out[r] = [p > 1 ? 1 : p > 0 ? p : 0];
    }
    return out;
  }
  var ids = [], parents = [], progress = [];
  for (var j = 0; j < ${ROLLUP_ROWS}; j++) {
    ids.push(['N' + j]);
    parents.push([j === 0 ? '' : 'N' + Math.floor((j - 1) / 4)]);
    progress.push([j >= ${ROLLUP_ROWS / 4} ? ((j * 31) % 100) / 100 : '']);
  }
  `,
  ctx,
);

const viaBundle = vm.runInContext('OKR_PROGRESS(current, target, baseline)', ctx) as unknown[][];
const viaLoop = vm.runInContext('bareLoop(current, target, baseline)', ctx) as unknown[][];
for (let r = 0; r < PROGRESS_ROWS; r += 997) {
  if (Math.abs((viaBundle[r][0] as number) - (viaLoop[r][0] as number)) > 1e-12) {
    throw new Error(`row ${r}: OKR_PROGRESS gave ${String(viaBundle[r][0])}, the bare loop ${String(viaLoop[r][0])}`);
  }
}

const progressMs = time(() => vm.runInContext('OKR_PROGRESS(current, target, baseline)', ctx));
const bareMs = time(() => vm.runInContext('bareLoop(current, target, baseline)', ctx));
const rollupMs = time(() => vm.runInContext('OKR_ROLLUP(ids, parents, progress)', ctx));

// The same Code.js as a plain script of this realm, over the same data copied out of the context.
vm.runInThisContext(code, { filename: 'Code.js' });
const main = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
const copy = (name: string) => (vm.runInContext(name, ctx) as unknown[][]).map((row) => [row[0]]);
const [hostCurrent, hostTarget, hostBaseline] = [copy('current'), copy('target'), copy('baseline')];
const [hostIds, hostParents, hostProgress] = [copy('ids'), copy('parents'), copy('progress')];
const progressMainMs = time(() => main.OKR_PROGRESS(hostCurrent, hostTarget, hostBaseline));
const rollupMainMs = time(() => main.OKR_ROLLUP(hostIds, hostParents, hostProgress));

const flat = (name: string) => (vm.runInContext(name, ctx) as unknown[][]).map((row) => row[0]);
const [flatIds, flatParents, flatProgress] = [flat('ids'), flat('parents'), flat('progress')];
const coreRollupMs = time(() => rollupColumns(flatIds, flatParents, flatProgress));

const rawKiB = Buffer.byteLength(code) / 1024;
const gzipKiB = gzipSync(code, { level: 9 }).length / 1024;

const progressTarget = `≤ 50 ms: ${verdict(progressMs, 50)}`;
const rollupTarget = `≤ 100 ms: ${verdict(rollupMs, 100)}`;
console.log('| case | median | target | baseline | ratio to baseline |');
console.log('| --- | ---: | --- | ---: | ---: |');
console.log(`| OKR_PROGRESS, ${PROGRESS_ROWS.toLocaleString('en')} rows × 3 ranges, Code.js in vm | ${ms(progressMs)} | ${progressTarget} | bare loop in vm ${ms(bareMs)} | ${ratio(progressMs, bareMs)} |`);
console.log(`| OKR_PROGRESS, same call, Code.js in the main realm | ${ms(progressMainMs)} | ≤ 50 ms: ${verdict(progressMainMs, 50)} | bare loop in vm ${ms(bareMs)} | ${ratio(progressMainMs, bareMs)} |`);
console.log(`| OKR_ROLLUP, ${ROLLUP_ROWS.toLocaleString('en')} rows, 4-ary cascade, Code.js in vm | ${ms(rollupMs)} | ${rollupTarget} | core rollupColumns ${ms(coreRollupMs)} | ${ratio(rollupMs, coreRollupMs)} |`);
console.log(`| OKR_ROLLUP, same call, Code.js in the main realm | ${ms(rollupMainMs)} | ≤ 100 ms: ${verdict(rollupMainMs, 100)} | core rollupColumns ${ms(coreRollupMs)} | ${ratio(rollupMainMs, coreRollupMs)} |`);
console.log(`| Code.js size | ${rawKiB.toFixed(1)} KiB raw | | ${gzipKiB.toFixed(1)} KiB gzipped | ${(rawKiB / gzipKiB).toFixed(1)}× smaller gzipped |`);

// What the Russian texts add: the same build without them (each part left out alone, then all).
const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;
const withAll = gzipBytes(code);
const added = (parts: string) => withAll - gzipBytes(readFileSync(buildWithoutRussian(parts), 'utf8'));
const [core, addon, sample, catalogues, all] = ['core', 'addon', 'sample', 'core,addon', '1'].map(added);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB (${bytes.toLocaleString('en')} B)`;
console.log('\n| Russian texts in Code.js (gzip -9) | added | budget |');
console.log('| --- | ---: | --- |');
console.log(`| the core's message catalogue (shared/src/i18n/ru.ts and what it imports) | ${kb(core)} | ≤ 10 KB (10,240 B): ${core <= 10 * 1024 ? 'met' : 'MISSED'} |`);
console.log(`| the add-on's own words (sheets-addon/src/i18n/ru.ts) | ${kb(addon)} | |`);
console.log(`| both catalogues | ${kb(catalogues)} | |`);
console.log(`| the sample's Russian titles and owners (abc-words-ru.ts) | ${kb(sample)} | |`);
console.log(`| all Russian texts (Code.js ${kb(withAll)} with, ${kb(withAll - all)} without) | ${kb(all)} | |`);
