import type { PanelOptionsEditorBuilder, SelectableValue } from '@grafana/data';
import { STATUS_PRESETS } from '@aligned/core';
import { reducerOptions } from './data/reducerOptions';
import { DEFAULT_OPTIONS } from './defaults';
import type { KrKind } from '@aligned/core';
import type { AlignedOptions } from './types';

const KR = ['Key result'];
const PERIOD = ['Period'];
const OVERLAY = ['Overlay'];
const d = DEFAULT_OPTIONS;

export const KIND_OPTIONS: Array<SelectableValue<KrKind | 'auto'>> = [
  { value: 'auto', label: 'Auto (from baseline and target)', description: 'Increase when the target is above the baseline, else decrease' },
  { value: 'increase', label: 'Increase to target' },
  { value: 'decrease', label: 'Decrease to target' },
  { value: 'above', label: 'Stay above target' },
  { value: 'below', label: 'Stay below target' },
  { value: 'range', label: 'Stay within range (low – high)' },
  { value: 'track', label: 'Track only (no target)' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Grafana's standard reducers, as in the Stat panel's "Calculation" list. */
/** The panel options shared by every mode, then the overlay's. Bullets and tree add their own. */
export function addCommonOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  const isRange = (o: AlignedOptions) => o.keyResult?.kind === 'range';
  const usesTarget = (o: AlignedOptions) => o.keyResult?.kind !== 'range' && o.keyResult?.kind !== 'track';
  builder
    .addRadio({
      path: 'mode',
      name: 'Display',
      description:
        'Auto: the Tree when a query returns OKR rows, else the Overlay. Overlay: the series with target, pace, bands and forecast. Bullets: one bar per key result. Tree: the OKR cascade.',
      defaultValue: d.mode,
      settings: {
        options: [
          { value: 'auto', label: 'Auto' },
          { value: 'overlay', label: 'Overlay' },
          { value: 'bullets', label: 'Bullets' },
          { value: 'tree', label: 'Tree' },
        ],
      },
    })
    .addSelect({
      path: 'keyResult.kind',
      name: 'Kind',
      category: KR,
      description: 'How the value turns into progress. A field override "Kind" wins for that series.',
      defaultValue: d.keyResult.kind,
      settings: { options: KIND_OPTIONS },
    })
    .addSelect({
      path: 'keyResult.reducer',
      name: 'Value',
      category: KR,
      description: "The calculation that turns the period's samples into the key result's value (e.g. Last *, Total, Count).",
      defaultValue: d.keyResult.reducer,
      settings: { options: reducerOptions() },
    })
    .addRadio({
      path: 'keyResult.targetSource',
      name: 'Target from',
      category: KR,
      defaultValue: d.keyResult.targetSource,
      settings: {
        options: [
          { value: 'option', label: 'Number' },
          { value: 'field', label: 'Field' },
        ],
      },
      showIf: usesTarget,
    })
    .addTextInput({
      path: 'keyResult.target',
      name: 'Target',
      category: KR,
      description: 'The value to reach, e.g. 1200, 1,200, 1.2k or a dashboard variable such as $target.',
      defaultValue: d.keyResult.target,
      settings: { placeholder: 'e.g. 1200 or $target' },
      showIf: (o) => usesTarget(o) && o.keyResult?.targetSource !== 'field',
    })
    .addTextInput({
      path: 'keyResult.targetField',
      name: 'Target field',
      category: KR,
      description: "Display name of the field (e.g. another query) whose last value is the target. Or set a field override's Role to Target.",
      defaultValue: d.keyResult.targetField,
      showIf: (o) => usesTarget(o) && o.keyResult?.targetSource === 'field',
    })
    .addTextInput({
      path: 'keyResult.targetLabel',
      name: 'Target label',
      category: KR,
      description: 'Text on the target line, e.g. "Q3 target".',
      defaultValue: d.keyResult.targetLabel,
      showIf: usesTarget,
    })
    .addSelect({
      path: 'keyResult.baselineSource',
      name: 'Baseline from',
      category: KR,
      defaultValue: d.keyResult.baselineSource,
      settings: {
        options: [
          { value: 'periodStart', label: "Value at the period's start" },
          { value: 'option', label: 'Number' },
          { value: 'field', label: 'Field' },
        ],
      },
      showIf: usesTarget,
    })
    .addTextInput({
      path: 'keyResult.baseline',
      name: 'Baseline',
      category: KR,
      description: 'Where progress starts (0 %), e.g. 0, 12 or $baseline.',
      defaultValue: d.keyResult.baseline,
      showIf: (o) => usesTarget(o) && o.keyResult?.baselineSource === 'option',
    })
    .addTextInput({
      path: 'keyResult.baselineField',
      name: 'Baseline field',
      category: KR,
      defaultValue: d.keyResult.baselineField,
      showIf: (o) => usesTarget(o) && o.keyResult?.baselineSource === 'field',
    })
    .addTextInput({ path: 'keyResult.low', name: 'Low', category: KR, defaultValue: d.keyResult.low, showIf: isRange })
    .addTextInput({ path: 'keyResult.high', name: 'High', category: KR, defaultValue: d.keyResult.high, showIf: isRange })
    .addSelect({
      path: 'keyResult.statusPreset',
      name: 'Status rule',
      category: KR,
      description: 'When a key result is on track, at risk or off track, relative to the time gone.',
      defaultValue: d.keyResult.statusPreset,
      settings: { options: Object.keys(STATUS_PRESETS).map((k) => ({ value: k, label: k === 'default' ? 'Default (90 % / 70 % of pace)' : k })) },
    })
    .addSelect({
      path: 'period.source',
      name: 'Period',
      category: PERIOD,
      description: 'The period the key result is scored over.',
      defaultValue: d.period.source,
      settings: {
        options: [
          { value: 'dashboard', label: 'Dashboard time range' },
          { value: 'month', label: 'This month' },
          { value: 'quarter', label: 'This quarter' },
          { value: 'year', label: 'This year' },
          { value: 'custom', label: 'Custom dates' },
        ],
      },
    })
    .addSelect({
      path: 'period.fiscalYearStartMonth',
      name: 'Fiscal year starts in',
      category: PERIOD,
      defaultValue: d.period.fiscalYearStartMonth,
      settings: { options: MONTHS.map((m, i) => ({ value: i + 1, label: m })) },
      showIf: (o) => o.period?.source === 'quarter' || o.period?.source === 'year',
    })
    .addTextInput({
      path: 'period.start',
      name: 'Start',
      category: PERIOD,
      description: 'First day, e.g. 2026-07-01 (variables allowed).',
      defaultValue: d.period.start,
      showIf: (o) => o.period?.source === 'custom',
    })
    .addTextInput({
      path: 'period.end',
      name: 'End',
      category: PERIOD,
      description: 'Last day, counted whole, e.g. 2026-09-30.',
      defaultValue: d.period.end,
      showIf: (o) => o.period?.source === 'custom',
    });
}

export function addOverlayOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  const overlay = (o: AlignedOptions) => (o.mode ?? 'auto') === 'overlay' || (o.mode ?? 'auto') === 'auto';
  builder
    .addBooleanSwitch({ path: 'overlay.showHeader', name: 'Show header', category: OVERLAY, defaultValue: d.overlay.showHeader, showIf: overlay })
    .addBooleanSwitch({
      path: 'overlay.showChange',
      name: 'Change vs previous period',
      category: OVERLAY,
      defaultValue: d.overlay.showChange,
      showIf: (o) => overlay(o) && o.overlay?.showHeader !== false,
    })
    .addBooleanSwitch({ path: 'overlay.showTarget', name: 'Target line', category: OVERLAY, defaultValue: d.overlay.showTarget, showIf: overlay })
    .addBooleanSwitch({ path: 'overlay.showPace', name: 'Ideal pace line', category: OVERLAY, defaultValue: d.overlay.showPace, showIf: overlay })
    .addSelect({
      path: 'overlay.bands',
      name: 'Bands',
      category: OVERLAY,
      description: 'What the shaded bands behind the data show.',
      defaultValue: d.overlay.bands,
      settings: {
        options: [
          { value: 'pace', label: 'On track / at risk / off track (vs pace)' },
          { value: 'thresholds', label: 'Field thresholds (Standard options)' },
          { value: 'range', label: 'Range low – high' },
          { value: 'none', label: 'None' },
        ],
      },
      showIf: overlay,
    })
    .addRadio({
      path: 'overlay.forecast',
      name: 'Forecast',
      category: OVERLAY,
      defaultValue: d.overlay.forecast,
      settings: {
        options: [
          { value: 'trend', label: 'Trend' },
          { value: 'pace', label: 'Pace' },
          { value: 'none', label: 'None' },
        ],
      },
      showIf: overlay,
    })
    .addBooleanSwitch({ path: 'overlay.showNow', name: '"Now" marker', category: OVERLAY, defaultValue: d.overlay.showNow, showIf: overlay })
    .addBooleanSwitch({
      path: 'overlay.showPeriodEdges',
      name: 'Period start and end',
      category: OVERLAY,
      defaultValue: d.overlay.showPeriodEdges,
      showIf: overlay,
    });
}
