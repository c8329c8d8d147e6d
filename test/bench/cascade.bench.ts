/**
 * Cascade build + rollup of 100,000 and 1,000,000 synthetic rows, 7 levels deep
 * (generated directly as OkrNode objects, not through the parser), rows shuffled.
 *
 * - build: buildCascade (IDs → indexes, duplicates, parents, cycles, depth, order, periods);
 * - rollup: the numeric pass rollupIndexed over the built index, leaves' own progress from
 *   progressColumn (what OKR_ROLLUP and large panels use);
 * - rollupColumns: the OKR_ROLLUP entry point end to end (cells in, values out);
 * - evaluateCascade: the full per-node evaluation (status, explanations, forecasts),
 *   for information: it builds objects and text per node, for rows on screen.
 * Baselines: a bare loop summing child values into parents by a precomputed parent index
 * over the same arrays, and the "Map floor" (one Map.set and one Map.get per row of the
 * same string IDs), which no cascade keyed by text IDs can beat. Target: build + rollup
 * under 1 µs per row; linear growth (ratio ≈ 10 between the two sizes).
 *
 * Run: `node --max-old-space-size=8192 --import tsx test/bench/cascade.bench.ts`
 * (`npm run bench -- cascade` passes that flag). The 1,000,000-row evaluateCascade run
 * needs the larger heap.
 */
import { loadavg } from 'node:os';
import { buildCascade, evaluateCascade, rollupColumns, rollupIndexed } from '@aligned/core/cascade/index';
import { progressColumn } from '@aligned/core/progress/index';
import type { OkrNode } from '@aligned/core/types';

const LEVELS = 7;
const RUNS = 3;

interface Synthetic {
  nodes: OkrNode[];
  ids: string[];
  parents: string[];
  parentIndex: Int32Array;
  current: Float64Array;
  baseline: Float64Array;
  target: Float64Array;
  weight: Float64Array;
}

/** A tree of n rows, LEVELS deep (branching b with b^(LEVELS−1) ≥ n), shuffled. */
function synthesize(n: number): Synthetic {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
    return seed / 4_294_967_296;
  };
  let b = 2;
  while ((b ** LEVELS - 1) / (b - 1) < n) b++;
  // Tree position k has parent floor((k − 1) ÷ b); rows are a random permutation of positions.
  const rowOf = new Int32Array(n);
  for (let k = 0; k < n; k++) rowOf[k] = k;
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const t = rowOf[k];
    rowOf[k] = rowOf[j];
    rowOf[j] = t;
  }
  const ids = new Array<string>(n);
  for (let k = 0; k < n; k++) ids[rowOf[k]] = `N${k}`;
  const parents = new Array<string>(n);
  const parentIndex = new Int32Array(n);
  const current = new Float64Array(n).fill(NaN);
  const baseline = new Float64Array(n).fill(NaN);
  const target = new Float64Array(n).fill(NaN);
  const weight = new Float64Array(n);
  const nodes = new Array<OkrNode>(n);
  for (let k = 0; k < n; k++) {
    const row = rowOf[k];
    const parentK = k === 0 ? -1 : Math.floor((k - 1) / b);
    const leaf = k * b + 1 >= n;
    parents[row] = parentK < 0 ? '' : ids[rowOf[parentK]];
    parentIndex[row] = parentK < 0 ? -1 : rowOf[parentK];
    weight[row] = random() < 0.05 ? 0 : 1 + Math.floor(random() * 3);
    if (leaf) {
      baseline[row] = 0;
      target[row] = 100;
      current[row] = random() < 0.03 ? NaN : Math.round(random() * 130);
    }
    nodes[row] = {
      id: ids[row],
      parentId: parents[row] || null,
      level: null,
      type: leaf ? 'key_result' : 'objective',
      title: ids[row],
      owner: '',
      kind: leaf ? 'increase' : null,
      unit: '',
      baseline: leaf ? 0 : null,
      target: leaf ? 100 : null,
      current: leaf && current[row] === current[row] ? current[row] : null,
      done: null,
      low: null,
      high: null,
      weight: weight[row],
      start: k === 0 ? Date.UTC(2025, 0, 1) : null,
      end: k === 0 ? Date.UTC(2025, 11, 31) : null,
      confidence: null,
      metric: '',
      checkIns: [],
    };
  }
  return { nodes, ids, parents, parentIndex, current, baseline, target, weight };
}

let sink = 0;

/** Median CPU time (user + system, ms) and wall time of `runs` runs after a warm-up. */
interface Timing {
  cpu: number;
  wall: number;
}

function median(fn: () => number, runs = RUNS): Timing {
  sink += fn(); // warm-up
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { cpu: mid(cpu), wall: mid(wall) };
}

interface Figures {
  n: number;
  baseline: Timing;
  mapFloor: Timing;
  build: Timing;
  buildAndRollup: Timing;
  rollupOnly: Timing;
  columns: Timing;
  evaluate: Timing | null;
}

function measure(n: number, evaluateToo: boolean): Figures {
  const data = synthesize(n);
  const sums = new Float64Array(n);
  const bare = (): number => {
    sums.fill(0);
    const { parentIndex, current } = data;
    for (let i = 0; i < n; i++) {
      const p = parentIndex[i];
      const v = current[i];
      if (p >= 0 && v === v) sums[p] += v;
    }
    return sums[0];
  };
  // The floor for string IDs: one Map.set per row and one Map.get per parent link.
  const mapFloor = (): number => {
    const index = new Map<string, number>();
    const { ids, parents } = data;
    for (let i = 0; i < n; i++) index.set(ids[i], i);
    let found = 0;
    for (let i = 0; i < n; i++) if (parents[i] !== '' && index.get(parents[i]) !== undefined) found++;
    return found;
  };
  const own = new Float64Array(n);
  const out = new Float64Array(n);
  const buildAndRollup = (): number => {
    const cascade = buildCascade(data.nodes);
    progressColumn(data.current, data.baseline, data.target, 1, own);
    rollupIndexed(cascade.index, own, data.weight, {}, out);
    return out[0] + cascade.order.length;
  };
  const built = buildCascade(data.nodes);
  const rollupOnly = (): number => {
    progressColumn(data.current, data.baseline, data.target, 1, own);
    rollupIndexed(built.index, own, data.weight, {}, out);
    return out[0];
  };
  const ownCells: (number | null)[] = Array.from(data.current, (c) => (c === c ? c / 100 : null));
  const weights = Array.from(data.weight);
  const figures: Figures = {
    n,
    baseline: median(bare),
    mapFloor: median(mapFloor),
    build: median(() => buildCascade(data.nodes).order.length),
    buildAndRollup: median(buildAndRollup),
    rollupOnly: median(rollupOnly),
    columns: median(() => rollupColumns(data.ids, data.parents, ownCells, weights)[0] ?? 0),
    evaluate: null,
  };
  if (evaluateToo) {
    figures.evaluate = median(() => evaluateCascade(built, { asOf: Date.UTC(2025, 6, 1) }).size, 1);
  }
  return figures;
}

const sizes = [100_000, 1_000_000];
// The full evaluation builds objects and text per node (for rows on screen): 100,000 rows only.
const results = sizes.map((n) => measure(n, n <= 100_000));

const perRow = (ms: number, n: number): string => ((ms * 1000) / n).toFixed(3);
const load = loadavg()[0];
console.log(`Synthetic cascades, ${LEVELS} levels, rows shuffled; median of ${RUNS} runs after a warm-up (evaluateCascade: 1 run).`);
console.log(`Times are CPU ms of this process (user + system), which other load on the machine inflates less than wall time; wall ms alongside. Load average at the end: ${load.toFixed(1)}.\n`);
console.log('| rows | case | CPU ms | wall ms | µs per row (CPU) | × bare loop (CPU) | target |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: | --- |');
for (const f of results) {
  const row = (name: string, t: Timing, target = ''): void => {
    console.log(`| ${f.n.toLocaleString('en-US')} | ${name} | ${t.cpu.toFixed(1)} | ${t.wall.toFixed(1)} | ${perRow(t.cpu, f.n)} | ${(t.cpu / Math.max(f.baseline.cpu, 0.001)).toFixed(1)} | ${target} |`);
  };
  row('bare loop: Σ child values by parent index', f.baseline);
  row('Map floor: Map.set + Map.get of the string IDs', f.mapFloor);
  row('buildCascade', f.build);
  row('rollup only (progressColumn + rollupIndexed)', f.rollupOnly);
  row('build + rollup', f.buildAndRollup, (f.buildAndRollup.cpu * 1000) / f.n < 1 ? '< 1 µs/row ✓' : '< 1 µs/row ✗');
  row('rollupColumns (OKR_ROLLUP, cells in)', f.columns);
  if (f.evaluate !== null) row('evaluateCascade, full (info)', f.evaluate);
}
const [small, large] = results;
console.log('\nGrowth from 100,000 to 1,000,000 rows in CPU time (linear ≈ 10):\n');
console.log('| case | ratio |');
console.log('| --- | ---: |');
console.log(`| bare loop | ${(large.baseline.cpu / small.baseline.cpu).toFixed(1)} |`);
console.log(`| Map floor | ${(large.mapFloor.cpu / small.mapFloor.cpu).toFixed(1)} |`);
console.log(`| buildCascade | ${(large.build.cpu / small.build.cpu).toFixed(1)} |`);
console.log(`| build + rollup | ${(large.buildAndRollup.cpu / small.buildAndRollup.cpu).toFixed(1)} |`);
console.log(`| rollupColumns | ${(large.columns.cpu / small.columns.cpu).toFixed(1)} |`);
if (Number.isNaN(sink)) console.log('\n(sink is NaN)');
