import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { reducerOptions } from '../../data/reducerOptions';
import type { AlignedOptions } from '../../types';
import { BULLETS_DEFAULTS } from './bulletsOptions';

const category = ['Bullets'];
const showIf = (o: AlignedOptions) => o.mode === 'bullets';

/** Options of the scorecards (bullet charts), under `bullets.*`, shown only in bullets mode. */
export function addBulletsOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  builder
    .addRadio({
      path: 'bullets.source',
      name: 'Key results from',
      description:
        'OKR rows: a table query in the row schema (ID, Parent, Title, Target, Current, …), one bullet per key result. Series: one bullet per numeric series, scored with the Key result options.',
      defaultValue: BULLETS_DEFAULTS.source,
      settings: {
        options: [
          { value: 'auto', label: 'Auto', description: 'OKR rows when a query returns them, else series' },
          { value: 'rows', label: 'OKR rows' },
          { value: 'series', label: 'Series' },
        ],
      },
      category,
      showIf,
    })
    .addTextInput({
      path: 'bullets.frame',
      name: 'OKR query',
      description: 'refId of the query returning the OKR rows. Empty: the first table with an ID column.',
      defaultValue: BULLETS_DEFAULTS.frame,
      settings: { placeholder: 'auto-detect' },
      category,
      showIf: (o) => showIf(o) && (o.bullets as { source?: string } | undefined)?.source !== 'series',
    })
    .addSelect({
      path: 'bullets.reducer',
      name: 'Live value reducer',
      description: 'For OKR rows whose Metric column names a query refId or field: how that series becomes Current.',
      defaultValue: BULLETS_DEFAULTS.reducer,
      settings: {
        options: reducerOptions(),
      },
      category,
      showIf: (o) => showIf(o) && (o.bullets as { source?: string } | undefined)?.source !== 'series',
    })
    .addRadio({
      path: 'bullets.layout',
      name: 'Layout',
      description: 'Auto: cards in a grid when they all fit, else compact rows that scroll.',
      defaultValue: BULLETS_DEFAULTS.layout,
      settings: {
        options: [
          { value: 'auto', label: 'Auto' },
          { value: 'grid', label: 'Grid' },
          { value: 'list', label: 'List' },
        ],
      },
      category,
      showIf,
    })
    .addNumberInput({
      path: 'bullets.minCardWidth',
      name: 'Minimum card width',
      description: 'Narrowest card in the grid, in pixels; sets how many columns fit.',
      defaultValue: BULLETS_DEFAULTS.minCardWidth,
      settings: { min: 160, max: 1200, integer: true },
      category,
      showIf,
    })
    .addRadio({
      path: 'bullets.sortBy',
      name: 'Sort by',
      defaultValue: BULLETS_DEFAULTS.sortBy,
      settings: {
        options: [
          { value: 'status', label: 'Status', description: 'Worst first' },
          { value: 'progress', label: 'Progress', description: 'Lowest first' },
          { value: 'name', label: 'Name' },
          { value: 'source', label: 'As in query' },
        ],
      },
      category,
      showIf,
    })
    .addRadio({
      path: 'bullets.groupBy',
      name: 'Group by',
      defaultValue: BULLETS_DEFAULTS.groupBy,
      settings: {
        options: [
          { value: 'none', label: 'None' },
          { value: 'objective', label: 'Objective' },
          { value: 'owner', label: 'Owner' },
        ],
      },
      category,
      showIf,
    })
    .addRadio({
      path: 'bullets.bands',
      name: 'Bands',
      description:
        'Pace: off track / at risk / on track zones for today (ranges and thresholds show their good zone). Thresholds: the field\'s Grafana thresholds.',
      defaultValue: BULLETS_DEFAULTS.bands,
      settings: {
        options: [
          { value: 'pace', label: 'Pace' },
          { value: 'thresholds', label: 'Thresholds' },
          { value: 'none', label: 'None' },
        ],
      },
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'bullets.showOwner',
      name: 'Show owner',
      defaultValue: BULLETS_DEFAULTS.showOwner,
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'bullets.showScore',
      name: 'Show score',
      description: 'The 0.0–1.0 score of each key result.',
      defaultValue: BULLETS_DEFAULTS.showScore,
      category,
      showIf,
    });
}
