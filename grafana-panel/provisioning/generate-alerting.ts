/**
 * Writes alerting/aligned-demo-alerts.yaml: the alert rules the panel's "Export alert rules"
 * gives for every key result of the ABC demo dashboard (dashboards/aligned-demo.json), for
 * Grafana's file provisioning (the docker compose mounts provisioning/). Run from the
 * repository root after generate.ts:
 *
 *   npx tsx grafana-panel/provisioning/generate-alerting.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataFrame, FieldType, type DataFrame, type PanelData } from '@grafana/data';
import { ruleSource } from '../src/alerting/ruleSource';
import { alertRuleSpec, type AlertRuleSpec } from '../src/alerting/ruleSpec';
import { provisioningYaml } from '../src/alerting/provisioningYaml';
import { subjectFromKeyResult } from '../src/alerting/subjects';
import { frameToKeyResults } from '../src/data/frameToKeyResults';
import type { AlignedOptions } from '../src/types';

const here = dirname(fileURLToPath(import.meta.url));

interface DemoPanel {
  id: number;
  title: string;
  targets: Array<{ refId: string; csvContent: string; datasource: { uid: string; type: string } }>;
  options: AlignedOptions;
  fieldConfig: { defaults: Record<string, unknown>; overrides: unknown[] };
}

type DemoDashboard = { uid: string; description: string; time: { from: string; to: string }; templating: { list: Array<{ name: string; query: string }> }; panels: DemoPanel[] };

/** The rules for the demo dashboard as the panel would export them on its as-of date. */
export function buildDemoAlertRules(dashboard: DemoDashboard): string {
  return provisioningYaml(demoAlertRuleSpecs(dashboard), { folder: 'OKRs', group: 'Aligned OKRs (ABC demo)', interval: '10m' });
}

/** One rule per key result of every demo panel, as "Create alert rule" builds them. */
export function demoAlertRuleSpecs(dashboard: DemoDashboard): AlertRuleSpec[] {
  const asOf = Date.parse(/as of (\d{4}-\d{2}-\d{2})/.exec(dashboard.description)![1]) + 12 * 3_600_000;
  const variables = new Map(dashboard.templating.list.map((v) => [`$${v.name}`, v.query]));
  const interpolate = (text: string) => text.replace(/\$\w+/g, (name) => variables.get(name) ?? name);
  const specs: AlertRuleSpec[] = [];
  for (const panel of dashboard.panels) {
    const series = panel.targets.map((t) => csvFrame(t.refId, t.csvContent));
    const model = frameToKeyResults({
      series: series.map((frame) => withOverrides(frame, panel.fieldConfig)),
      options: panel.options,
      timeRange: { from: Date.parse(dashboard.time.from), to: Date.parse(dashboard.time.to) },
      timeZone: 'utc',
      interpolate,
      now: asOf,
    });
    const data = { series, request: { targets: panel.targets, dashboardUID: dashboard.uid } } as unknown as PanelData;
    for (const kr of model.keyResults) {
      const source = ruleSource(data, kr.frameIndex, panel.id, interpolate);
      if ('unavailable' in source) continue;
      const spec = alertRuleSpec(subjectFromKeyResult(kr, source.query.refId), source);
      if (!('unavailable' in spec)) specs.push(spec);
    }
  }
  return specs;
}

/** The CSV as TestData returns it: a time column of RFC 3339 text, numbers elsewhere. */
function csvFrame(refId: string, csv: string): DataFrame {
  const [header, ...lines] = csv.trim().split(/\r?\n/).map((l) => l.split(','));
  return createDataFrame({
    refId,
    fields: header.map((name, c) => {
      const isTime = name === 'time';
      return { name, type: isTime ? FieldType.time : FieldType.number, values: lines.map((l) => (isTime ? Date.parse(l[c]) : Number(l[c]))) };
    }),
  });
}

/** Field overrides by name, as Grafana applies them before the panel sees the frames. */
function withOverrides(frame: DataFrame, fieldConfig: DemoPanel['fieldConfig']): DataFrame {
  const overrides = fieldConfig.overrides as Array<{ matcher: { id: string; options: string }; properties: Array<{ id: string; value: unknown }> }>;
  return {
    ...frame,
    fields: frame.fields.map((field) => {
      const config: Record<string, unknown> = { ...fieldConfig.defaults, ...field.config };
      const custom: Record<string, unknown> = { ...((fieldConfig.defaults.custom as Record<string, unknown>) ?? {}) };
      for (const o of overrides) {
        if (o.matcher.id !== 'byName' || o.matcher.options !== field.name) continue;
        for (const p of o.properties) {
          if (p.id.startsWith('custom.')) custom[p.id.slice(7)] = p.value;
          else config[p.id] = p.value;
        }
      }
      return { ...field, config: { ...config, custom } };
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dashboard = JSON.parse(readFileSync(join(here, 'dashboards/aligned-demo.json'), 'utf8'));
  mkdirSync(join(here, 'alerting'), { recursive: true });
  writeFileSync(join(here, 'alerting/aligned-demo-alerts.yaml'), buildDemoAlertRules(dashboard));
  console.log('wrote grafana-panel/provisioning/alerting/aligned-demo-alerts.yaml');
}
