import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { PanelData } from '@grafana/data';
import { ruleFormDefaults, newAlertRuleUrl } from '../../grafana-panel/src/alerting/prefill';
import { provisioningYaml } from '../../grafana-panel/src/alerting/provisioningYaml';
import { ruleSource } from '../../grafana-panel/src/alerting/ruleSource';
import { alertRuleSpec, type AlertRuleSpec, type AlertSubject, type RuleSource } from '../../grafana-panel/src/alerting/ruleSpec';
import { subjectFromKeyResult } from '../../grafana-panel/src/alerting/subjects';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { buildDemoAlertRules } from '../../grafana-panel/provisioning/generate-alerting';
import { input, options, q3Series } from './fixtures';

const SOURCE: RuleSource = {
  query: { refId: 'A', datasource: { type: 'prometheus', uid: 'prom-1' }, expr: 'sum(increase(signups_total[1d]))' },
  datasourceUid: 'prom-1',
  dashboardUid: 'dash-9',
  panelId: 4,
};

function subject(patch: Partial<AlertSubject> = {}): AlertSubject {
  return {
    id: 'A/Sign-ups',
    title: 'Sign-ups',
    owner: 'Ana',
    kind: 'increase',
    target: 1200,
    low: null,
    high: null,
    reducer: 'lastNotNull',
    refId: 'A',
    statusLabel: 'At risk',
    explain: '42 % = (560 − 100) ÷ (1,200 − 100)',
    periodMs: 92 * 86_400_000,
    ...patch,
  };
}

function spec(patch: Partial<AlertSubject> = {}): AlertRuleSpec {
  const s = alertRuleSpec(subject(patch), SOURCE);
  if ('unavailable' in s) throw new Error(s.unavailable);
  return s;
}

/**
 * The checks Grafana 12.3 and 13.x make of a prefill (navigateToAlertFormSchema in
 * public/app/features/alerting/unified/…): restated as assertions on the object we build.
 */
function expectGrafanaPrefillShape(defaults: Record<string, unknown>): void {
  expect(defaults.type).toBe('grafana-alerting');
  expect(typeof defaults.name).toBe('string');
  expect(typeof defaults.condition).toBe('string');
  for (const list of [defaults.labels, defaults.annotations]) {
    expect(Array.isArray(list)).toBe(true);
    for (const kv of list as unknown[]) expect(Object.keys(kv as object).sort()).toEqual(['key', 'value']);
    for (const kv of list as Array<{ key: unknown; value: unknown }>) expect([typeof kv.key, typeof kv.value]).toEqual(['string', 'string']);
  }
  const queries = defaults.queries as Array<Record<string, unknown>>;
  expect(queries.map((q) => q.refId)).toContain(defaults.condition);
  for (const q of queries) {
    expect(typeof q.refId).toBe('string');
    expect(typeof q.datasourceUid).toBe('string');
    expect(typeof q.queryType).toBe('string');
    const model = q.model as Record<string, unknown>;
    expect(model.refId).toBe(q.refId);
    if (q.relativeTimeRange !== undefined) {
      const range = q.relativeTimeRange as { from: unknown; to: unknown };
      expect([typeof range.from, typeof range.to]).toEqual(['number', 'number']);
    }
    if (q.datasourceUid === '__expr__') {
      expect(model.datasource).toEqual({ uid: '__expr__', type: '__expr__' });
      expect(typeof model.type).toBe('string');
      for (const c of (model.conditions as Array<Record<string, Record<string, unknown>>> | undefined) ?? []) {
        expect(Array.isArray(c.evaluator.params)).toBe(true);
        expect(typeof c.evaluator.type).toBe('string');
        expect(typeof c.operator.type).toBe('string');
        expect((c.query.params as unknown[]).every((p) => typeof p === 'string')).toBe(true);
        expect(Array.isArray(c.reducer.params)).toBe(true);
      }
    } else {
      expect(model.datasource).toEqual({ type: 'prometheus', uid: q.datasourceUid });
    }
  }
  expect(['NoData', 'Alerting', 'OK', 'KeepLast']).toContain(defaults.noDataState);
}

describe('the alert rule for a key result', () => {
  it('uses the same query and data source, a Reduce with the panel reducer, and a Threshold on the target', () => {
    const s = spec();
    expect(s.queries.map((q) => [q.refId, q.datasourceUid])).toEqual([
      ['A', 'prom-1'],
      ['B', '__expr__'],
      ['C', '__expr__'],
    ]);
    expect(s.queries[0].model).toEqual(SOURCE.query);
    expect(s.queries[0].relativeTimeRange).toEqual({ from: 92 * 86_400, to: 0 });
    expect(s.queries[1].model).toMatchObject({ type: 'reduce', expression: 'A', reducer: 'last', settings: { mode: 'dropNN' } });
    expect(s.queries[2].model).toMatchObject({ type: 'threshold', expression: 'B', conditions: [{ evaluator: { type: 'lt', params: [1200] } }] });
    expect(s.condition).toBe('C');
    expect(s.labels).toEqual({ okr_key_result_id: 'A/Sign-ups', okr_key_result: 'Sign-ups', okr_owner: 'Ana' });
    expect(s.annotations.summary).toBe('Sign-ups: At risk. 42 % = (560 − 100) ÷ (1,200 − 100)');
    expect(s.annotations.description).toMatch(/cannot express the panel's pace status/);
    expect(s.annotations).toMatchObject({ __dashboardUid__: 'dash-9', __panelId__: '4' });
  });

  it('matches each kind: decrease above target, above/below thresholds, range outside, milestone not done; none for tracked metrics', () => {
    const evaluator = (s: AlertRuleSpec) => (s.queries[2].model.conditions as Array<{ evaluator: unknown }>)[0].evaluator;
    expect(evaluator(spec({ kind: 'decrease', target: 5 }))).toEqual({ type: 'gt', params: [5] });
    expect(evaluator(spec({ kind: 'above', target: 95 }))).toEqual({ type: 'lt', params: [95] });
    expect(evaluator(spec({ kind: 'below', target: 2 }))).toEqual({ type: 'gt', params: [2] });
    expect(evaluator(spec({ kind: 'range', target: null, low: 2, high: 12 }))).toEqual({ type: 'outside_range', params: [2, 12] });
    expect(evaluator(spec({ kind: 'milestone', target: null }))).toEqual({ type: 'lt', params: [1] });
    expect(alertRuleSpec(subject({ kind: 'track' }), SOURCE)).toEqual({ unavailable: expect.stringMatching(/no target/) });
    expect(alertRuleSpec(subject({ kind: 'range', low: 1, high: null }), SOURCE)).toEqual({ unavailable: expect.stringMatching(/both Low and High/) });
    expect(alertRuleSpec(subject({ target: null }), SOURCE)).toEqual({ unavailable: expect.stringMatching(/no target yet/) });
  });

  it('says so when the panel reducer has no Reduce counterpart', () => {
    const s = spec({ reducer: 'delta' });
    expect(s.queries[1].model.reducer).toBe('last');
    expect(s.annotations.description).toMatch(/reducer "delta" has no counterpart/);
    expect(spec({ reducer: 'sum' }).queries[1].model).toMatchObject({ reducer: 'sum' });
  });

  it('avoids the query refId for its expressions', () => {
    const s = alertRuleSpec(subject(), { ...SOURCE, query: { ...SOURCE.query, refId: 'B' } }) as AlertRuleSpec;
    expect(s.queries.map((q) => q.refId)).toEqual(['B', 'C', 'D']);
    expect(s.queries[1].model.expression).toBe('B');
  });
});

describe('the prefilled new-rule form', () => {
  it('has the shape Grafana 12.3 and 13.x read from `defaults`', () => {
    expectGrafanaPrefillShape(ruleFormDefaults(spec()) as unknown as Record<string, unknown>);
    expectGrafanaPrefillShape(ruleFormDefaults(spec({ kind: 'range', low: 2, high: 12, owner: '' })) as unknown as Record<string, unknown>);
  });

  it('opens /alerting/new with defaults as JSON and returnTo, under the sub-path', () => {
    const s = spec({ title: 'Win "big" & <fast> #1?' });
    const url = newAlertRuleUrl(s, '/grafana/', '/d/dash-9/okrs?orgId=1');
    const parsed = new URL(url, 'https://grafana.example');
    expect(parsed.pathname).toBe('/grafana/alerting/new');
    expect(JSON.parse(parsed.searchParams.get('defaults')!)).toEqual(ruleFormDefaults(s));
    expect(parsed.searchParams.get('returnTo')).toBe('/d/dash-9/okrs?orgId=1');
  });
});

describe('the rule source', () => {
  const data = (targets: unknown[]) => ({ series: [{ refId: 'A', fields: [], length: 0 }], request: { targets, dashboardUID: 'dash-9' } }) as unknown as PanelData;

  it('replaces dashboard variables and drops the hidden flag', () => {
    const source = ruleSource(data([{ refId: 'A', datasource: { uid: 'prom-1', type: 'prometheus' }, expr: 'up{job="$job"}', hide: false }]), 0, 7, (t) => t.replace('$job', 'api'));
    expect(source).toEqual({ query: { refId: 'A', datasource: { uid: 'prom-1', type: 'prometheus' }, expr: 'up{job="api"}' }, datasourceUid: 'prom-1', dashboardUid: 'dash-9', panelId: 7 });
  });

  it('explains why there is none: unknown query, variable or mixed data source', () => {
    expect(ruleSource(data([]), 0, 7, (t) => t)).toEqual({ unavailable: expect.stringMatching(/not known to the panel/) });
    expect(ruleSource(data([{ refId: 'A', datasource: { uid: '$ds' } }]), 0, 7, (t) => t)).toEqual({ unavailable: expect.stringMatching(/no fixed data source \(found "\$ds"\)/) });
    expect(ruleSource(data([{ refId: 'A', datasource: { uid: '-- Dashboard --' } }]), 0, 7, (t) => t)).toEqual({ unavailable: expect.stringMatching(/reuses another query/) });
  });

  it('builds the subject from what the panel shows (the core explanation, the period length)', () => {
    const model = frameToKeyResults(input([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1200' } })));
    const s = subjectFromKeyResult(model.keyResults[0], 'A');
    expect(s).toMatchObject({ id: 'A/Leads', title: 'Leads', kind: 'increase', target: 1200, reducer: 'lastNotNull', periodMs: 92 * 86_400_000 });
    expect(s.explain).toContain('42 %');
  });
});

describe('file provisioning export', () => {
  it('is Grafana alerting provisioning YAML: apiVersion 1, a group, rules with data, condition, labels, annotations, for, noDataState', () => {
    const file = YAML.parse(provisioningYaml([spec(), spec({ kind: 'range', low: 2, high: 12 })], { folder: 'OKRs', group: 'Aligned', interval: '10m' }));
    expect(file.apiVersion).toBe(1);
    expect(file.groups).toHaveLength(1);
    expect(file.groups[0]).toMatchObject({ orgId: 1, name: 'Aligned', folder: 'OKRs', interval: '10m' });
    const [rule, second] = file.groups[0].rules;
    expect(Object.keys(rule).sort()).toEqual(['annotations', 'condition', 'data', 'execErrState', 'for', 'isPaused', 'labels', 'noDataState', 'title', 'uid'].sort());
    expect(rule.uid).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    expect(rule.data).toEqual(JSON.parse(JSON.stringify(spec().queries)));
    expect(second.title).toBe('OKR Sign-ups (2)'); // titles are unique within a folder
  });

  it('keeps any title, owner and explanation as the same text (seeded hostile strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (title, owner) => {
        const s = spec({ title, owner: owner.trim() === '' ? 'x' : owner, explain: `${title}: "${owner}" # - [ ] { }` });
        const rule = YAML.parse(provisioningYaml([s], { folder: 'OKRs', group: 'G', interval: '10m' })).groups[0].rules[0];
        expect(rule.title).toBe(s.title);
        expect(rule.labels).toEqual(s.labels);
        expect(rule.annotations).toEqual(s.annotations);
      }),
      { seed: 20261202, numRuns: 120 },
    );
  });

  it('ships the ABC demo rules the docker compose loads, as the generator writes them', () => {
    const root = join(__dirname, '../../grafana-panel/provisioning');
    const shipped = readFileSync(join(root, 'alerting/aligned-demo-alerts.yaml'), 'utf8');
    const dashboard = JSON.parse(readFileSync(join(root, 'dashboards/aligned-demo.json'), 'utf8'));
    expect(shipped).toBe(buildDemoAlertRules(dashboard));
    const rules = YAML.parse(shipped).groups[0].rules;
    expect(rules.length).toBeGreaterThanOrEqual(4);
    for (const rule of rules) {
      expect(rule.annotations.__dashboardUid__).toBe('aligned-okr-demo');
      expect(rule.data[0].datasourceUid).toBe('aligned-testdata');
    }
    expect(rules.map((r: { data: Array<{ model: { conditions?: Array<{ evaluator: { type: string } }> } }> }) => r.data[2].model.conditions![0].evaluator.type)).toEqual(
      expect.arrayContaining(['lt', 'outside_range']),
    );
  });
});
