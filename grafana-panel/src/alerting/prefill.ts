import type { AlertRuleSpec } from './ruleSpec';
import type { KeyValue, RuleFormDefaults } from './shapes';

/** The rule as Grafana's new-rule form takes it from its `defaults` parameter. */
export function ruleFormDefaults(spec: AlertRuleSpec): RuleFormDefaults {
  return {
    type: 'grafana-alerting',
    name: spec.title,
    queries: spec.queries,
    condition: spec.condition,
    labels: pairs(spec.labels),
    annotations: pairs(spec.annotations),
    noDataState: spec.noDataState,
    execErrState: spec.execErrState,
    evaluateFor: spec.for,
  };
}

function pairs(map: Record<string, string>): KeyValue[] {
  return Object.keys(map).map((key) => ({ key, value: map[key] }));
}

/**
 * The link that opens Grafana's new alert rule form prefilled: `/alerting/new` with `defaults`
 * (JSON) and `returnTo`, under Grafana's sub-path when it is served from one.
 */
export function newAlertRuleUrl(spec: AlertRuleSpec, appSubUrl: string, returnTo: string): string {
  const query = `defaults=${encodeURIComponent(JSON.stringify(ruleFormDefaults(spec)))}&returnTo=${encodeURIComponent(returnTo)}`;
  return `${appSubUrl.replace(/\/$/, '')}/alerting/new?${query}`;
}
