// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { panelOptions, renderPanel } from './tree.fixtures'; // first: stubs jsdom before @grafana/ui loads
import { readCSV } from '@grafana/data';
import { BulletsView } from '../../grafana-panel/src/modes/bullets/BulletsView';
import { TreeView } from '../../grafana-panel/src/modes/tree/TreeView';
import { generateAbcDemo, toCsv } from '@aligned/core';

afterEach(cleanup);

const dashboard = JSON.parse(
  readFileSync(join(__dirname, '../../grafana-panel/provisioning/dashboards/aligned-cascade.json'), 'utf8')
);

/** What TestData's CSV content scenario hands the panel: Grafana's own CSV reader. */
function framesOf(panel: { targets: Array<{ refId: string; csvContent: string }> }) {
  return panel.targets.map((t) => ({ ...readCSV(t.csvContent)[0], refId: t.refId }));
}

describe('provisioning/dashboards/aligned-cascade.json', () => {
  it('carries the core ABC demo rows, unchanged, in every Aligned panel', () => {
    const csv = toCsv(generateAbcDemo().rows, { guardFormulas: false });
    const panels = dashboard.panels.filter((p: { type: string }) => p.type === 'aligned-okr-panel');
    expect(panels.map((p: { options: { mode: string } }) => p.options.mode).sort()).toEqual(['bullets', 'bullets', 'tree']);
    for (const p of panels) {
      expect(p.targets[0]).toMatchObject({ scenarioId: 'csv_content', csvContent: csv });
      expect(p.targets[0].datasource.uid).toBe(p.datasource.uid);
    }
  });

  it('renders the ABC cascade in tree mode without problems, as of the dashboard end', () => {
    const panel = dashboard.panels.find((p: { options: { mode: string } }) => p.options.mode === 'tree');
    renderPanel(TreeView, framesOf(panel), panelOptions('tree', { tree: panel.options.tree }), {
      asOf: Date.parse(dashboard.time.to),
      width: 1200,
      height: 500,
    });
    expect(screen.queryByRole('button', { name: /problem/ })).toBeNull();
    expect(screen.getByText('ABC: $1M profit in three years')).toBeTruthy();
    const mission = document.querySelector('[data-node-id="MISSION"]') as HTMLElement;
    expect(within(mission).getByText(/On track|At risk|Off track|Achieved/)).toBeTruthy();
    expect(screen.getByText(/^95 nodes/)).toBeTruthy();
  });

  it('renders the ABC key results in bullets mode', () => {
    const panel = dashboard.panels.find((p: { options: { mode: string } }) => p.options.mode === 'bullets');
    renderPanel(BulletsView, framesOf(panel), panelOptions('bullets', { bullets: panel.options.bullets }), {
      asOf: Date.parse(dashboard.time.to),
    });
    const count = document.querySelectorAll('[data-bullet-id]').length;
    expect(count).toBeGreaterThan(40); // 53 key results and 2 KPIs in the demo
    expect(screen.getByRole('heading', { name: /FY2025: grow revenue/ })).toBeTruthy();
  });
});
