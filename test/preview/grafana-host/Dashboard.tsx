/**
 * A small Grafana-like dashboard around the loaded plugin: a toolbar (the `$target`
 * variable, the time range picker, the light/dark switch), the panels in Grafana panel
 * frames, and the selected panel's options pane.
 */
import React, { useCallback, useEffect, useMemo, useState } from 'react';
import {
  createTheme,
  EventBusSrv,
  ThemeContext,
  type FieldConfigSource,
  type PanelPlugin,
  type TimeRange,
} from '@grafana/data';
import { config } from '@grafana/runtime';
import { Button, Input, RadioButtonGroup, Select } from '@grafana/ui';
import { hostText, LANGUAGES, type Language, type ThemeMode } from './bootData';
import { HostedPanel, useOptionsWithDefaults } from './HostedPanel';
import { OptionsPane } from './OptionsPane';
import type { DashboardPanel } from './panelModel';
import { absoluteRange, QUICK_RANGES, resolveRange } from './timeRange';
import { makeReplaceVariables } from './variables';

export interface DashboardProps {
  plugin: PanelPlugin;
  title: string;
  initialPanels: DashboardPanel[];
  initialVariables: Record<string, string>;
  initialTheme: ThemeMode;
  /** The user's language; Grafana reloads the page when it changes, and so does this switch. */
  language: Language;
}

const TIME_ZONE = 'utc';

const RANGE_OPTIONS = QUICK_RANGES.map((q) => ({ label: q.label, value: q.label }));

const THEME_OPTIONS = [
  { label: 'Light', value: 'light' as const },
  { label: 'Dark', value: 'dark' as const },
];

export function Dashboard(props: DashboardProps): React.JSX.Element {
  const [mode, setMode] = useState<ThemeMode>(props.initialTheme);
  const [panels, setPanels] = useState(props.initialPanels);
  const [variables, setVariables] = useState(props.initialVariables);
  const [rangeLabel, setRangeLabel] = useState(QUICK_RANGES[0].label);
  const [timeRange, setTimeRange] = useState<TimeRange>(() => resolveRange(QUICK_RANGES[0].raw, TIME_ZONE));
  const [editingId, setEditingId] = useState(props.initialPanels[0]?.id ?? 0);
  const eventBus = useMemo(() => new EventBusSrv(), []);

  const theme = useMemo(() => createTheme({ colors: { mode } }), [mode]);
  useEffect(() => {
    // Grafana keeps config.theme2 current for code that reads it outside React.
    config.theme2 = theme;
    config.theme = theme.v1;
    document.body.style.background = theme.colors.background.canvas;
    document.body.style.color = theme.colors.text.primary;
    document.body.dataset.theme = mode;
  }, [theme, mode]);

  const replaceVariables = useMemo(() => makeReplaceVariables(variables), [variables]);

  const updatePanel = useCallback((id: number, change: (panel: DashboardPanel) => DashboardPanel) => {
    setPanels((current) => current.map((p) => (p.id === id ? change(p) : p)));
  }, []);
  const onOptionsChange = (id: number) => (options: Record<string, unknown>) => updatePanel(id, (p) => ({ ...p, options }));
  const onFieldConfigChange = (id: number) => (fieldConfig: FieldConfigSource, replace?: boolean) =>
    updatePanel(id, (p) => ({
      ...p,
      fieldConfig: replace
        ? fieldConfig
        : {
            defaults: { ...p.fieldConfig.defaults, ...fieldConfig.defaults },
            overrides: fieldConfig.overrides ?? p.fieldConfig.overrides,
          },
    }));

  const editing = panels.find((p) => p.id === editingId) ?? panels[0];

  return (
    <ThemeContext.Provider value={theme}>
      <div style={{ fontFamily: theme.typography.fontFamily, fontSize: theme.typography.fontSize, minHeight: '100vh' }}>
        <header
          style={{
            display: 'flex',
            gap: 16,
            alignItems: 'center',
            padding: '8px 16px',
            background: theme.colors.background.primary,
            borderBottom: `1px solid ${theme.colors.border.weak}`,
          }}
        >
          <h1 style={{ fontSize: 18, margin: 0, flex: 1 }}>{props.title}</h1>
          {Object.entries(variables).map(([name, value]) => (
            <label key={name} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <span>{`$${name}`}</span>
              <Input
                aria-label={`Variable ${name}`}
                width={14}
                value={value}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  setVariables((current) => ({ ...current, [name]: next }));
                }}
              />
            </label>
          ))}
          {/* @grafana/ui's TimeRangePicker asks for an icon its package does not ship
              (angle-double-left), so the preview offers Grafana's quick ranges in a Select. */}
          <div style={{ width: 180 }}>
            <Select
              aria-label="Time range"
              options={RANGE_OPTIONS}
              value={rangeLabel}
              onChange={(selected) => {
                const quick = QUICK_RANGES.find((q) => q.label === selected.value) ?? QUICK_RANGES[0];
                setRangeLabel(quick.label);
                setTimeRange(resolveRange(quick.raw, TIME_ZONE));
              }}
            />
          </div>
          <div aria-label="Theme">
            <RadioButtonGroup options={THEME_OPTIONS} value={mode} onChange={(value) => setMode(value)} />
          </div>
          <div aria-label="Language">
            <RadioButtonGroup
              options={LANGUAGES.map((l) => ({ label: l.label, value: l.value }))}
              value={props.language}
              onChange={(value) => {
                const url = new URL(window.location.href);
                url.searchParams.set('lang', value);
                url.searchParams.set('theme', mode);
                window.location.assign(url.toString());
              }}
            />
          </div>
        </header>
        <div style={{ display: 'flex', alignItems: 'flex-start', gap: 16, padding: 16 }}>
          <main style={{ display: 'flex', flexWrap: 'wrap', gap: 16, flex: 1, alignItems: 'flex-start' }}>
            {panels.map((panel) => (
              <HostedPanel
                key={panel.id}
                plugin={props.plugin}
                panel={panel}
                timeRange={timeRange}
                timeZone={TIME_ZONE}
                theme={theme}
                replaceVariables={replaceVariables}
                eventBus={eventBus}
                onOptionsChange={onOptionsChange(panel.id)}
                onFieldConfigChange={onFieldConfigChange(panel.id)}
                onChangeTimeRange={({ from, to }) => {
                  setRangeLabel('');
                  setTimeRange(absoluteRange(from, to));
                }}
                actions={
                  <Button
                    size="sm"
                    variant="secondary"
                    fill="text"
                    aria-label={`${hostText('Edit', 'Изменить')} ${panel.title}`}
                    onClick={() => setEditingId(panel.id)}
                  >
                    {hostText('Edit', 'Изменить')}
                  </Button>
                }
              />
            ))}
          </main>
          {editing ? (
            <EditorSidebar
              key={editing.id}
              plugin={props.plugin}
              panel={editing}
              replaceVariables={replaceVariables}
              eventBus={eventBus}
              onOptionsChange={onOptionsChange(editing.id)}
            />
          ) : null}
        </div>
      </div>
    </ThemeContext.Provider>
  );
}

function EditorSidebar(props: {
  plugin: PanelPlugin;
  panel: DashboardPanel;
  replaceVariables: ReturnType<typeof makeReplaceVariables>;
  eventBus: EventBusSrv;
  onOptionsChange: (options: Record<string, unknown>) => void;
}): React.JSX.Element {
  const theme = React.useContext(ThemeContext);
  const { options } = useOptionsWithDefaults(props.plugin, props.panel);
  return (
    <aside
      style={{
        width: 340,
        flexShrink: 0,
        padding: 12,
        background: theme.colors.background.primary,
        border: `1px solid ${theme.colors.border.weak}`,
        borderRadius: theme.shape.radius.default,
      }}
    >
      <h2 style={{ fontSize: 14, margin: '0 0 12px' }}>{`${hostText('Edit panel', 'Изменение панели')}: ${props.panel.title}`}</h2>
      <OptionsPane
        plugin={props.plugin}
        panelId={props.panel.id}
        options={options as Record<string, unknown>}
        data={props.panel.frames}
        replaceVariables={props.replaceVariables}
        eventBus={props.eventBus}
        onOptionsChange={props.onOptionsChange}
      />
    </aside>
  );
}
