import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '../../i18n/t';
import { reducerOptions } from '../../data/reducerOptions';
import type { AlignedOptions } from '../../types';
import { BULLETS_DEFAULTS } from './bulletsOptions';

const showIf = (o: AlignedOptions) => o.mode === 'bullets';

/** Options of the scorecards (bullet charts), under `bullets.*`, shown only in bullets mode. */
export function addBulletsOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  const category = [t('options.category.bullets', 'Bullets')];
  builder
    .addRadio({
      path: 'bullets.source',
      name: t('options.bullets.source.name', 'Key results from'),
      description: t(
        'options.bullets.source.description',
        'OKR rows: a table query in the row schema (ID, Parent, Title, Target, Current, …), one bullet per key result. Series: one bullet per numeric series, scored with the Key result options.'
      ),
      defaultValue: BULLETS_DEFAULTS.source,
      settings: {
        options: [
          { value: 'auto', label: t('options.bullets.source.option-auto', 'Auto'), description: t('options.bullets.source.option-auto-description', 'OKR rows when a query returns them, else series') },
          { value: 'rows', label: t('options.bullets.source.option-rows', 'OKR rows') },
          { value: 'series', label: t('options.bullets.source.option-series', 'Series') },
        ],
      },
      category,
      showIf,
    })
    .addTextInput({
      path: 'bullets.frame',
      name: t('options.bullets.frame.name', 'OKR query'),
      description: t('options.bullets.frame.description', 'refId of the query returning the OKR rows. Empty: the first table with an ID column.'),
      defaultValue: BULLETS_DEFAULTS.frame,
      settings: { placeholder: t('options.bullets.frame.placeholder', 'auto-detect') },
      category,
      showIf: (o) => showIf(o) && (o.bullets as { source?: string } | undefined)?.source !== 'series',
    })
    .addSelect({
      path: 'bullets.reducer',
      name: t('options.bullets.reducer.name', 'Live value reducer'),
      description: t('options.bullets.reducer.description', 'For OKR rows whose Metric column names a query refId or field: how that series becomes Current.'),
      defaultValue: BULLETS_DEFAULTS.reducer,
      settings: {
        options: reducerOptions(),
      },
      category,
      showIf: (o) => showIf(o) && (o.bullets as { source?: string } | undefined)?.source !== 'series',
    })
    .addRadio({
      path: 'bullets.layout',
      name: t('options.bullets.layout.name', 'Layout'),
      description: t('options.bullets.layout.description', 'Auto: cards in a grid when they all fit, else compact rows that scroll.'),
      defaultValue: BULLETS_DEFAULTS.layout,
      settings: {
        options: [
          { value: 'auto', label: t('options.bullets.layout.option-auto', 'Auto') },
          { value: 'grid', label: t('options.bullets.layout.option-grid', 'Grid') },
          { value: 'list', label: t('options.bullets.layout.option-list', 'List') },
        ],
      },
      category,
      showIf,
    })
    .addNumberInput({
      path: 'bullets.minCardWidth',
      name: t('options.bullets.min-card-width.name', 'Minimum card width'),
      description: t('options.bullets.min-card-width.description', 'Narrowest card in the grid, in pixels; sets how many columns fit.'),
      defaultValue: BULLETS_DEFAULTS.minCardWidth,
      settings: { min: 160, max: 1200, integer: true },
      category,
      showIf,
    })
    .addRadio({
      path: 'bullets.sortBy',
      name: t('options.bullets.sort-by.name', 'Sort by'),
      defaultValue: BULLETS_DEFAULTS.sortBy,
      settings: {
        options: [
          { value: 'status', label: t('options.bullets.sort-by.option-status', 'Status'), description: t('options.bullets.sort-by.option-status-description', 'Worst first') },
          { value: 'progress', label: t('options.bullets.sort-by.option-progress', 'Progress'), description: t('options.bullets.sort-by.option-progress-description', 'Lowest first') },
          { value: 'name', label: t('options.bullets.sort-by.option-name', 'Name') },
          { value: 'source', label: t('options.bullets.sort-by.option-source', 'As in query') },
        ],
      },
      category,
      showIf,
    })
    .addRadio({
      path: 'bullets.groupBy',
      name: t('options.bullets.group-by.name', 'Group by'),
      defaultValue: BULLETS_DEFAULTS.groupBy,
      settings: {
        options: [
          { value: 'none', label: t('options.bullets.group-by.option-none', 'None') },
          { value: 'objective', label: t('options.bullets.group-by.option-objective', 'Objective') },
          { value: 'owner', label: t('options.bullets.group-by.option-owner', 'Owner') },
        ],
      },
      category,
      showIf,
    })
    .addRadio({
      path: 'bullets.bands',
      name: t('options.bullets.bands.name', 'Bands'),
      description: t(
        'options.bullets.bands.description',
        'Pace: off track / at risk / on track zones for today (ranges and thresholds show their good zone). Thresholds: the field\'s Grafana thresholds.'
      ),
      defaultValue: BULLETS_DEFAULTS.bands,
      settings: {
        options: [
          { value: 'pace', label: t('options.bullets.bands.option-pace', 'Pace') },
          { value: 'thresholds', label: t('options.bullets.bands.option-thresholds', 'Thresholds') },
          { value: 'none', label: t('options.bullets.bands.option-none', 'None') },
        ],
      },
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'bullets.showOwner',
      name: t('options.bullets.show-owner.name', 'Show owner'),
      defaultValue: BULLETS_DEFAULTS.showOwner,
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'bullets.showScore',
      name: t('options.bullets.show-score.name', 'Show score'),
      description: t('options.bullets.show-score.description', 'The 0.0–1.0 score of each key result.'),
      defaultValue: BULLETS_DEFAULTS.showScore,
      category,
      showIf,
    });
}
