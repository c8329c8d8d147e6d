import type { KrKind } from '@aligned/core';
import { t } from '../i18n/t';
import { conditionFor, reduceFor } from './condition';
import { DASHBOARD_UID_ANNOTATION, EXPRESSION_DATASOURCE, PANEL_ID_ANNOTATION, type AlertQuery, type ExecErrState, type NoDataState } from './shapes';

/** A key result as a rule sees it: what the panel shows, with the core's words for it. */
export interface AlertSubject {
  /** Stable within the panel: the row ID, or "refId/field" for a series. */
  id: string;
  title: string;
  owner: string;
  kind: KrKind | null;
  target: number | null;
  low: number | null;
  high: number | null;
  /** The panel's reducer id (Grafana fieldReducers). */
  reducer: string;
  refId: string;
  /** The status and the core's explanation of the figure. */
  statusLabel: string;
  explain: string;
  /** Length of the OKR period, for the query's time range; null when unknown. */
  periodMs: number | null;
}

/** Where the rule's data comes from and which panel it belongs to. */
export interface RuleSource {
  /** The panel's query with this refId, variables already replaced, with its data source. */
  query: Record<string, unknown> & { refId: string };
  datasourceUid: string;
  dashboardUid: string;
  panelId: number | null;
}

/** A Grafana-managed alert rule for one key result, before it takes the form or the file shape. */
export interface AlertRuleSpec {
  uid: string;
  title: string;
  queries: AlertQuery[];
  condition: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  for: string;
  noDataState: NoDataState;
  execErrState: ExecErrState;
}

const DAY_S = 86_400;

/**
 * The rule: the key result's own query (same data source and refId), a Reduce expression with
 * the panel's reducer, and a Threshold on the reduced value that matches the kind (see
 * conditionFor). Labels name the key result; the summary is the core's explanation; the
 * dashboard and panel annotations link the rule back to the panel.
 */
export function alertRuleSpec(subject: AlertSubject, source: RuleSource): AlertRuleSpec | { unavailable: string } {
  const condition = conditionFor(subject.kind, subject.target, subject.low, subject.high);
  if ('unavailable' in condition) return condition;
  const reduce = reduceFor(subject.reducer);
  const refId = source.query.refId;
  const [reduceId, conditionId] = freeRefIds(refId);
  const seconds = Math.max(DAY_S, Math.round((subject.periodMs ?? 30 * DAY_S * 1000) / 1000));
  const queries: AlertQuery[] = [
    { refId, queryType: '', relativeTimeRange: { from: seconds, to: 0 }, datasourceUid: source.datasourceUid, model: { ...source.query } },
    {
      refId: reduceId,
      queryType: '',
      datasourceUid: EXPRESSION_DATASOURCE.uid,
      model: {
        refId: reduceId,
        type: 'reduce',
        datasource: { ...EXPRESSION_DATASOURCE },
        expression: refId,
        reducer: reduce.reducer,
        ...(reduce.dropNonNumbers ? { settings: { mode: 'dropNN' } } : {}),
      },
    },
    {
      refId: conditionId,
      queryType: '',
      datasourceUid: EXPRESSION_DATASOURCE.uid,
      model: {
        refId: conditionId,
        type: 'threshold',
        datasource: { ...EXPRESSION_DATASOURCE },
        expression: reduceId,
        conditions: [
          {
            type: 'query',
            evaluator: { type: condition.evaluator.type, params: [...condition.evaluator.params] },
            operator: { type: 'and' },
            query: { params: [conditionId] },
            reducer: { params: [], type: 'last' },
          },
        ],
      },
    },
  ];
  const labels: Record<string, string> = { okr_key_result_id: subject.id, okr_key_result: subject.title };
  if (subject.owner.trim() !== '') labels.okr_owner = subject.owner.trim();
  const annotations: Record<string, string> = {
    summary: `${subject.title}: ${subject.statusLabel}. ${subject.explain}`.trim(),
    description: [condition.text, reduce.caveat, t('alerting.rule.range-note', 'Evaluated over the last {{days}} days; Grafana has no "since the start of the OKR period" range.', { days: Math.round(seconds / DAY_S) })].filter(Boolean).join(' '),
  };
  if (source.dashboardUid !== '') annotations[DASHBOARD_UID_ANNOTATION] = source.dashboardUid;
  if (source.dashboardUid !== '' && source.panelId !== null) annotations[PANEL_ID_ANNOTATION] = String(source.panelId);
  return {
    uid: ruleUid(`${source.dashboardUid}/${source.panelId ?? ''}/${subject.id}`),
    title: `OKR ${subject.title}`,
    queries,
    condition: conditionId,
    labels,
    annotations,
    for: '1h',
    noDataState: 'NoData',
    execErrState: 'Error',
  };
}

/** Two refIds for the expressions that the query does not use: B and C for query A. */
function freeRefIds(taken: string): [string, string] {
  const free: string[] = [];
  for (let c = 66; free.length < 2; c++) {
    const id = String.fromCharCode(c);
    if (id !== taken) free.push(id);
  }
  return [free[0], free[1]];
}

/** A stable uid (Grafana: at most 40 letters, digits, - and _), so an export replaces its rules on reload. */
export function ruleUid(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  return `aligned-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
