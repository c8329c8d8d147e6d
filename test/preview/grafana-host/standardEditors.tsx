/**
 * Grafana core fills `standardEditorsRegistry` with its option editors (app.ts); the
 * published packages leave it empty, yet every `builder.addNumberInput(...)` etc. looks
 * its editor up there by id. This host registers a small editor per id, built from
 * @grafana/ui controls. Text-like editors commit on blur or Enter, as Grafana's do.
 */
import React, { useEffect, useState } from 'react';
import {
  standardEditorsRegistry,
  type SelectableValue,
  type StandardEditorProps,
  type StandardEditorsRegistryItem,
} from '@grafana/data';
import { Input, MultiSelect, RadioButtonGroup, Select, Switch, TextArea, UnitPicker } from '@grafana/ui';

type Props<T> = StandardEditorProps<T, Record<string, unknown>>;

function settingsOf<T>(props: Props<T>): Record<string, unknown> {
  return (props.item.settings ?? {}) as Record<string, unknown>;
}

function optionsOf<T>(props: Props<T>): Array<SelectableValue<unknown>> {
  const options = settingsOf(props).options;
  return Array.isArray(options) ? (options as Array<SelectableValue<unknown>>) : [];
}

/** An input that keeps its own draft and commits it on blur or Enter. */
function CommitOnBlurInput(props: {
  id?: string;
  value: string;
  type?: 'text' | 'number';
  placeholder?: string;
  multiline?: boolean;
  onCommit: (text: string) => void;
}): React.JSX.Element {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = () => {
    if (draft !== props.value) {
      props.onCommit(draft);
    }
  };
  if (props.multiline) {
    return <TextArea id={props.id} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} onBlur={commit} />;
  }
  return (
    <Input
      id={props.id}
      type={props.type ?? 'text'}
      value={draft}
      placeholder={props.placeholder}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          commit();
        }
      }}
    />
  );
}

function TextEditor(props: Props<string>): React.JSX.Element {
  const settings = settingsOf(props);
  return (
    <CommitOnBlurInput
      id={props.id}
      value={props.value ?? ''}
      placeholder={typeof settings.placeholder === 'string' ? settings.placeholder : undefined}
      multiline={settings.useTextarea === true}
      onCommit={(text) => props.onChange(text)}
    />
  );
}

function NumberEditor(props: Props<number>): React.JSX.Element {
  return (
    <CommitOnBlurInput
      id={props.id}
      type="number"
      value={props.value === undefined || props.value === null ? '' : String(props.value)}
      onCommit={(text) => {
        const parsed = Number(text);
        props.onChange(text.trim() === '' || !Number.isFinite(parsed) ? undefined : parsed);
      }}
    />
  );
}

function StringsEditor(props: Props<string[]>): React.JSX.Element {
  return (
    <CommitOnBlurInput
      id={props.id}
      value={(props.value ?? []).join(', ')}
      placeholder="comma-separated"
      onCommit={(text) =>
        props.onChange(
          text
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        )
      }
    />
  );
}

function SelectEditor(props: Props<unknown>): React.JSX.Element {
  const options = optionsOf(props);
  return (
    <Select
      inputId={props.id}
      options={options}
      value={options.find((o) => o.value === props.value) ?? null}
      onChange={(selected) => props.onChange((selected as SelectableValue<unknown>)?.value)}
    />
  );
}

function MultiSelectEditor(props: Props<unknown[]>): React.JSX.Element {
  const options = optionsOf(props);
  return (
    <MultiSelect
      inputId={props.id}
      options={options}
      value={options.filter((o) => (props.value ?? []).includes(o.value))}
      onChange={(selected) => props.onChange(selected.map((s) => s.value))}
    />
  );
}

function RadioEditor(props: Props<unknown>): React.JSX.Element {
  return <RadioButtonGroup options={optionsOf(props)} value={props.value} onChange={(v) => props.onChange(v)} />;
}

function BooleanEditor(props: Props<boolean>): React.JSX.Element {
  return <Switch id={props.id} value={props.value === true} onChange={(e) => props.onChange(e.currentTarget.checked)} />;
}

function UnitEditor(props: Props<string>): React.JSX.Element {
  return <UnitPicker value={props.value} onChange={(unit) => props.onChange(unit)} />;
}

/** Lists the field names in the panel's data, as Grafana's field-name picker does. */
function FieldNameEditor(props: Props<string>): React.JSX.Element {
  const names = new Set<string>();
  for (const frame of props.context.data ?? []) {
    for (const field of frame.fields) {
      names.add(field.config?.displayName ?? field.name);
    }
  }
  const options = [...names].map((name) => ({ label: name, value: name }));
  return (
    <Select
      inputId={props.id}
      options={options}
      value={options.find((o) => o.value === props.value) ?? null}
      isClearable
      onChange={(selected) => props.onChange((selected as SelectableValue<string> | null)?.value)}
    />
  );
}

/** Structured values (thresholds, mappings, links) are shown read-only: the preview edits them in code. */
export function JsonViewer(props: Props<unknown>): React.JSX.Element {
  return <pre style={{ fontSize: 11, margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(props.value ?? null, null, 1)}</pre>;
}

// Each editor has its own value type; the registry holds them side by side (as Grafana's does, untyped).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const EDITORS: Array<StandardEditorsRegistryItem<any, any>> = [
  { id: 'text', name: 'Text', editor: TextEditor },
  { id: 'number', name: 'Number', editor: NumberEditor },
  { id: 'slider', name: 'Slider', editor: NumberEditor },
  { id: 'strings', name: 'String array', editor: StringsEditor },
  { id: 'select', name: 'Select', editor: SelectEditor },
  { id: 'multi-select', name: 'Multi select', editor: MultiSelectEditor },
  { id: 'radio', name: 'Radio', editor: RadioEditor },
  { id: 'boolean', name: 'Boolean', editor: BooleanEditor },
  { id: 'unit', name: 'Unit', editor: UnitEditor },
  { id: 'color', name: 'Color', editor: TextEditor },
  { id: 'field-name', name: 'Field name', editor: FieldNameEditor },
  { id: 'dashboard-uid', name: 'Dashboard', editor: TextEditor },
  { id: 'timezone', name: 'Time zone', editor: TextEditor },
  { id: 'json', name: 'Structured value', editor: JsonViewer },
];

export function registerStandardEditors(): void {
  standardEditorsRegistry.setInit(() => EDITORS);
}
