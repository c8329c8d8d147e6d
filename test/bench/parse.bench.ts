/**
 * parseRows over 100,000 spreadsheet rows with the cell mix a real sheet has: numbers as
 * numbers and as text ("1,200", "$1.2M", "15 %"), dates as Date objects, ISO text and
 * serials, words for Level / Type / Kind, TRUE/FALSE milestones, a few bad cells.
 * Baseline in the same run: a bare loop calling Number() on every cell of the same table
 * (what a parser without validation, aliases or messages would at least do).
 *
 * Same run, issue 10: readSheet (layout detection, then reading) over the same table, over the
 * same table under a title block (the header found in row 4), and over it as an outline
 * with objectives filled in by number (no ID column), each against parseRows (budget ≤ 1.5×
 * for detection + reading of the schema table).
 *
 * Run: `node --import tsx test/bench/parse.bench.ts` (or `npm run bench -- parse`).
 */
import { loadavg } from 'node:os';
import { parseRows, readSheet } from '@aligned/core/schema/index';

const N = 100_000;
const RUNS = 5;

let seed = 11;
const random = (): number => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
  return seed / 4_294_967_296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const header = ['Key result', 'ID', 'Parent ID', 'Level', 'Type', 'Kind', 'Goal', 'Actual', 'Start value', 'Weight', 'Start date', 'Due date', 'Confidence %', 'Owner', 'Notes'];
const table: unknown[][] = [header];
const jan1 = Date.UTC(2025, 0, 1);
for (let i = 0; i < N; i++) {
  const milestone = random() < 0.1;
  const target = Math.round(random() * 1_000_000);
  const current = Math.round(target * random());
  table.push([
    `Key result number ${i}`,
    `KR${i}`,
    i === 0 ? '' : `KR${Math.floor(random() * i)}`,
    pick(['Quarterly', 'Q', 'quarter', 'Monthly', 'annual']),
    pick(['Key Result', 'KR', 'key_result']),
    milestone ? 'binary' : pick(['positive', 'up', 'increase', '']),
    milestone ? '' : pick([target, target.toLocaleString('en-US'), `$${(target / 1e6).toFixed(2)}M`]),
    milestone ? pick([true, 'FALSE', 'done']) : random() < 0.01 ? 'n/a' : pick([current, current.toLocaleString('en-US'), `${current}`]),
    milestone ? '' : pick([0, '0', '$0']),
    pick([1, '1', 2, '', '50 %']),
    pick([new Date(jan1), '2025-01-01', 45658]),
    pick([new Date(jan1 + 89 * 86_400_000), '2025-03-31', 45747]),
    pick([0.7, '70 %', 7, '']),
    pick(['Head of Sales', 'Finance', 'COO']),
    'free text',
  ]);
}

let sink = 0;
function median(fn: () => number): { cpu: number; wall: number } {
  sink += fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < RUNS; r++) {
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

const bare = median(() => {
  let s = 0;
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    for (let j = 0; j < row.length; j++) {
      const v = Number(row[j]);
      if (v === v) s += 1;
    }
  }
  return s;
});
let problems = 0;
const parse = median(() => {
  const result = parseRows(table);
  problems = result.problems.length;
  return result.nodes.length;
});

const detected = median(() => readSheet(table).nodes.length);
const titled = [['Sales OKRs 2026'], ['Owner: Head of Sales'], [], ...table];
const underTitle = median(() => readSheet(titled).nodes.length);
// The same rows as an outline: "#" numbers instead of ID / Parent, one objective per 10 key results.
const outline: unknown[][] = [['#', header[0], ...header.slice(3)]];
for (let r = 1; r < table.length; r++) {
  const row = table[r];
  const objective = Math.floor((r - 1) / 10) + 1;
  if ((r - 1) % 10 === 0) outline.push([String(objective), `Objective ${objective}`, 'Annual', 'Objective', '', '', '', '', '', '', '', '', 'COO', '']);
  outline.push([`${objective}.${((r - 1) % 10) + 1}`, row[0], ...row.slice(3)]);
}
const outlined = median(() => readSheet(outline).nodes.length);

console.log(`${N.toLocaleString('en-US')} rows × ${header.length} columns, median of ${RUNS} runs after a warm-up; CPU ms of this process (wall alongside). Load average: ${loadavg()[0].toFixed(1)}.\n`);
console.log('| case | CPU ms | wall ms | µs per row (CPU) | × bare loop |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(`| bare loop: Number() on every cell | ${bare.cpu.toFixed(1)} | ${bare.wall.toFixed(1)} | ${((bare.cpu * 1000) / N).toFixed(2)} | 1.0 |`);
console.log(`| parseRows (aliases, text numbers, dates, words, validation, ${problems.toLocaleString('en-US')} problems) | ${parse.cpu.toFixed(1)} | ${parse.wall.toFixed(1)} | ${((parse.cpu * 1000) / N).toFixed(2)} | ${(parse.cpu / bare.cpu).toFixed(1)} |`);
console.log('\nIssue 10: layout detection + reading, against parseRows in this run (budget ≤ 1.5× for the schema table).\n');
console.log('| case | CPU ms | wall ms | × parseRows |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| readSheet, same table (detected as the row schema) | ${detected.cpu.toFixed(1)} | ${detected.wall.toFixed(1)} | ${(detected.cpu / parse.cpu).toFixed(2)} |`);
console.log(`| readSheet, same table under a 3-row title block | ${underTitle.cpu.toFixed(1)} | ${underTitle.wall.toFixed(1)} | ${(underTitle.cpu / parse.cpu).toFixed(2)} |`);
console.log(`| readSheet, as an outline (+${Math.ceil(N / 10).toLocaleString('en-US')} objective rows, no IDs) | ${outlined.cpu.toFixed(1)} | ${outlined.wall.toFixed(1)} | ${(outlined.cpu / parse.cpu).toFixed(2)} |`);
console.log(`\n${detected.cpu <= 1.5 * parse.cpu ? 'Within' : 'OVER'} budget: readSheet on the schema table is ${(detected.cpu / parse.cpu).toFixed(2)}× parseRows.`);
if (Number.isNaN(sink)) console.log('\n(sink is NaN)');
