// @vitest-environment jsdom
import './dom-stubs';
import { act, render, screen } from '@testing-library/react';
import React from 'react';
import { describe, expect, it } from 'vitest';
import { plugin } from '../../grafana-panel/src/module';
import { setUpPanelTests } from './panelLifecycle';
import { DAY, dailyFrame, NOW, options, panelProps, Q3_START, q3Series } from './fixtures';

const Panel = plugin.panel!;

setUpPanelTests();

async function renderPanel(props: ReturnType<typeof panelProps>) {
  await act(async () => {
    render(<Panel {...props} />);
  });
}

describe('the stale signal in the overlay header', () => {
  it('says how old the figure is beside the status when the series stopped more than 7 days ago', async () => {
    const days = Math.floor((NOW - Q3_START) / DAY) - 11; // the last sample is 12 days before now
    const frame = dailyFrame('Leads', Q3_START, Array.from({ length: days }, (_, i) => 100 + 10 * i));
    await renderPanel(panelProps([frame], options({ keyResult: { target: '1200' } })));
    expect(screen.getByTestId('aligned-status').textContent).not.toBe('');
    expect(screen.getByTestId('aligned-stale').textContent).toBe('updated 12 days ago');
    expect(screen.getByTestId('aligned-stale').getAttribute('title')).toMatch(/^Stale: last sample 2026-08-04, expected at least every 7 days\.$/);
  });

  it('says nothing for a series that is up to date', async () => {
    await renderPanel(panelProps([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1200' } })));
    expect(screen.queryByTestId('aligned-stale')).toBeNull();
  });
});
