import type { PanelKeyResult } from '../../data/model';
import { t } from '../../i18n/t';

/**
 * The name of a drawn line. A cumulative reducer's line is not the raw series but its running
 * total within the period, so the label says so ("amount (Total so far)").
 */
export function seriesLabel(kr: Pick<PanelKeyResult, 'name' | 'cumulative' | 'reducerName'>): string {
  return kr.cumulative ? t('overlay.series-so-far', '{{name}} ({{reducer}} so far)', { name: kr.name, reducer: kr.reducerName, interpolation: { escapeValue: false } }) : kr.name;
}
