// @vitest-environment jsdom
/**
 * The tree mode reads the same sheet layouts as the Sheets add-on (issue 10): each fixture of
 * test/shared/sheet-layouts.fixtures.ts, given as a table frame whose field names are the
 * fixture's first row, builds the same goals and parents the core reads from the sheet.
 */
import './tree.fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { toDataFrame, type DataFrame } from '@grafana/data';
import { readSheet } from '@aligned/core';
import { buildCascadeModel } from '../../grafana-panel/src/modes/tree/cascadeModel';
import { TreeView } from '../../grafana-panel/src/modes/tree/TreeView';
import { LAYOUT_FIXTURES } from '../shared/sheet-layouts.fixtures';
import { panelOptions, renderPanel } from './tree.fixtures';

afterEach(cleanup);

const TODAY = Date.UTC(2026, 11, 2);

function frameOf(rows: unknown[][]): DataFrame {
  const [header, ...body] = rows;
  return toDataFrame({ refId: 'OKR', fields: header.map((name, c) => ({ name: String(name), values: body.map((r) => r[c] ?? null) })) });
}

/** Fixtures whose header is their first row: a table query's columns are its field names. */
const FRAME_FIXTURES = LAYOUT_FIXTURES.filter((f) => readSheet(f.rows, { today: f.today ?? TODAY }).layout.headerRows?.[0] === 1);

describe('tree mode: sheet layouts given as a table frame', () => {
  it('covers every layout the fixtures have', () => {
    expect(new Set(FRAME_FIXTURES.map((f) => f.layout))).toEqual(new Set(['table', 'fill-down', 'columns', 'indent', 'prefix', 'typed']));
  });

  for (const fixture of FRAME_FIXTURES) {
    it(`builds ${fixture.name}`, () => {
      const result = buildCascadeModel({ series: [frameOf(fixture.rows)], frameRefId: '', reducer: 'lastNotNull', asOf: fixture.today ?? TODAY, timeZone: 'UTC', rollupMode: 'weighted' });
      if (!('model' in result)) throw new Error(result.missing);
      const nodes = result.model.cascade.nodes;
      const titles = new Map(nodes.map((n) => [n.id, n.title]));
      expect(nodes.filter((n) => n.type === 'objective')).toHaveLength(fixture.expected.objectives);
      expect(nodes.filter((n) => n.type === 'key_result')).toHaveLength(fixture.expected.keyResults);
      const links = Object.fromEntries(nodes.filter((n) => n.parentId !== null).map((n) => [n.title, titles.get(n.parentId as string)]));
      expect(links).toEqual(fixture.expected.links);
      for (const [title, progress] of Object.entries(fixture.expected.progress ?? {})) {
        const node = nodes.find((n) => n.title === title)!;
        expect(result.model.evaluations.get(node.id)?.progress, title).toBeCloseTo(progress, 9);
      }
    });
  }

  it('renders an objective / key result table with its objectives filled down', () => {
    const fixture = LAYOUT_FIXTURES.find((f) => f.layout === 'fill-down')!;
    renderPanel(TreeView, [frameOf(fixture.rows)], panelOptions('tree', { tree: {} }));
    expect(screen.getByText('Grow revenue')).toBeTruthy();
    expect(screen.getByText('Delight users')).toBeTruthy();
  });
});
