// @vitest-environment jsdom
import { canvasText } from './dom-stubs';
import { act, render, screen } from '@testing-library/react';
import React from 'react';
import { describe, expect, it } from 'vitest';
import { plugin } from '../../grafana-panel/src/module';
import { setUpPanelTests } from './panelLifecycle';
import { PanelOptionsEditorBuilder } from '@grafana/data';
import type { AlignedOptions } from '../../grafana-panel/src/types';
import { options, panelProps, q3Series } from './fixtures';

const Panel = plugin.panel!;

setUpPanelTests();

async function renderPanel(props: ReturnType<typeof panelProps>) {
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<Panel {...props} />);
  });
  // Let the ResizeObserver stub report sizes so VizLayout renders the chart.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  return result!;
}

describe('the panel (plugin.panel) in overlay mode', () => {
  it('shows the header: progress, status as text, score and change', async () => {
    const opts = options({ keyResult: { target: '1200', targetLabel: 'Q3 target' } });
    await renderPanel(panelProps([q3Series('Leads', 100, 10)], opts));
    expect(screen.getByTestId('aligned-progress').textContent).toBe('42 %'); // (560 − 100) ÷ (1200 − 100)
    const status = screen.getByTestId('aligned-status');
    expect(['On track', 'At risk', 'Off track']).toContain(status.textContent);
    expect(status.getAttribute('title')).toMatch(/expected/);
    expect(screen.getByTestId('aligned-progress').getAttribute('title')).toMatch(/%/);
    // 42 % about half-way through Q3 grades as a projected 0.8, not today's 0.4.
    expect(screen.getByTestId('aligned-score').textContent).toBe('Score 0.8 projected');
    expect(screen.getByTestId('aligned-score').getAttribute('title')).toMatch(/^Projected 0\.8: (at the current pace|on the trend of the check-ins) 8\d % by 30 Sep\./);
    expect(screen.getAllByText('Leads').length).toBeGreaterThan(0);
    expect(screen.getByTestId('aligned-header').getAttribute('aria-label')).toMatch(/^Leads: 42 %, /);
  });

  it('draws the overlay labels on the chart canvas', async () => {
    canvasText.length = 0;
    const opts = options({ keyResult: { target: '1200', targetLabel: 'Q3 target' } });
    const { container } = await renderPanel(panelProps([q3Series('Leads', 100, 10)], opts));
    expect(container.querySelector('canvas')).not.toBeNull();
    // uPlot ran the overlay hooks: the target label and the band names were painted as text.
    expect(canvasText).toEqual(expect.arrayContaining(['Q3 target: 1,200', 'Ideal pace', 'now']));
    // The legend names each overlay element in text, not colour alone.
    expect(screen.getAllByText('Q3 target: 1,200').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Ideal pace').length).toBeGreaterThan(0);
    expect(screen.getAllByText('On track').length).toBeGreaterThan(0);
  });

  it('shows one clear message when no target is configured', async () => {
    await renderPanel(panelProps([q3Series()], options()));
    const message = screen.getByTestId('aligned-message');
    expect(message.textContent).toContain('No target configured');
    expect(message.textContent).toContain('Key result › Target');
    expect(screen.queryByTestId('aligned-header')).toBeNull();
  });

  it('says which option holds text where a number is needed', async () => {
    await renderPanel(panelProps([q3Series()], options({ keyResult: { target: 'a lot' } })));
    const message = screen.getByTestId('aligned-message').textContent ?? '';
    expect(message).toContain('Key result › Target is not a number');
    expect(message).toContain('"a lot"');
  });

  it('says "No data" for an empty response', async () => {
    await renderPanel(panelProps([], options({ keyResult: { target: '1' } })));
    expect(screen.getByTestId('aligned-message').textContent).toContain('No data');
  });

  it('renders a hostile series name as text, not HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>Leads</b>';
    const { container } = await renderPanel(panelProps([q3Series(hostile)], options({ keyResult: { target: '1200' } })));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThan(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('collapses to progress and status at 200 × 120 px', async () => {
    const { container } = await renderPanel(panelProps([q3Series()], options({ keyResult: { target: '1200' } }), { width: 200, height: 120 }));
    expect(screen.getByTestId('aligned-progress').textContent).toBe('42 %');
    expect(screen.getByTestId('aligned-status').textContent).toBeTruthy();
    expect(screen.queryByTestId('aligned-score')).toBeNull();
    expect(container.querySelector('canvas')).toBeNull();
  });
});

describe('plugin contract', () => {
  it('declares the panel options with defaults and categories', () => {
    const builder = new PanelOptionsEditorBuilder<AlignedOptions>();
    plugin.getPanelOptionsSupplier()(builder, { data: [] });
    const byPath = Object.fromEntries(builder.getItems().map((e) => [e.path, e]));
    expect(byPath['mode'].defaultValue).toBe('auto'); // the Tree for OKR rows, else the Overlay
    expect(byPath['keyResult.target'].category).toEqual(['Key result']);
    expect(byPath['keyResult.reducer'].defaultValue).toBe('lastNotNull');
    expect(byPath['period.source'].defaultValue).toBe('dashboard');
    expect(byPath['overlay.bands'].defaultValue).toBe('pace');
  });

  it('declares per-field custom settings for overrides', () => {
    const custom = plugin.fieldConfigRegistry.list().filter((item) => item.id.startsWith('custom.')).map((item) => item.id);
    expect(custom).toEqual(expect.arrayContaining(['custom.role', 'custom.target', 'custom.baseline', 'custom.kind', 'custom.weight']));
  });
});
