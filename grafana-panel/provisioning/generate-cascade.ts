/**
 * Writes provisioning/dashboards/aligned-cascade.json: the ABC demo's OKR rows (from the core's
 * generateAbcDemo, as CSV) fed through TestData's "CSV content" scenario into the panel's tree
 * and bullets modes. Run: `npx tsx grafana-panel/provisioning/generate-cascade.ts`.
 *
 * The dashboard's time range ends on the demo's "today" (its asOf), because the panel scores
 * as of the end of the dashboard range and the demo's Current values are those of that day.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAbcDemo, toCsv } from '@aligned/core';

const here = dirname(fileURLToPath(import.meta.url));
const PLUGIN_ID = 'aligned-okr-panel';

interface DatasourceRef {
  type: string;
  uid: string;
}

/** The TestData datasource provisioned next to this file, else the team's agreed uid. */
function testDataSource(): DatasourceRef {
  const fallback = { type: 'grafana-testdata-datasource', uid: 'aligned-testdata' };
  const dir = join(here, 'datasources');
  if (!existsSync(dir)) {
    return fallback;
  }
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    // Each "- name:" starts an entry; take the first entry whose type is TestData.
    const entries = readFileSync(join(dir, file), 'utf8').split(/\n\s*-\s+(?=name:)/);
    for (const entry of entries) {
      const type = /\btype:\s*['"]?([\w-]+)/.exec(entry)?.[1];
      const uid = /\buid:\s*['"]?([\w-]+)/.exec(entry)?.[1];
      if (type && uid && /testdata/.test(type)) {
        return { type, uid };
      }
    }
  }
  return fallback;
}

const demo = generateAbcDemo();
const datasource = testDataSource();
// No formula guard: this CSV is read by Grafana, not opened in a spreadsheet.
const csvContent = toCsv(demo.rows, { guardFormulas: false });
const okrQuery = { refId: 'OKR', datasource, scenarioId: 'csv_content', csvContent };
const dayEnd = (t: number) => new Date(t + 86_400_000 - 1000).toISOString();

function panel(id: number, title: string, gridPos: object, options: object, description: string) {
  return {
    id,
    type: PLUGIN_ID,
    title,
    description,
    gridPos,
    datasource,
    targets: [okrQuery],
    fieldConfig: { defaults: {}, overrides: [] },
    options,
  };
}

const dashboard = {
  uid: 'aligned-cascade',
  title: 'Aligned: ABC cascade (tree and scorecards)',
  description: 'The ABC demo OKRs ($1M profit in three years) as a cascaded tree and as bullet-chart scorecards.',
  tags: ['aligned', 'okr', 'demo'],
  editable: true,
  schemaVersion: 39,
  version: 1,
  timezone: 'utc',
  time: { from: new Date(demo.start).toISOString(), to: dayEnd(demo.asOf) },
  refresh: '',
  panels: [
    panel(
      1,
      'ABC cascade',
      { x: 0, y: 0, w: 24, h: 16 },
      { mode: 'tree', tree: { expandDepth: 2, childOrder: 'worstFirst', highlightWeakest: true, rollupMode: 'weighted' } },
      'Mission → pillars → annual → quarterly → monthly → weekly OKRs → tasks, rolled up by the core. Hover a bar for the rollup.'
    ),
    panel(
      2,
      'Key results by objective',
      { x: 0, y: 16, w: 14, h: 18 },
      { mode: 'bullets', bullets: { layout: 'list', groupBy: 'objective', sortBy: 'status', bands: 'pace' } },
      'One bullet per key result: bar = current, marker = target, dashed tick = where the pace says it should be today.'
    ),
    panel(
      3,
      'Key results by owner',
      { x: 14, y: 16, w: 10, h: 18 },
      { mode: 'bullets', bullets: { layout: 'auto', groupBy: 'owner', sortBy: 'progress', bands: 'pace' } },
      'The same key results grouped by owner, lowest progress first.'
    ),
  ],
};

const out = join(here, 'dashboards', 'aligned-cascade.json');
writeFileSync(out, JSON.stringify(dashboard, null, 2) + '\n');
console.log(`wrote ${out}: ${demo.rows.length - 1} OKR rows, datasource ${datasource.type}/${datasource.uid}`);
