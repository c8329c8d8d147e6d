/**
 * The panel's own options editor, built like Grafana's: the plugin's options supplier
 * fills a PanelOptionsEditorBuilder, and each item is drawn with the editor component it
 * carries (from the standard editors registry), grouped by category, hidden by showIf.
 */
import React, { useMemo } from 'react';
import { cloneDeep, get, set } from 'lodash';
import {
  PanelOptionsEditorBuilder,
  type DataFrame,
  type EventBus,
  type InterpolateFunction,
  type PanelOptionsEditorItem,
  type PanelPlugin,
} from '@grafana/data';
import { useTheme2 } from '@grafana/ui';
import { hostText } from './bootData';

export interface OptionsPaneProps {
  plugin: PanelPlugin;
  panelId: number;
  /** Options with defaults applied. */
  options: Record<string, unknown>;
  data: DataFrame[];
  replaceVariables: InterpolateFunction;
  eventBus: EventBus;
  onOptionsChange: (options: Record<string, unknown>) => void;
}

function optionItems(plugin: PanelPlugin, options: Record<string, unknown>, data: DataFrame[]): PanelOptionsEditorItem[] {
  const builder = new PanelOptionsEditorBuilder<Record<string, unknown>>();
  plugin.getPanelOptionsSupplier()(builder, { data, options });
  return builder.getItems();
}

function isNested(item: PanelOptionsEditorItem): boolean {
  return typeof (item as unknown as { getBuilder?: unknown }).getBuilder === 'function';
}

export function OptionsPane(props: OptionsPaneProps): React.JSX.Element {
  const theme = useTheme2();
  const { plugin, options, data } = props;
  const items = useMemo(() => optionItems(plugin, options, data), [plugin, options, data]);
  const groups = new Map<string, PanelOptionsEditorItem[]>();
  for (const item of items) {
    if (item.showIf && !item.showIf(options, data)) {
      continue;
    }
    const category = item.category?.[0] ?? hostText('Panel options', 'Параметры панели');
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  const context = { data, options, replaceVariables: props.replaceVariables, eventBus: props.eventBus };

  return (
    <div data-testid="options-pane" aria-label="Panel options">
      {[...groups].map(([category, group]) => (
        <fieldset key={category} style={{ border: 'none', padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontWeight: theme.typography.fontWeightMedium, marginBottom: 8 }}>{category}</legend>
          {group.map((item) => {
            const id = `panel-${props.panelId}-option-${item.path || item.id}`;
            if (isNested(item)) {
              return (
                <div key={id} style={{ fontSize: 12, color: theme.colors.text.secondary }}>
                  {`${item.name}: nested option group (not editable in the preview)`}
                </div>
              );
            }
            const Editor = item.editor;
            const stored = get(options, item.path);
            return (
              <div key={id} data-option-path={item.path} style={{ marginBottom: 12 }}>
                <label htmlFor={id} style={{ display: 'block', fontSize: 12, fontWeight: 500, marginBottom: 4 }}>
                  {item.name}
                </label>
                {item.description ? (
                  <div style={{ fontSize: 11, color: theme.colors.text.secondary, marginBottom: 4 }}>{item.description}</div>
                ) : null}
                <Editor
                  id={id}
                  value={stored === undefined ? item.defaultValue : stored}
                  item={item}
                  context={context}
                  onChange={(value: unknown) => props.onOptionsChange(set(cloneDeep(options), item.path, value))}
                />
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
