/**
 * Progress of 1,000,000 key results: `linearProgress` called per row and
 * `progressColumn` over whole columns, against a bare loop computing
 * (c − s) ÷ (t − s) over the same Float64Arrays in the same run. The target is at
 * most 2× the bare loop (the core adds missing checks, the degenerate rule and the
 * clamp). `scoreKeyResult` on 1,000,000 objects is measured for information: it
 * builds explanations and is meant for rows on screen, not for bulk columns.
 *
 * Run: `npx tsx test/bench/progress.bench.ts` (or `npm run bench -- progress`).
 */
import type { KeyResultInput } from '../../shared/src/progress/index';
import { linearProgress, progressColumn, scoreKeyResult } from '../../shared/src/progress/index';

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

function bareLoop(): number {
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
function interleaved(cases: Array<[string, () => number]>, rounds: number, warmup: number): Map<string, { ms: number; ratio: number }> {
  for (let w = 0; w < warmup; w++) for (const [, fn] of cases) sink += fn();
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  const ratios = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    const took = new Map<string, number>();
    for (let k = 0; k < cases.length; k++) {
      const [name, fn] = cases[(k + r) % cases.length];
      const t0 = performance.now();
      sink += fn();
      took.set(name, performance.now() - t0);
    }
    const base = took.get(cases[0][0]) as number;
    for (const [name, ms] of took) {
      (times.get(name) as number[]).push(ms);
      (ratios.get(name) as number[]).push(ms / base);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return new Map(cases.map(([name]) => [name, { ms: median(times.get(name) as number[]), ratio: median(ratios.get(name) as number[]) }]));
}

const ROUNDS = 15;
const hot = interleaved(
  [
    ['bare loop (c − s) ÷ (t − s)', bareLoop],
    ['linearProgress per row', perRow],
    ['progressColumn', column],
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
console.log('| case | median ms | × bare loop (median of per-round ratios) | target |');
console.log('| --- | ---: | ---: | --- |');
for (const [name, { ms, ratio }] of hot) {
  const goal = name.startsWith('bare') ? '' : ratio <= 2 ? '≤ 2× ✓' : '≤ 2× ✗';
  console.log(`| ${name} | ${ms.toFixed(2)} | ${ratio.toFixed(2)} | ${goal} |`);
}
const objMs = objectTimes[1];
console.log(`| scoreKeyResult on objects (info; builds explanations) | ${objMs.toFixed(0)} | ${(objMs / bareMs).toFixed(0)} | ${((objMs * 1000) / N).toFixed(2)} µs per key result |`);
console.log(`\n_scoreKeyResult: median of 3 runs after 1 warm-up; ${((performance.now() - objectsStart) / 1000).toFixed(1)} s in all._`);
if (sink === 42) console.log(''); // keeps every result alive
