import type { PanelKeyResult } from '../../data/model';

/**
 * The name of a drawn line. A cumulative reducer's line is not the raw series but its running
 * total within the period, so the label says so ("amount (Total so far)").
 */
export function seriesLabel(kr: Pick<PanelKeyResult, 'name' | 'cumulative' | 'reducerName'>): string {
  return kr.cumulative ? `${kr.name} (${kr.reducerName} so far)` : kr.name;
}
