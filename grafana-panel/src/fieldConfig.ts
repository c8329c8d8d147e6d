import type { FieldConfigEditorBuilder, SelectableValue } from '@grafana/data';
import type { KrKind } from '@aligned/core';
import { DEFAULT_FIELD_CONFIG } from './defaults';
import { KIND_OPTIONS } from './options';
import type { AlignedFieldConfig } from './types';

const CATEGORY = ['Aligned key result'];

/**
 * Per-field settings, so overrides can give each series its own target, baseline, kind and
 * weight, or mark a field (another query) as the source of the target or baseline.
 * Empty text means "use the panel option".
 */
export function addFieldConfig(builder: FieldConfigEditorBuilder<AlignedFieldConfig>): void {
  const d = DEFAULT_FIELD_CONFIG;
  builder
    .addSelect({
      path: 'role',
      name: 'Role',
      category: CATEGORY,
      description: 'Key result (scored), Target or Baseline (its last value is used), or Ignore.',
      defaultValue: d.role,
      settings: {
        options: [
          { value: 'auto', label: 'Auto' },
          { value: 'value', label: 'Key result' },
          { value: 'target', label: 'Target' },
          { value: 'baseline', label: 'Baseline' },
          { value: 'ignore', label: 'Ignore' },
        ],
      },
      hideFromDefaults: true,
    })
    .addTextInput({
      path: 'target',
      name: 'Target',
      category: CATEGORY,
      description: "This series' own target (number or $variable); empty = the panel's.",
      defaultValue: d.target,
      hideFromDefaults: true,
    })
    .addTextInput({
      path: 'baseline',
      name: 'Baseline',
      category: CATEGORY,
      description: "This series' own baseline; empty = the panel's.",
      defaultValue: d.baseline,
      hideFromDefaults: true,
    })
    .addSelect({
      path: 'kind',
      name: 'Kind',
      category: CATEGORY,
      defaultValue: d.kind,
      settings: { options: [{ value: 'inherit' as const, label: "Panel's kind" }, ...KIND_OPTIONS.filter((o) => o.value !== 'auto') as Array<SelectableValue<KrKind>>] },
      hideFromDefaults: true,
    })
    .addNumberInput({
      path: 'weight',
      name: 'Weight',
      category: CATEGORY,
      description: 'Weight in rollups (0 = informational).',
      defaultValue: d.weight,
      settings: { min: 0 },
      hideFromDefaults: true,
    })
    .addTextInput({ path: 'low', name: 'Low', category: CATEGORY, defaultValue: d.low, hideFromDefaults: true })
    .addTextInput({ path: 'high', name: 'High', category: CATEGORY, defaultValue: d.high, hideFromDefaults: true });
}
