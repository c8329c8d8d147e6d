/**
 * The standard field options every panel gets (unit, min, max, decimals, thresholds,
 * colour, value mappings, no value, links, display name). Grafana core seeds this registry
 * in app.ts from code that is not published; `PanelPlugin.fieldConfigRegistry` copies
 * from it and `applyFieldOverrides` runs each item's `process`, so without it a panel
 * would never see thresholds, units or min/max on its fields. The processors are
 * @grafana/data's own exports; the defaults are the ones Grafana documents (thresholds
 * green, then red at 80).
 */
import {
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  FieldConfigProperty,
  FieldType,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  ThresholdsMode,
  unitOverrideProcessor,
  valueMappingsOverrideProcessor,
  type Field,
  type FieldConfigPropertyItem,
  standardEditorsRegistry,
} from '@grafana/data';
import { JsonViewer } from './standardEditors';

const CATEGORY = ['Standard options'];
const always = () => true;
const numericOnly = (field: Field) => field.type === FieldType.number;

/** The registry initialises lazily, on first use, after registerStandardEditors() ran. */
function editorFor(id: string) {
  return standardEditorsRegistry.get(id).editor;
}

export function standardFieldOptions(): FieldConfigPropertyItem[] {
  const text = editorFor('text');
  const number = editorFor('number');
  const unit = editorFor('unit');
  return [
    {
      id: FieldConfigProperty.Unit,
      path: 'unit',
      name: 'Unit',
      editor: unit,
      override: unit,
      process: unitOverrideProcessor,
      shouldApply: always,
      settings: { placeholder: 'none' },
      category: CATEGORY,
    },
    {
      id: FieldConfigProperty.Min,
      path: 'min',
      name: 'Min',
      editor: number,
      override: number,
      process: numberOverrideProcessor,
      shouldApply: numericOnly,
      settings: {},
      category: CATEGORY,
    },
    {
      id: FieldConfigProperty.Max,
      path: 'max',
      name: 'Max',
      editor: number,
      override: number,
      process: numberOverrideProcessor,
      shouldApply: numericOnly,
      settings: {},
      category: CATEGORY,
    },
    {
      id: FieldConfigProperty.Decimals,
      path: 'decimals',
      name: 'Decimals',
      editor: number,
      override: number,
      process: numberOverrideProcessor,
      shouldApply: numericOnly,
      settings: { min: 0, max: 15, integer: true },
      category: CATEGORY,
    },
    {
      id: FieldConfigProperty.DisplayName,
      path: 'displayName',
      name: 'Display name',
      editor: text,
      override: text,
      process: displayNameOverrideProcessor,
      shouldApply: always,
      settings: {},
      category: CATEGORY,
    },
    {
      id: FieldConfigProperty.NoValue,
      path: 'noValue',
      name: 'No value',
      editor: text,
      override: text,
      process: stringOverrideProcessor,
      shouldApply: always,
      settings: {},
      category: CATEGORY,
    },
    {
      id: FieldConfigProperty.Color,
      path: 'color',
      name: 'Color scheme',
      editor: JsonViewer,
      override: JsonViewer,
      process: identityOverrideProcessor,
      shouldApply: always,
      settings: { byValueSupport: true, bySeriesSupport: true, preferThresholdsMode: false },
      category: CATEGORY,
    },
    {
      id: FieldConfigProperty.Thresholds,
      path: 'thresholds',
      name: 'Thresholds',
      editor: JsonViewer,
      override: JsonViewer,
      process: thresholdsOverrideProcessor,
      shouldApply: always,
      settings: {},
      defaultValue: {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 80, color: 'red' },
        ],
      },
      category: ['Thresholds'],
    },
    {
      id: FieldConfigProperty.Mappings,
      path: 'mappings',
      name: 'Value mappings',
      editor: JsonViewer,
      override: JsonViewer,
      process: valueMappingsOverrideProcessor,
      shouldApply: always,
      settings: {},
      defaultValue: [],
      category: ['Value mappings'],
    },
    {
      id: FieldConfigProperty.Links,
      path: 'links',
      name: 'Data links',
      editor: JsonViewer,
      override: JsonViewer,
      process: dataLinksOverrideProcessor,
      shouldApply: always,
      settings: {},
      category: ['Data links'],
    },
  ];
}

export function registerStandardFieldOptions(): void {
  standardFieldConfigEditorRegistry.setInit(standardFieldOptions);
}
