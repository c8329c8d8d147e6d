/**
 * Event detection for automations over 100,000 key results, against evaluating them once,
 * in the same run: the question is whether watching a plan for changes costs about as much
 * as scoring it (target: detection ≤ 1.2 × one evaluation).
 *
 * - evaluate: evaluateCascade over 1,000 objectives × 100 key results (101,001 nodes), with a
 *   check-in on every key result, under a root objective;
 * - detect: takeSnapshot (status, value, staleness and explanation per key result) of the
 *   new evaluation plus detectEvents against the stored record of the previous one, with two
 *   watched levels and a reminder occasion (every kind of event occurs: about 5 % of values
 *   moved, some statuses changed, some key results went stale);
 * - the stored record: toRecord + JSON round trip, what the Sheets add-on keeps between runs.
 * Median of 5 runs each.
 *
 * Run: `npm run bench -- events`.
 */
import { evaluateCascade, buildCascade } from '@aligned/core/cascade/index';
import { detectEvents, fromRecord, takeSnapshot, toRecord } from '@aligned/core/rules/index';
import type { OkrNode } from '@aligned/core/types';

const OBJECTIVES = 1000;
const PER_OBJECTIVE = 100;
const RUNS = 5;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const END = Date.UTC(2026, 2, 31, 23, 59, 59);

function plan(shift: number): OkrNode[] {
  let seed = 11;
  const random = (): number => {
    seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
    return seed / 4_294_967_296;
  };
  const base = { level: null, kind: null, unit: '', baseline: null, target: null, current: null, done: null, low: null, high: null, weight: 1, start: null, end: null, confidence: null, metric: '', checkIns: [] };
  const nodes: OkrNode[] = [{ ...base, id: 'ROOT', parentId: null, type: 'objective', title: 'Root', owner: 'CEO', start: START, end: END }];
  for (let o = 0; o < OBJECTIVES; o++) {
    nodes.push({ ...base, id: `O${o}`, parentId: 'ROOT', type: 'objective', title: `Objective ${o}`, owner: `Team ${o % 40}` });
    for (let k = 0; k < PER_OBJECTIVE; k++) {
      const value = Math.round(random() * 100);
      const moved = random() < 0.05 ? shift : 0;
      const checkedIn = START + Math.floor(random() * 40) * DAY;
      nodes.push({
        ...base,
        id: `O${o}.K${k}`,
        parentId: `O${o}`,
        type: 'key_result',
        title: `Key result ${k}`,
        owner: `Owner ${k % 23}`,
        kind: 'increase',
        baseline: 0,
        target: 100,
        current: value + moved,
        checkIns: [{ time: checkedIn, value }],
      });
    }
  }
  return nodes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(work: () => T): { ms: number; value: T } {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const value = work();
  return { ms: performance.now() - t0, value };
}

const before = plan(0);
const after = plan(-30);
const t0 = START + 45 * DAY;
const t1 = t0 + DAY;
const cascadeBefore = buildCascade(before);
const cascadeAfter = buildCascade(after);
const stored = JSON.stringify(toRecord(takeSnapshot(before, evaluateCascade(cascadeBefore, { asOf: t0 }), { asOf: t0 })));

const evaluate: number[] = [];
const detect: number[] = [];
const record: number[] = [];
let events = 0;
let evaluations = evaluateCascade(cascadeAfter, { asOf: t1 });
for (let r = 0; r < RUNS; r++) {
  const e = time(() => evaluateCascade(cascadeAfter, { asOf: t1 }));
  evaluate.push(e.ms);
  evaluations = e.value;
  const prior = fromRecord(JSON.parse(stored));
  const d = time(() => detectEvents(prior, takeSnapshot(after, evaluations, { asOf: t1 }), { levels: [50, 'target'], dueSlot: '2026-02-16' }));
  detect.push(d.ms);
  events = d.value.length;
  const now = takeSnapshot(after, evaluations, { asOf: t1 });
  record.push(time(() => fromRecord(JSON.parse(JSON.stringify(toRecord(now))))).ms);
}

const ev = median(evaluate);
const de = median(detect);
const krs = OBJECTIVES * PER_OBJECTIVE;
console.log(`${krs.toLocaleString('en')} key results (${(krs + OBJECTIVES + 1).toLocaleString('en')} nodes), ${events.toLocaleString('en')} events found, median of ${RUNS} runs.\n`);
console.log('| step | ms | per key result | vs one evaluation |');
console.log('|---|---:|---:|---:|');
console.log(`| evaluateCascade (once) | ${ev.toFixed(0)} | ${((ev * 1000) / krs).toFixed(2)} µs | 1.00× |`);
console.log(`| takeSnapshot + detectEvents | ${de.toFixed(0)} | ${((de * 1000) / krs).toFixed(2)} µs | ${(de / ev).toFixed(2)}× |`);
console.log(`| stored record round trip | ${median(record).toFixed(0)} | ${((median(record) * 1000) / krs).toFixed(2)} µs | ${(median(record) / ev).toFixed(2)}× |`);
console.log(`\nTarget: detection ≤ 1.2 × one evaluation: ${de / ev <= 1.2 ? 'met' : 'NOT met'} (${(de / ev).toFixed(2)}×).`);
