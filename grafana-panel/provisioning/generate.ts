/**
 * Writes dashboards/aligned-demo.json: the ABC demo (shared/src/demo) as TestData "CSV content"
 * queries, one panel per overlay feature. Run from the repository root:
 *
 *   npx tsx grafana-panel/provisioning/generate.ts [--as-of 2026-08-16]
 *
 * CSV content is static, so the demo is generated with "today" as its as-of date: re-run it to
 * bring the data up to date (the "now" marker and the forecast need a period that contains now).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAbcDemo, periodOf, relativeTarget, toCsv } from '@aligned/core';

const DATASOURCE = { type: 'grafana-testdata-datasource', uid: 'aligned-testdata' };
const DAY = 86_400_000;

export function buildDashboard(asOfIso: string): Record<string, unknown> {
  const asOf = Date.parse(`${asOfIso}T00:00:00Z`);
  const year = new Date(asOf).getUTCFullYear();
  const demo = generateAbcDemo({ seed: 42, start: `${year - 2}-01-01`, years: 3, asOf: asOfIso });
  const { time, leads, deals, amount } = demo.daily;
  const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

  const quarter = periodOf('quarter', asOf);
  const previousQuarter = periodOf('quarter', quarter.start - DAY);
  const month = periodOf('month', asOf);
  const sumBetween = (values: number[], from: number, to: number) =>
    values.reduce((s, v, i) => (time[i] >= from && time[i] < to ? s + v : s), 0);

  // Leads so far this quarter, day by day (a running total is how people chart a quarterly goal).
  const cumulative: unknown[][] = [['time', 'Leads this quarter']];
  let running = 0;
  time.forEach((t, i) => {
    if (t < quarter.start) return;
    running += leads[i];
    cumulative.push([iso(t), running]);
  });
  const leadsTarget = Math.round(relativeTarget(sumBetween(leads, previousQuarter.start, previousQuarter.end), 0.2) ?? 0);

  const recent = (days: number) => time.map((_, i) => i).filter((i) => time[i] >= asOf - days * DAY);
  const daily = (columns: Array<[string, number[]]>, days: number) => [
    ['time', ...columns.map(([name]) => name)],
    ...recent(days).map((i) => [iso(time[i]), ...columns.map(([, values]) => values[i])]),
  ];
  const revenueTarget = Math.round(relativeTarget(sumBetween(amount, month.start - 31 * DAY, month.start), 0.1) ?? 0);

  const csv = (refId: string, table: unknown[][]) => ({ refId, datasource: DATASOURCE, scenarioId: 'csv_content', csvContent: toCsv(table) });
  const fromIso = iso(quarter.start - 14 * DAY);
  const toIso = iso(quarter.end + DAY);

  let id = 0;
  const panel = (title: string, grid: { x: number; y: number; w: number; h: number }, targets: unknown[], options: Record<string, unknown>, fieldConfig: Record<string, unknown> = { defaults: {}, overrides: [] }, description = '') => ({
    id: ++id,
    type: 'aligned-okr-panel',
    title,
    description,
    gridPos: grid,
    datasource: DATASOURCE,
    targets,
    options,
    fieldConfig,
  });

  const panels = [
    panel(
      'Leads this quarter: target, pace, bands, trend forecast',
      { x: 0, y: 0, w: 16, h: 11 },
      [csv('A', cumulative)],
      {
        mode: 'overlay',
        keyResult: { kind: 'auto', targetSource: 'option', target: String(leadsTarget), targetLabel: 'Quarter target', baselineSource: 'option', baseline: '0', reducer: 'lastNotNull' },
        period: { source: 'quarter', fiscalYearStartMonth: 1 },
        overlay: { bands: 'pace', forecast: 'trend', showTarget: true, showPace: true, showNow: true, showPeriodEdges: true, showHeader: true, showChange: true },
      },
      undefined,
      'Target = last quarter + 20 %. The y axis stretches to keep the target in view.'
    ),
    panel(
      'Tiny panel (progress + status only)',
      { x: 16, y: 0, w: 4, h: 4 },
      [csv('A', cumulative)],
      { mode: 'overlay', keyResult: { target: String(leadsTarget), baselineSource: 'option', baseline: '0' }, period: { source: 'quarter' } }
    ),
    panel(
      'Target from a variable ($leadsTarget)',
      { x: 20, y: 0, w: 4, h: 4 },
      [csv('A', cumulative)],
      { mode: 'overlay', keyResult: { target: '$leadsTarget', baselineSource: 'option', baseline: '0' }, period: { source: 'quarter' } }
    ),
    panel(
      'Not configured yet (clear message)',
      { x: 16, y: 4, w: 8, h: 7 },
      [csv('A', cumulative)],
      { mode: 'overlay', keyResult: { target: '' }, period: { source: 'quarter' } },
      undefined,
      'Shows the one message the panel gives when an option is missing.'
    ),
    panel(
      'Revenue this month (sum of deals) vs a target query, field thresholds as bands',
      { x: 0, y: 11, w: 12, h: 10 },
      [csv('A', daily([['Revenue', amount]], 75)), csv('B', [['Revenue target'], [revenueTarget]])],
      {
        mode: 'overlay',
        keyResult: { targetSource: 'field', targetField: 'Revenue target', targetLabel: 'Monthly target', baselineSource: 'option', baseline: '0', reducer: 'sum' },
        period: { source: 'month' },
        overlay: { bands: 'thresholds', forecast: 'pace' },
      },
      {
        defaults: {
          unit: 'currencyUSD',
          thresholds: { mode: 'absolute', steps: [{ value: null, color: 'red' }, { value: 4000, color: 'yellow' }, { value: 8000, color: 'green' }] },
        },
        overrides: [],
      },
      'Value = Total over this month (Grafana reducer "sum"); target from query B (Target field).'
    ),
    panel(
      'Deals per day: stay within a range',
      { x: 12, y: 11, w: 12, h: 10 },
      [csv('A', daily([['Deals per day', deals]], 60))],
      { mode: 'overlay', keyResult: { kind: 'range', low: '2', high: '12', reducer: 'mean' }, period: { source: 'dashboard' }, overlay: { bands: 'range', forecast: 'none' } }
    ),
    panel(
      'Two series, each with its own target (field overrides)',
      { x: 0, y: 21, w: 24, h: 10 },
      [csv('A', daily([['Leads', leads], ['Deals', deals]], 45))],
      { mode: 'overlay', keyResult: { reducer: 'mean', baselineSource: 'periodStart' }, period: { source: 'month' }, overlay: { bands: 'none', forecast: 'pace' } },
      {
        defaults: {},
        overrides: [
          { matcher: { id: 'byName', options: 'Leads' }, properties: [{ id: 'custom.target', value: '70' }] },
          { matcher: { id: 'byName', options: 'Deals' }, properties: [{ id: 'custom.target', value: '7' }, { id: 'custom.kind', value: 'increase' }] },
        ],
      }
    ),
  ];

  return {
    uid: 'aligned-okr-demo',
    title: 'Aligned OKR: overlay demo (ABC company)',
    tags: ['aligned', 'okr', 'demo'],
    timezone: 'utc',
    editable: true,
    schemaVersion: 41,
    time: { from: fromIso, to: toIso },
    templating: {
      list: [
        {
          name: 'leadsTarget',
          label: 'Leads target',
          type: 'textbox',
          query: String(leadsTarget),
          current: { text: String(leadsTarget), value: String(leadsTarget) },
        },
      ],
    },
    annotations: { list: [] },
    panels,
    description: `Generated by grafana-panel/provisioning/generate.ts from the ABC demo, as of ${asOfIso}.`,
  };
}

function main(): void {
  const flag = process.argv.indexOf('--as-of');
  const asOfIso = flag > 0 ? process.argv[flag + 1] : new Date().toISOString().slice(0, 10);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'dashboards', 'aligned-demo.json');
  writeFileSync(out, JSON.stringify(buildDashboard(asOfIso), null, 2) + '\n');
  console.log(`wrote ${out} (as of ${asOfIso})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
