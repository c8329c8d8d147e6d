/**
 * Renders the loaded plugin's panel component with the props Grafana passes (PanelProps,
 * as VizPanelRenderer builds them): defaults applied to the stored options, field
 * overrides applied to the frames through the plugin's field config registry, the
 * dashboard's time range, time zone, variables and event bus.
 */
import React, { useMemo, useRef } from 'react';
import {
  applyFieldOverrides,
  getPanelOptionsWithDefaults,
  LoadingState,
  type EventBus,
  type FieldConfigSource,
  type GrafanaTheme2,
  type InterpolateFunction,
  type PanelData,
  type PanelPlugin,
  type TimeRange,
  type TimeZone,
} from '@grafana/data';
import { PanelChrome, PanelContextProvider } from '@grafana/ui';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import type { DashboardPanel } from './panelModel';

/**
 * The frame size that gives the plugin exactly the body size the dashboard asks for:
 * PanelChrome takes its header, padding and 1 px borders off (@grafana/ui getContentStyle:
 * inner width = width − 2 × padding − 2, inner height = height − header − padding − 2).
 */
function chromeSize(theme: GrafanaTheme2, width: number, height: number): { width: number; height: number } {
  const grid = theme.spacing.gridSize;
  const header = grid * theme.components.panel.headerHeight;
  const padding = grid * theme.components.panel.padding;
  const borders = 2;
  return { width: width + 2 * padding + borders, height: height + header + padding + borders };
}

export interface HostedPanelProps {
  plugin: PanelPlugin;
  panel: DashboardPanel;
  timeRange: TimeRange;
  timeZone: TimeZone;
  theme: GrafanaTheme2;
  replaceVariables: InterpolateFunction;
  eventBus: EventBus;
  onOptionsChange: (options: Record<string, unknown>) => void;
  onFieldConfigChange: (config: FieldConfigSource, replace?: boolean) => void;
  onChangeTimeRange: (range: { from: number; to: number }) => void;
  actions?: React.ReactNode;
}

/** Stored options and field config with the plugin's defaults filled in (Grafana's getPanelOptionsWithDefaults). */
export function useOptionsWithDefaults(plugin: PanelPlugin, panel: DashboardPanel) {
  return useMemo(
    () =>
      getPanelOptionsWithDefaults({
        plugin,
        currentOptions: panel.options,
        currentFieldConfig: panel.fieldConfig,
        isAfterPluginChange: false,
      }),
    [plugin, panel.options, panel.fieldConfig]
  );
}

export function HostedPanel(props: HostedPanelProps): React.JSX.Element {
  const { plugin, panel, theme, timeZone, replaceVariables } = props;
  const { options, fieldConfig } = useOptionsWithDefaults(plugin, panel);
  const renderCounter = useRef(0);
  renderCounter.current++;

  const data: PanelData = useMemo(
    () => ({
      state: LoadingState.Done,
      series: applyFieldOverrides({
        data: panel.frames,
        fieldConfig,
        fieldConfigRegistry: plugin.fieldConfigRegistry,
        replaceVariables,
        theme,
        timeZone,
      }),
      timeRange: props.timeRange,
    }),
    [panel.frames, fieldConfig, plugin, replaceVariables, theme, timeZone, props.timeRange]
  );

  const Panel = plugin.panel;
  const chrome = chromeSize(theme, panel.width, panel.height);
  const context = useMemo(() => ({ eventsScope: 'global', eventBus: props.eventBus }), [props.eventBus]);
  return (
    <div data-testid={`panel-${panel.id}`} data-panel-title={panel.title}>
      <PanelChrome
        title={panel.title}
        width={chrome.width}
        height={chrome.height}
        actions={props.actions}
      >
        {(innerWidth, innerHeight) => (
          <div data-testid={`panel-body-${panel.id}`} style={{ width: innerWidth, height: innerHeight }}>
            <PanelErrorBoundary>
              <PanelContextProvider value={context}>
                {Panel ? (
                  <Panel
                    id={panel.id}
                    data={data}
                    timeRange={props.timeRange}
                    timeZone={timeZone}
                    options={options}
                    fieldConfig={fieldConfig}
                    transparent={false}
                    width={innerWidth}
                    height={innerHeight}
                    renderCounter={renderCounter.current}
                    title={panel.title}
                    eventBus={props.eventBus}
                    onOptionsChange={props.onOptionsChange}
                    onFieldConfigChange={props.onFieldConfigChange}
                    replaceVariables={replaceVariables}
                    onChangeTimeRange={props.onChangeTimeRange}
                  />
                ) : (
                  <div role="alert">The plugin sets no panel component.</div>
                )}
              </PanelContextProvider>
            </PanelErrorBoundary>
          </div>
        )}
      </PanelChrome>
    </div>
  );
}
