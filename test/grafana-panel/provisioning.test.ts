import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataFrame, FieldType } from '@grafana/data';
import { describe, expect, it } from 'vitest';
// `yaml` is present through @emotion's toolchain; used here only to read our own provisioning files.
import YAML from 'yaml';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { buildDashboard } from '../../grafana-panel/provisioning/generate';
import type { AlignedOptions } from '../../grafana-panel/src/types';

const root = join(__dirname, '../../grafana-panel');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('Grafana deployment files', () => {
  const datasources = YAML.parse(read('provisioning/datasources/datasources.yml'));
  const providers = YAML.parse(read('provisioning/dashboards/dashboards.yml'));
  const compose = YAML.parse(read('docker-compose.yaml'));
  const dashboard = JSON.parse(read('provisioning/dashboards/aligned-demo.json'));

  it('provisions the built-in TestData data source with a fixed uid', () => {
    expect(datasources.apiVersion).toBe(1);
    expect(datasources.datasources).toEqual([expect.objectContaining({ type: 'grafana-testdata-datasource', uid: 'aligned-testdata', name: 'TestData' })]);
  });

  it('provisions dashboards from the mounted folder with a file provider', () => {
    expect(providers.apiVersion).toBe(1);
    expect(providers.providers[0]).toMatchObject({ type: 'file', options: { path: '/etc/grafana/provisioning/dashboards' } });
  });

  it('starts Grafana with the unsigned plugin allowed and dist + provisioning mounted', () => {
    // create-plugin's layout: docker-compose.yaml extends .config/docker-compose-base.yaml, which builds .config/Dockerfile.
    const grafana = compose.services.grafana;
    expect(grafana.extends).toEqual({ file: '.config/docker-compose-base.yaml', service: 'grafana' });
    expect(grafana.build.args.grafana_version).toBe('${GRAFANA_VERSION:-12.3.0}');
    const base = YAML.parse(read('.config/docker-compose-base.yaml')).services.grafana;
    expect(base.build.context).toBe('.');
    expect(read('.config/Dockerfile')).toMatch(/^FROM grafana\/\$\{grafana_image\}:\$\{grafana_version\}/m);
    expect(base.environment.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS).toBe('aligned-okr-panel');
    // Paths in the base file are relative to .config/.
    expect(base.volumes).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\.\.\/dist:\/var\/lib\/grafana\/plugins\/aligned-okr-panel/), expect.stringMatching(/^\.\.\/provisioning:\/etc\/grafana\/provisioning/)])
    );
  });

  it('commits the generator output (same panels and queries for its as-of date)', () => {
    const asOf = /as of (\d{4}-\d{2}-\d{2})/.exec(dashboard.description)?.[1];
    expect(asOf).toBeDefined();
    expect(JSON.parse(JSON.stringify(buildDashboard(asOf!)))).toEqual(dashboard);
  });

  it('uses only the plugin and TestData CSV content queries on the provisioned data source', () => {
    expect(dashboard.uid).toBe('aligned-okr-demo');
    for (const panel of dashboard.panels) {
      expect(panel.type).toBe('aligned-okr-panel');
      for (const target of panel.targets) {
        expect(target).toMatchObject({ scenarioId: 'csv_content', datasource: { uid: 'aligned-testdata' } });
        expect(target.csvContent.split('\n').length).toBeGreaterThan(1);
      }
    }
  });

  it('shows every overlay feature: each panel maps to scored key results or the intended message', () => {
    const asOf = Date.parse(/as of (\d{4}-\d{2}-\d{2})/.exec(dashboard.description)![1]) + 12 * 3_600_000;
    const seen = { target: false, pace: false, bands: new Set<string>(), forecast: false, message: false, overrides: false, variable: false, field: false };
    for (const panel of dashboard.panels) {
      const series = panel.targets.map((t: { refId: string; csvContent: string }) => withOverrides(csvFrame(t.refId, t.csvContent), panel.fieldConfig));
      const options = panel.options as AlignedOptions;
      const model = frameToKeyResults({
        series,
        options,
        timeRange: { from: Date.parse(dashboard.time.from), to: Date.parse(dashboard.time.to) },
        timeZone: 'utc',
        interpolate: (text) => text.replace('$leadsTarget', dashboard.templating.list[0].query),
        now: asOf,
      });
      if (panel.title.startsWith('Not configured')) {
        expect(model.problem?.code).toBe('no_target');
        seen.message = true;
        continue;
      }
      expect(model.problem, panel.title).toBeNull();
      if (options.keyResult.target === '$leadsTarget') seen.variable = true;
      if (options.keyResult.targetSource === 'field') seen.field = true;
      if (panel.fieldConfig.overrides.length) seen.overrides = model.keyResults.length === 2 && model.keyResults[0].target !== model.keyResults[1].target;
      const kr = model.keyResults[0];
      if (kr.target !== null) seen.target = true;
      if (kr.kind === 'increase' && kr.baseline !== null) seen.pace = true;
      if (kr.trend?.valueAtEnd !== null || kr.paceAtEnd !== null) seen.forecast = true;
      seen.bands.add(options.overlay?.bands ?? 'pace');
    }
    expect(seen).toMatchObject({ target: true, pace: true, forecast: true, message: true, overrides: true, variable: true, field: true });
    expect([...seen.bands]).toEqual(expect.arrayContaining(['pace', 'thresholds', 'range']));
  });
});

/** The CSV as TestData returns it: a time column of RFC 3339 text, numbers elsewhere. */
function csvFrame(refId: string, csv: string) {
  const [header, ...lines] = csv.trim().split(/\r?\n/).map((l) => l.split(','));
  return createDataFrame({
    refId,
    fields: header.map((name, c) => {
      const values = lines.map((l) => l[c]);
      const isTime = name === 'time';
      return { name, type: isTime ? FieldType.time : FieldType.number, values: values.map((v) => (isTime ? Date.parse(v) : Number(v))) };
    }),
  });
}

interface Override {
  matcher: { id: string; options: string };
  properties: Array<{ id: string; value: unknown }>;
}

/** What Grafana's applyFieldOverrides does for the byName custom.* overrides the demo uses. */
function withOverrides(frame: ReturnType<typeof csvFrame>, fieldConfig: { defaults: Record<string, unknown>; overrides: Override[] }) {
  for (const field of frame.fields) {
    field.config = { ...fieldConfig.defaults, ...field.config };
    for (const o of fieldConfig.overrides) {
      if (o.matcher.id !== 'byName' || o.matcher.options !== field.name) continue;
      for (const p of o.properties) {
        if (!p.id.startsWith('custom.')) continue;
        field.config.custom = { ...(field.config.custom ?? {}), [p.id.slice('custom.'.length)]: p.value };
      }
    }
  }
  return frame;
}
