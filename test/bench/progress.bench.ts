/**
 * Progress of 1,000,000 key results: `linearProgress` called per row and
 * `linearProgressValue` per row (NaN for missing, no boxing) and
 * `progressColumn` over whole columns, against a bare loop computing
 * (c − s) ÷ (t − s) over the same Float64Arrays in the same run. The target is at
 * most 2× the bare loop (the core adds missing checks, the degenerate rule and the
 * clamp). `scoreKeyResult` on 1,000,000 objects is measured for information: it
 * builds explanations and is meant for rows on screen, not for bulk columns.
 *
 * The headline is progressColumn ÷ bare loop; the per-row variants are for information.
 * Wall and CPU time (process.cpuUsage) per case; the load average is printed, since the
 * machine may be shared.
 *
 * Run: `node --expose-gc --import tsx test/bench/progress.bench.ts` (or `npm run bench -- progress`).
 */
import { availableParallelism, loadavg } from 'node:os';
import type { KeyResultInput } from '@aligned/core/progress/index';
import { linearProgress, linearProgressValue, progressColumn, scoreKeyResult } from '@aligned/core/progress/index';

const N = 1_000_000;
const WARMUP = 3;

// Deterministic data (a small LCG), with 2 % missing currents and 1 % degenerate spans.
let seed = 42;
const random = (): number => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
  return seed / 4_294_967_296;
};
const current = new Float64Array(N);
const baseline = new Float64Array(N);
const target = new Float64Array(N);
for (let i = 0; i < N; i++) {
  baseline[i] = Math.round(random() * 1000);
  target[i] = random() < 0.01 ? baseline[i] : baseline[i] + Math.round((random() - 0.3) * 2000);
  current[i] = random() < 0.02 ? NaN : baseline[i] + (target[i] - baseline[i]) * (random() * 1.4 - 0.2);
}
const out = new Float64Array(N);

/**
 * The baseline: (c − s) ÷ (t − s) over the same arrays, called the way progressColumn is
 * called (arrays as arguments, length read from them), so that both loops get the same
 * treatment from V8; only the per-row work differs.
 */
function bareColumn(c: Float64Array, s: Float64Array, t: Float64Array, result: Float64Array): void {
  const n = c.length;
  for (let i = 0; i < n; i++) result[i] = (c[i] - s[i]) / (t[i] - s[i]);
}
function bareLoop(): number {
  bareColumn(current, baseline, target, out);
  return out[N >> 1];
}

/** The same loop over module constants, which V8 may specialise further (information only). */
function bareLoopOverConstants(): number {
  for (let i = 0; i < N; i++) out[i] = (current[i] - baseline[i]) / (target[i] - baseline[i]);
  return out[N >> 1];
}

function perRow(): number {
  for (let i = 0; i < N; i++) {
    const p = linearProgress(current[i], baseline[i], target[i], 1);
    out[i] = p === null ? NaN : p;
  }
  return out[N >> 1];
}

function perRowValue(): number {
  for (let i = 0; i < N; i++) out[i] = linearProgressValue(current[i], baseline[i], target[i], 1);
  return out[N >> 1];
}

function column(): number {
  progressColumn(current, baseline, target, 1, out);
  return out[N >> 1];
}

const inputs: KeyResultInput[] = [];
for (let i = 0; i < N; i++) {
  inputs.push({ kind: target[i] < baseline[i] ? 'decrease' : 'increase', baseline: baseline[i], target: target[i], current: Number.isNaN(current[i]) ? null : current[i] });
}
function objects(): number {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += scoreKeyResult(inputs[i]).progress ?? 0;
  return sum;
}

let sink = 0;

/**
 * Interleaved rounds: every round runs each case once, in rotating order, so that
 * load from other processes on a shared machine hits all cases alike. Reports each
 * case's median time and the median of its per-round ratio to the bare loop.
 */
interface CaseFigures {
  ms: number;
  cpu: number;
  ratio: number;
  cpuRatio: number;
}

function interleaved(cases: Array<[string, () => number]>, rounds: number, warmup: number): Map<string, CaseFigures> {
  for (let w = 0; w < warmup; w++) for (const [, fn] of cases) sink += fn();
  const samples = new Map<string, { ms: number[]; cpu: number[]; ratio: number[]; cpuRatio: number[] }>(
    cases.map(([name]) => [name, { ms: [], cpu: [], ratio: [], cpuRatio: [] }]),
  );
  for (let r = 0; r < rounds; r++) {
    const took = new Map<string, { ms: number; cpu: number }>();
    for (let k = 0; k < cases.length; k++) {
      const [name, fn] = cases[(k + r) % cases.length];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sink += fn();
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      took.set(name, { ms, cpu: (c.user + c.system) / 1000 });
    }
    const base = took.get(cases[0][0]) as { ms: number; cpu: number };
    for (const [name, { ms, cpu }] of took) {
      const s = samples.get(name) as { ms: number[]; cpu: number[]; ratio: number[]; cpuRatio: number[] };
      s.ms.push(ms);
      s.cpu.push(cpu);
      s.ratio.push(ms / base.ms);
      s.cpuRatio.push(cpu / Math.max(base.cpu, 0.001));
    }
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return new Map(
    cases.map(([name]) => {
      const s = samples.get(name) as { ms: number[]; cpu: number[]; ratio: number[]; cpuRatio: number[] };
      return [name, { ms: median(s.ms), cpu: median(s.cpu), ratio: median(s.ratio), cpuRatio: median(s.cpuRatio) }];
    }),
  );
}

const ROUNDS = 31;
const hot = interleaved(
  [
    ['bare loop (c − s) ÷ (t − s)', bareLoop],
    ['progressColumn (headline)', column],
    ['bare loop over module constants (info)', bareLoopOverConstants],
    ['linearProgressValue per row (info)', perRowValue],
    ['linearProgress per row, number or null (info)', perRow],
  ],
  ROUNDS,
  WARMUP,
);
const objectsStart = performance.now();
sink += objects(); // warm-up
const objectTimes: number[] = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  sink += objects();
  objectTimes.push(performance.now() - t0);
}
objectTimes.sort((a, b) => a - b);
const bareMs = (hot.get('bare loop (c − s) ÷ (t − s)') as { ms: number }).ms;

console.log(
  `${N.toLocaleString('en-US')} key results (2 % missing, 1 % degenerate, ~30 % clamped); ` +
    `median of ${ROUNDS} interleaved rounds after ${WARMUP} warm-ups.\n`,
);
console.log(`Load average (1 min) on a ${String(availableParallelism())}-core machine: ${loadavg()[0].toFixed(1)} at the end.\n`);
console.log('| case | median wall ms | median CPU ms | × bare loop, wall | × bare loop, CPU | target |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const [name, { ms, cpu, ratio, cpuRatio }] of hot) {
  const goal = name.startsWith('progressColumn') ? (ratio <= 2 ? '≤ 2× ✓' : '≤ 2× ✗') : '';
  console.log(`| ${name} | ${ms.toFixed(2)} | ${cpu.toFixed(2)} | ${ratio.toFixed(2)} | ${cpuRatio.toFixed(2)} | ${goal} |`);
}
const objMs = objectTimes[1];
console.log(`| scoreKeyResult on objects (info; builds explanations) | ${objMs.toFixed(0)} | | ${(objMs / bareMs).toFixed(0)} | | ${((objMs * 1000) / N).toFixed(2)} µs per key result |`);
console.log(`\n_scoreKeyResult: median of 3 runs after 1 warm-up; ${((performance.now() - objectsStart) / 1000).toFixed(1)} s in all._`);
if (sink === 42) console.log(''); // keeps every result alive
