import type { PanelOptionsEditorBuilder, SelectableValue } from '@grafana/data';
import { t } from './i18n/t';
import { STATUS_PRESETS } from '@aligned/core';
import { reducerOptions } from './data/reducerOptions';
import { DEFAULT_OPTIONS } from './defaults';
import type { KrKind } from '@aligned/core';
import type { AlignedOptions } from './types';

// Translated when the options pane is built, never at import (Grafana loads the translations first).
const keyResultCategory = () => [t('options.category.key-result', 'Key result')];
const periodCategory = () => [t('options.category.period', 'Period')];
const overlayCategory = () => [t('options.category.overlay', 'Overlay')];
const d = DEFAULT_OPTIONS;

/** The kinds a key result can have, as the Kind option (and a field override's Kind) lists them. */
export const kindOptions = (): Array<SelectableValue<KrKind | 'auto'>> => [
  { value: 'auto', label: t('options.kind.option-auto', 'Auto (from baseline and target)'), description: t('options.kind.option-auto-description', 'Increase when the target is above the baseline, else decrease') },
  { value: 'increase', label: t('options.kind.option-increase', 'Increase to target') },
  { value: 'decrease', label: t('options.kind.option-decrease', 'Decrease to target') },
  { value: 'above', label: t('options.kind.option-above', 'Stay above target') },
  { value: 'below', label: t('options.kind.option-below', 'Stay below target') },
  { value: 'range', label: t('options.kind.option-range', 'Stay within range (low – high)') },
  { value: 'track', label: t('options.kind.option-track', 'Track only (no target)') },
];

const months = () => [
  t('options.month.january', 'January'),
  t('options.month.february', 'February'),
  t('options.month.march', 'March'),
  t('options.month.april', 'April'),
  t('options.month.may', 'May'),
  t('options.month.june', 'June'),
  t('options.month.july', 'July'),
  t('options.month.august', 'August'),
  t('options.month.september', 'September'),
  t('options.month.october', 'October'),
  t('options.month.november', 'November'),
  t('options.month.december', 'December'),
];

/** Grafana's standard reducers, as in the Stat panel's "Calculation" list. */
/** The panel options shared by every mode, then the overlay's. Bullets and tree add their own. */
export function addCommonOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  const isRange = (o: AlignedOptions) => o.keyResult?.kind === 'range';
  const usesTarget = (o: AlignedOptions) => o.keyResult?.kind !== 'range' && o.keyResult?.kind !== 'track';
  builder
    .addRadio({
      path: 'mode',
      name: t('options.mode.name', 'Display'),
      description: t(
        'options.mode.description',
        'Auto: the Tree when a query returns OKR rows, else the Overlay. Overlay: the series with target, pace, bands and forecast. Bullets: one bar per key result. Tree: the OKR cascade.'
      ),
      defaultValue: d.mode,
      settings: {
        options: [
          { value: 'auto', label: t('options.mode.option-auto', 'Auto') },
          { value: 'overlay', label: t('options.mode.option-overlay', 'Overlay') },
          { value: 'bullets', label: t('options.mode.option-bullets', 'Bullets') },
          { value: 'tree', label: t('options.mode.option-tree', 'Tree') },
        ],
      },
    })
    .addSelect({
      path: 'keyResult.kind',
      name: t('options.kr.kind.name', 'Kind'),
      category: keyResultCategory(),
      description: t('options.kr.kind.description', 'How the value turns into progress. A field override "Kind" wins for that series.'),
      defaultValue: d.keyResult.kind,
      settings: { options: kindOptions() },
    })
    .addSelect({
      path: 'keyResult.reducer',
      name: t('options.kr.reducer.name', 'Value'),
      category: keyResultCategory(),
      description: t('options.kr.reducer.description', 'The calculation that turns the period\'s samples into the key result\'s value (e.g. Last *, Total, Count).'),
      defaultValue: d.keyResult.reducer,
      settings: { options: reducerOptions() },
    })
    .addRadio({
      path: 'keyResult.targetSource',
      name: t('options.kr.target-source.name', 'Target from'),
      category: keyResultCategory(),
      defaultValue: d.keyResult.targetSource,
      settings: {
        options: [
          { value: 'option', label: t('options.kr.target-source.option-option', 'Number') },
          { value: 'field', label: t('options.kr.target-source.option-field', 'Field') },
        ],
      },
      showIf: usesTarget,
    })
    .addTextInput({
      path: 'keyResult.target',
      name: t('options.kr.target.name', 'Target'),
      category: keyResultCategory(),
      description: t('options.kr.target.description', 'The value to reach, e.g. 1200, 1,200, 1.2k or a dashboard variable such as $target.'),
      defaultValue: d.keyResult.target,
      settings: { placeholder: t('options.kr.target.placeholder', 'e.g. 1200 or $target') },
      showIf: (o) => usesTarget(o) && o.keyResult?.targetSource !== 'field',
    })
    .addTextInput({
      path: 'keyResult.targetField',
      name: t('options.kr.target-field.name', 'Target field'),
      category: keyResultCategory(),
      description: t('options.kr.target-field.description', 'Display name of the field (e.g. another query) whose last value is the target. Or set a field override\'s Role to Target.'),
      defaultValue: d.keyResult.targetField,
      showIf: (o) => usesTarget(o) && o.keyResult?.targetSource === 'field',
    })
    .addTextInput({
      path: 'keyResult.targetLabel',
      name: t('options.kr.target-label.name', 'Target label'),
      category: keyResultCategory(),
      description: t('options.kr.target-label.description', 'Text on the target line, e.g. "Q3 target".'),
      defaultValue: d.keyResult.targetLabel,
      showIf: usesTarget,
    })
    .addSelect({
      path: 'keyResult.baselineSource',
      name: t('options.kr.baseline-source.name', 'Baseline from'),
      category: keyResultCategory(),
      defaultValue: d.keyResult.baselineSource,
      settings: {
        options: [
          { value: 'periodStart', label: t('options.kr.baseline-source.option-period-start', 'Value at the period\'s start') },
          { value: 'option', label: t('options.kr.baseline-source.option-option', 'Number') },
          { value: 'field', label: t('options.kr.baseline-source.option-field', 'Field') },
        ],
      },
      showIf: usesTarget,
    })
    .addTextInput({
      path: 'keyResult.baseline',
      name: t('options.kr.baseline.name', 'Baseline'),
      category: keyResultCategory(),
      description: t('options.kr.baseline.description', 'Where progress starts (0 %), e.g. 0, 12 or $baseline.'),
      defaultValue: d.keyResult.baseline,
      showIf: (o) => usesTarget(o) && o.keyResult?.baselineSource === 'option',
    })
    .addTextInput({
      path: 'keyResult.baselineField',
      name: t('options.kr.baseline-field.name', 'Baseline field'),
      category: keyResultCategory(),
      defaultValue: d.keyResult.baselineField,
      showIf: (o) => usesTarget(o) && o.keyResult?.baselineSource === 'field',
    })
    .addTextInput({ path: 'keyResult.low', name: t('options.kr.low.name', 'Low'), category: keyResultCategory(), defaultValue: d.keyResult.low, showIf: isRange })
    .addTextInput({ path: 'keyResult.high', name: t('options.kr.high.name', 'High'), category: keyResultCategory(), defaultValue: d.keyResult.high, showIf: isRange })
    .addSelect({
      path: 'keyResult.statusPreset',
      name: t('options.kr.status-preset.name', 'Status rule'),
      category: keyResultCategory(),
      description: t('options.kr.status-preset.description', 'When a key result is on track, at risk or off track, relative to the time gone.'),
      defaultValue: d.keyResult.statusPreset,
      settings: { options: Object.keys(STATUS_PRESETS).map((k) => ({ value: k, label: k === 'default' ? t('options.kr.status-preset.option-default', 'Default (90 % / 70 % of pace)') : k })) },
    })
    .addSelect({
      path: 'period.source',
      name: t('options.period.source.name', 'Period'),
      category: periodCategory(),
      description: t('options.period.source.description', 'The period the key result is scored over.'),
      defaultValue: d.period.source,
      settings: {
        options: [
          { value: 'dashboard', label: t('options.period.source.option-dashboard', 'Dashboard time range') },
          { value: 'month', label: t('options.period.source.option-month', 'This month') },
          { value: 'quarter', label: t('options.period.source.option-quarter', 'This quarter') },
          { value: 'year', label: t('options.period.source.option-year', 'This year') },
          { value: 'custom', label: t('options.period.source.option-custom', 'Custom dates') },
        ],
      },
    })
    .addSelect({
      path: 'period.fiscalYearStartMonth',
      name: t('options.period.fiscal-year-start-month.name', 'Fiscal year starts in'),
      category: periodCategory(),
      defaultValue: d.period.fiscalYearStartMonth,
      settings: { options: months().map((m, i) => ({ value: i + 1, label: m })) },
      showIf: (o) => o.period?.source === 'quarter' || o.period?.source === 'year',
    })
    .addTextInput({
      path: 'period.start',
      name: t('options.period.start.name', 'Start'),
      category: periodCategory(),
      description: t('options.period.start.description', 'First day, e.g. 2026-07-01 (variables allowed).'),
      defaultValue: d.period.start,
      showIf: (o) => o.period?.source === 'custom',
    })
    .addTextInput({
      path: 'period.end',
      name: t('options.period.end.name', 'End'),
      category: periodCategory(),
      description: t('options.period.end.description', 'Last day, counted whole, e.g. 2026-09-30.'),
      defaultValue: d.period.end,
      showIf: (o) => o.period?.source === 'custom',
    });
}

export function addOverlayOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  const overlay = (o: AlignedOptions) => (o.mode ?? 'auto') === 'overlay' || (o.mode ?? 'auto') === 'auto';
  builder
    .addBooleanSwitch({ path: 'overlay.showHeader', name: t('options.overlay.show-header.name', 'Show header'), category: overlayCategory(), defaultValue: d.overlay.showHeader, showIf: overlay })
    .addBooleanSwitch({
      path: 'overlay.showChange',
      name: t('options.overlay.show-change.name', 'Change vs previous period'),
      category: overlayCategory(),
      defaultValue: d.overlay.showChange,
      showIf: (o) => overlay(o) && o.overlay?.showHeader !== false,
    })
    .addBooleanSwitch({ path: 'overlay.showTarget', name: t('options.overlay.show-target.name', 'Target line'), category: overlayCategory(), defaultValue: d.overlay.showTarget, showIf: overlay })
    .addBooleanSwitch({ path: 'overlay.showPace', name: t('options.overlay.show-pace.name', 'Ideal pace line'), category: overlayCategory(), defaultValue: d.overlay.showPace, showIf: overlay })
    .addSelect({
      path: 'overlay.bands',
      name: t('options.overlay.bands.name', 'Bands'),
      category: overlayCategory(),
      description: t('options.overlay.bands.description', 'What the shaded bands behind the data show.'),
      defaultValue: d.overlay.bands,
      settings: {
        options: [
          { value: 'pace', label: t('options.overlay.bands.option-pace', 'On track / at risk / off track (vs pace)') },
          { value: 'thresholds', label: t('options.overlay.bands.option-thresholds', 'Field thresholds (Standard options)') },
          { value: 'range', label: t('options.overlay.bands.option-range', 'Range low – high') },
          { value: 'none', label: t('options.overlay.bands.option-none', 'None') },
        ],
      },
      showIf: overlay,
    })
    .addRadio({
      path: 'overlay.forecast',
      name: t('options.overlay.forecast.name', 'Forecast'),
      category: overlayCategory(),
      defaultValue: d.overlay.forecast,
      settings: {
        options: [
          { value: 'trend', label: t('options.overlay.forecast.option-trend', 'Trend') },
          { value: 'pace', label: t('options.overlay.forecast.option-pace', 'Pace') },
          { value: 'none', label: t('options.overlay.forecast.option-none', 'None') },
        ],
      },
      showIf: overlay,
    })
    .addBooleanSwitch({ path: 'overlay.showNow', name: t('options.overlay.show-now.name', '"Now" marker'), category: overlayCategory(), defaultValue: d.overlay.showNow, showIf: overlay })
    .addBooleanSwitch({
      path: 'overlay.showPeriodEdges',
      name: t('options.overlay.show-period-edges.name', 'Period start and end'),
      category: overlayCategory(),
      defaultValue: d.overlay.showPeriodEdges,
      showIf: overlay,
    });
}
