import { fieldReducers } from '@grafana/data';
import type { PanelKeyResult } from '../../data/model';

export const Y_SCALE = 'y';

/** The unit a key result's values are drawn in ('' for none); a reducer such as Count drops it. */
export function drawnUnit(kr: Pick<PanelKeyResult, 'field' | 'reducer'>): string {
  const preservesUnits = fieldReducers.getIfExists(kr.reducer)?.preservesUnits ?? true;
  const unit = preservesUnits ? kr.field.config.unit : undefined;
  return unit && unit !== 'none' ? unit : '';
}

/**
 * One y scale per unit, as Grafana's time series gives series of different units their own
 * axes: the first key result's unit is the left axis ('y'), every other unit gets its own.
 */
export function scaleKeys(keyResults: ReadonlyArray<Pick<PanelKeyResult, 'field' | 'reducer'>>): string[] {
  const first = keyResults[0] ? drawnUnit(keyResults[0]) : '';
  return keyResults.map((kr) => {
    const unit = drawnUnit(kr);
    return unit === first ? Y_SCALE : `y:${unit}`;
  });
}
