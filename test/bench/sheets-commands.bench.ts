/**
 * The Sheets add-on's Build cascade (and Build dashboard) on 5,000 OKR rows, in Node through
 * the Apps Script double: wall time and the number of spreadsheet-service calls the build
 * makes. Baseline: the core alone (parseRows + buildCascade + evaluateCascade) on the same
 * rows, so the ratio is the cost of the add-on's glue and of the double's cell bookkeeping.
 * Target: ≤ 2 s for the cascade of 5,000 rows, and a handful of calls that does not grow with rows.
 */
import { buildCascade, evaluateCascade, parseRows } from '@aligned/core';
import { buildCascadeSheet, buildDashboardSheet } from '../../sheets-addon/src/commands/index';
import { createDouble, SPREADSHEET_SERVICE } from '../sheets-addon/double/index';
import { largeTable, putTable, sampleTable } from '../sheets-addon/double/fixtures';

const RUNS = 7;
const TIME_ZONE = 'Europe/London';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function coreOnly(table: unknown[][]): number {
  const t0 = performance.now();
  const parsed = parseRows(table, { timeZone: TIME_ZONE });
  const cascade = buildCascade(parsed.nodes);
  evaluateCascade(cascade, { asOf: Date.now(), timeZone: TIME_ZONE });
  return performance.now() - t0;
}

function throughDouble(table: unknown[][], command: () => void): { ms: number; calls: number; setValues: number; getValues: number } {
  const gas = createDouble({ timeZone: TIME_ZONE });
  const uninstall = gas.install();
  try {
    putTable(gas, 'OKRs', table);
    gas.ledger.reset();
    const t0 = performance.now();
    command();
    const ms = performance.now() - t0;
    const alert = gas.ui.events.find((e) => e.kind === 'alert');
    if (alert) throw new Error(`The command failed: ${alert.message}`);
    return {
      ms,
      calls: gas.ledger.total([...SPREADSHEET_SERVICE]),
      setValues: gas.ledger.count('Range.setValues'),
      getValues: gas.ledger.count('Range.getValues'),
    };
  } finally {
    uninstall();
  }
}

function measure(label: string, table: unknown[][]) {
  // Warm-up so the JIT has seen every path once.
  coreOnly(table);
  throughDouble(table, buildCascadeSheet);
  const core: number[] = [];
  const cascade: ReturnType<typeof throughDouble>[] = [];
  const dashboard: ReturnType<typeof throughDouble>[] = [];
  for (let i = 0; i < RUNS; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    core.push(coreOnly(table));
    cascade.push(throughDouble(table, buildCascadeSheet));
    dashboard.push(throughDouble(table, buildDashboardSheet));
  }
  return { label, rows: table.length - 1, core: median(core), cascade, dashboard };
}

const results = [measure('ABC sample', sampleTable()), measure('generated', largeTable(5000))];

console.log('| rows | core parse + evaluate (baseline) | Build cascade via double | ratio | service calls (cascade) | setValues / getValues | Build dashboard via double | service calls (dashboard) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const c = median(r.cascade.map((x) => x.ms));
  const d = median(r.dashboard.map((x) => x.ms));
  const last = r.cascade[r.cascade.length - 1];
  console.log(
    `| ${r.rows.toLocaleString('en')} (${r.label}) | ${r.core.toFixed(0)} ms | ${c.toFixed(0)} ms | ${(c / r.core).toFixed(2)}× | ${last.calls} | ${last.setValues} / ${last.getValues} | ${d.toFixed(0)} ms | ${r.dashboard[r.dashboard.length - 1].calls} |`,
  );
}
const big = results[1];
const bigMs = median(big.cascade.map((x) => x.ms));
console.log(`\nMedian of ${RUNS} runs each. Target for 5,000 rows: ≤ 2,000 ms → ${bigMs <= 2000 ? 'met' : 'NOT met'} (${bigMs.toFixed(0)} ms).`);
console.log(`Service calls do not grow with rows: ${results[0].cascade[0].calls} for ${results[0].rows} rows, ${big.cascade[0].calls} for ${big.rows.toLocaleString('en')}.`);
