import type { PanelData } from '@grafana/data';
import type { RuleSource } from './ruleSpec';
import { t as i18n } from '../i18n/t';

/**
 * The query behind a frame, with dashboard variables replaced (a rule cannot hold $variables),
 * and the data source it runs on. Grafana's query runner fills in each target's data source.
 */
export function ruleSource(data: PanelData, frameIndex: number, panelId: number, interpolate: (text: string) => string): RuleSource | { unavailable: string } {
  const refId = data.series[frameIndex]?.refId;
  const target = data.request?.targets.find((t) => t.refId === refId);
  if (refId === undefined || target === undefined) return {
      unavailable: i18n('alerting.unavailable.no-ref-id', 'The query behind this key result is not known to the panel (no refId), so no rule can be made from it.'),
    };
  const datasourceUid = target.datasource?.uid ?? '';
  if (datasourceUid === '' || datasourceUid.startsWith('$')) {
    return {
      unavailable: i18n(
        'alerting.unavailable.no-datasource',
        'Query {{refId}} has no fixed data source (found "{{uid}}"): alert rules need one. Pick a data source for the query.',
        { refId, uid: datasourceUid, interpolation: { escapeValue: false } }
      ),
    };
  }
  if (datasourceUid === '-- Mixed --' || datasourceUid === '-- Dashboard --') return {
      unavailable: i18n('alerting.unavailable.reused-query', "Query {{refId}} reuses another query's results; alert on the original query instead.", { refId, interpolation: { escapeValue: false } }),
    };
  const query: Record<string, unknown> & { refId: string } = { refId };
  for (const [key, value] of Object.entries(target)) {
    if (key === 'refId' || key === 'hide') continue;
    query[key] = typeof value === 'string' ? interpolate(value) : value;
  }
  return { query, datasourceUid, dashboardUid: data.request?.dashboardUID ?? '', panelId: Number.isFinite(panelId) ? panelId : null };
}
