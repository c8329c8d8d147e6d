/**
 * The shapes Grafana's alerting reads, as its source defines them (Grafana 12.3 and 13.x):
 * - the new-rule page `/alerting/new?defaults=<JSON>` parses `defaults` with JSON.parse into a
 *   partial RuleFormValues (name, type 'grafana-alerting', queries, condition, labels and
 *   annotations as key/value lists…) over its own defaults (formValuesFromQueryParams);
 * - a query is an AlertQuery: refId, queryType, relativeTimeRange in seconds, datasourceUid,
 *   model (the data source query, or an expression on the `__expr__` data source);
 * - a rule links to a dashboard panel through the annotations `__dashboardUid__` and `__panelId__`;
 * - file provisioning takes the same rule with `data` for the queries and maps for labels and
 *   annotations, under `apiVersion: 1` and `groups`.
 * Grafana does not export these types to plugins, so they are restated here.
 */

export const EXPRESSION_DATASOURCE = { uid: '__expr__', type: '__expr__' } as const;

export interface RelativeTimeRange {
  /** Seconds before the evaluation time. */
  from: number;
  to: number;
}

export interface AlertQuery {
  refId: string;
  queryType: string;
  relativeTimeRange?: RelativeTimeRange;
  datasourceUid: string;
  model: Record<string, unknown>;
}

export type KeyValue = { key: string; value: string };

export type NoDataState = 'NoData' | 'Alerting' | 'OK' | 'KeepLast';
export type ExecErrState = 'Error' | 'Alerting' | 'OK' | 'KeepLast';

/** The part of Grafana's RuleFormValues the plugin fills in. */
export interface RuleFormDefaults {
  type: 'grafana-alerting';
  name: string;
  queries: AlertQuery[];
  condition: string;
  labels: KeyValue[];
  annotations: KeyValue[];
  noDataState: NoDataState;
  execErrState: ExecErrState;
  evaluateFor: string;
}

export const DASHBOARD_UID_ANNOTATION = '__dashboardUid__';
export const PANEL_ID_ANNOTATION = '__panelId__';
