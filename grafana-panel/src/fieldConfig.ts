import type { FieldConfigEditorBuilder, SelectableValue } from '@grafana/data';
import { t } from './i18n/t';
import type { KrKind } from '@aligned/core';
import { DEFAULT_FIELD_CONFIG } from './defaults';
import { kindOptions } from './options';
import type { AlignedFieldConfig } from './types';


/**
 * Per-field settings, so overrides can give each series its own target, baseline, kind and
 * weight, or mark a field (another query) as the source of the target or baseline.
 * Empty text means "use the panel option".
 */
export function addFieldConfig(builder: FieldConfigEditorBuilder<AlignedFieldConfig>): void {
  const d = DEFAULT_FIELD_CONFIG;
  const category = [t('field-config.category', 'Aligned key result')];
  builder
    .addSelect({
      path: 'role',
      name: t('field-config.role.name', 'Role'),
      category: category,
      description: t('field-config.role.description', 'Key result (scored), Target or Baseline (its last value is used), or Ignore.'),
      defaultValue: d.role,
      settings: {
        options: [
          { value: 'auto', label: t('field-config.role.option-auto', 'Auto') },
          { value: 'value', label: t('field-config.role.option-value', 'Key result') },
          { value: 'target', label: t('field-config.role.option-target', 'Target') },
          { value: 'baseline', label: t('field-config.role.option-baseline', 'Baseline') },
          { value: 'ignore', label: t('field-config.role.option-ignore', 'Ignore') },
        ],
      },
      hideFromDefaults: true,
    })
    .addTextInput({
      path: 'target',
      name: t('field-config.target.name', 'Target'),
      category: category,
      description: t('field-config.target.description', 'This series\' own target (number or $variable); empty = the panel\'s.'),
      defaultValue: d.target,
      hideFromDefaults: true,
    })
    .addTextInput({
      path: 'baseline',
      name: t('field-config.baseline.name', 'Baseline'),
      category: category,
      description: t('field-config.baseline.description', 'This series\' own baseline; empty = the panel\'s.'),
      defaultValue: d.baseline,
      hideFromDefaults: true,
    })
    .addSelect({
      path: 'kind',
      name: t('field-config.kind.name', 'Kind'),
      category: category,
      defaultValue: d.kind,
      settings: { options: [{ value: 'inherit' as const, label: t('field-config.kind.option-inherit', "Panel's kind") }, ...kindOptions().filter((o) => o.value !== 'auto') as Array<SelectableValue<KrKind>>] },
      hideFromDefaults: true,
    })
    .addNumberInput({
      path: 'weight',
      name: t('field-config.weight.name', 'Weight'),
      category: category,
      description: t('field-config.weight.description', 'Weight in rollups (0 = informational).'),
      defaultValue: d.weight,
      settings: { min: 0 },
      hideFromDefaults: true,
    })
    .addTextInput({ path: 'low', name: t('field-config.low.name', 'Low'), category: category, defaultValue: d.low, hideFromDefaults: true })
    .addTextInput({ path: 'high', name: t('field-config.high.name', 'High'), category: category, defaultValue: d.high, hideFromDefaults: true });
}
