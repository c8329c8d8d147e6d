// @vitest-environment jsdom
import './dom-stubs';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PanelProps, StandardEditorProps } from '@grafana/data';
import YAML from 'yaml';
import { plugin } from '../../grafana-panel/src/module';
import { setUpPanelTests } from './panelLifecycle';
import { ExportAlertRulesEditor } from '../../grafana-panel/src/alerting/ExportAlertRulesEditor';
import type { AlertRulesExport } from '../../grafana-panel/src/alerting/AlertingContext';
import type { AlignedOptions } from '../../grafana-panel/src/types';
import { options, panelProps, q3Series } from './fixtures';

const Panel = plugin.panel!;

setUpPanelTests();

function withRequest(props: PanelProps<AlignedOptions>, datasourceUid = 'prom-1'): PanelProps<AlignedOptions> {
  const request = { targets: [{ refId: 'A', datasource: { uid: datasourceUid, type: 'prometheus' }, expr: 'leads_total' }], dashboardUID: 'dash-9' };
  return { ...props, data: { ...props.data, request: request as unknown as PanelProps['data']['request'] } };
}

async function renderPanel(props: PanelProps<AlignedOptions>) {
  await act(async () => {
    render(<Panel {...props} />);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

describe('Create alert rule from the panel', () => {
  it('overlay header: opens the prefilled new-rule form for the key result in a new tab', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await renderPanel(withRequest(panelProps([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1200' } }))));
    const link = screen.getByTestId('aligned-alert-link');
    expect(link.textContent).toBe('Create alert rule');
    await act(async () => {
      fireEvent.click(link);
    });
    // The rule builder is a chunk of its own: the new tab opens once it has loaded.
    await waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    const url = new URL(String(open.mock.calls[0][0]), 'https://grafana.example');
    expect(url.pathname).toBe('/alerting/new');
    const defaults = JSON.parse(url.searchParams.get('defaults')!);
    expect(defaults.queries[0]).toMatchObject({ refId: 'A', datasourceUid: 'prom-1', model: { expr: 'leads_total' } });
    expect(defaults.annotations).toEqual(expect.arrayContaining([{ key: '__dashboardUid__', value: 'dash-9' }, { key: '__panelId__', value: '1' }]));
    expect(defaults.labels).toEqual(expect.arrayContaining([{ key: 'okr_key_result', value: 'Leads' }]));
    open.mockRestore();
  });

  it('greys the link out with the reason when the query has no fixed data source', async () => {
    await renderPanel(withRequest(panelProps([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1200' } })), '$ds'));
    expect(screen.queryByTestId('aligned-alert-link')).toBeNull();
    expect(screen.getByTestId('aligned-alert-unavailable').getAttribute('title')).toMatch(/no fixed data source \(found "\$ds"\)/);
  });

  it('asks Grafana for the linked rules\' state and shows it in words beside the link', async () => {
    expect(plugin.dataSupport.alertStates).toBe(true);
    const props = withRequest(panelProps([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1200' } })));
    const alertState = { id: 1, dashboardUID: 'dash-9', panelId: 1, state: 'alerting' } as unknown as PanelProps['data']['alertState'];
    await renderPanel({ ...props, data: { ...props.data, alertState } });
    expect(screen.getByTestId('aligned-alert-state').textContent).toBe('Alert firing');
  });

  it('bullets: a bell per key result drawn from a series', async () => {
    const opts = options({ mode: 'bullets', keyResult: { target: '1200' } } as never);
    await renderPanel(withRequest(panelProps([q3Series('Leads', 100, 10)], opts)));
    expect(screen.getByTestId('aligned-alert-link').getAttribute('aria-label')).toBe('Create alert rule');
  });

  it('hands the options pane an export of every rule, downloaded as provisioning YAML', async () => {
    let state: AlertRulesExport | undefined;
    const props = { ...withRequest(panelProps([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1200' } }))), onInstanceStateChange: (s: AlertRulesExport) => (state = s) };
    await renderPanel(props);
    expect(state).toBeDefined();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:rules';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const editorProps = { value: undefined, onChange: () => undefined, item: {}, context: { data: [], instanceState: state } } as unknown as StandardEditorProps<unknown>;
    render(<ExportAlertRulesEditor {...editorProps} />);
    await act(async () => {
      fireEvent.click(screen.getByText('Export alert rules (YAML)'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(click).toHaveBeenCalledTimes(1);
    const file = YAML.parse(await blobs[0].text());
    expect(file.groups[0].rules.map((r: { title: string }) => r.title)).toEqual(['OKR Leads']);
    expect(screen.getByText(/1 rule exported/)).toBeTruthy();
    click.mockRestore();
  });
});
