import { describe, expect, it } from 'vitest';
import { FieldType, toDataFrame } from '@grafana/data';
import type { NodeEvaluation, StatusCode } from '@aligned/core';
import { orderIds } from '../../grafana-panel/src/modes/tree/childOrder';
import { findOkrFrame, frameToTable, isOkrFrame } from '../../grafana-panel/src/modes/tree/okrFrame';
import { readTreeOptions, TREE_DEFAULTS } from '../../grafana-panel/src/modes/tree/treeOptions';
import { expansionRule, flattenVisible, visibleWindow } from '../../grafana-panel/src/modes/tree/visibleRows';
import { weakestOf, weakestPath } from '../../grafana-panel/src/modes/tree/weakest';
import { DEFAULT_OPTIONS } from '../../grafana-panel/src/defaults';

//   A
//   ├─ B ─ D
//   └─ C
// E
const children: Record<string, string[]> = { A: ['B', 'C'], B: ['D'], C: [], D: [], E: [] };
const childrenOf = (id: string) => children[id] ?? [];

function evaluation(id: string, code: StatusCode, progress: number | null): NodeEvaluation {
  return { id, progress, status: { code, label: code, explain: '' } } as unknown as NodeEvaluation;
}

describe('flattenVisible', () => {
  it('lists only what is open, depth first, with depth, parent and position', () => {
    const rows = flattenVisible({ roots: ['A', 'E'], childrenOf, isExpanded: () => true });
    expect(rows.map((r) => [r.id, r.depth, r.parentId, r.position, r.setSize])).toEqual([
      ['A', 0, null, 1, 2],
      ['B', 1, 'A', 1, 2],
      ['D', 2, 'B', 1, 1],
      ['C', 1, 'A', 2, 2],
      ['E', 0, null, 2, 2],
    ]);
    expect(rows.find((r) => r.id === 'D')?.expanded).toBe(false); // a leaf is never "expanded"
  });

  it('skips the subtree of a closed node', () => {
    const rows = flattenVisible({ roots: ['A', 'E'], childrenOf, isExpanded: (id) => id !== 'B' });
    expect(rows.map((r) => r.id)).toEqual(['A', 'B', 'C', 'E']);
    expect(rows[1]).toMatchObject({ id: 'B', childCount: 1, expanded: false });
  });

  it('opens the top levels by default and lets the user override any node', () => {
    const overrides = new Map<string, boolean>([['B', true], ['A', true]]);
    expect(flattenVisible({ roots: ['A'], childrenOf, isExpanded: expansionRule(new Map(), 1) }).map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(flattenVisible({ roots: ['A'], childrenOf, isExpanded: expansionRule(new Map(), 0) }).map((r) => r.id)).toEqual(['A']);
    expect(flattenVisible({ roots: ['A'], childrenOf, isExpanded: expansionRule(overrides, 0) }).map((r) => r.id)).toEqual(['A', 'B', 'D', 'C']);
  });

  it('handles a chain deeper than any call stack', () => {
    const depth = 50_000;
    const chain = (id: string) => {
      const n = Number(id);
      return n < depth ? [String(n + 1)] : [];
    };
    const rows = flattenVisible({ roots: ['0'], childrenOf: chain, isExpanded: () => true });
    expect(rows).toHaveLength(depth + 1);
    expect(rows[depth].depth).toBe(depth);
  });
});

describe('visibleWindow', () => {
  it('covers the viewport plus overscan, clamped to the rows', () => {
    expect(visibleWindow(1000, 30, 0, 600, 8)).toEqual({ start: 0, end: 28 });
    expect(visibleWindow(1000, 30, 3000, 600, 8)).toEqual({ start: 92, end: 128 });
    expect(visibleWindow(10, 30, 0, 600, 8)).toEqual({ start: 0, end: 10 });
  });
});

describe('weakest', () => {
  const evaluations = new Map([
    ['A', evaluation('A', 'at_risk', 0.5)],
    ['B', evaluation('B', 'off_track', 0.3)],
    ['C', evaluation('C', 'off_track', 0.2)],
    ['D', evaluation('D', 'at_risk', 0.1)],
    ['E', evaluation('E', 'no_data', null)],
  ]);

  it('picks the worst status, then the lowest progress, among judged siblings', () => {
    expect(weakestOf(['B', 'C'], evaluations)).toBe('C');
    expect(weakestOf(['A', 'B'], evaluations)).toBe('B'); // off track beats a lower at-risk
  });

  it('does not call a lone judged sibling the weakest, nor one without data', () => {
    expect(weakestOf(['A', 'E'], evaluations)).toBeUndefined();
  });

  it('follows the weakest child from the top', () => {
    expect(weakestPath(['A'], childrenOf, evaluations)).toEqual(['A', 'C']);
    expect(weakestPath(['E'], childrenOf, evaluations)).toEqual([]);
  });
});

describe('orderIds', () => {
  const evaluations = new Map([
    ['x', evaluation('x', 'on_track', 0.9)],
    ['y', evaluation('y', 'off_track', 0.4)],
    ['z', evaluation('z', 'no_data', null)],
    ['w', evaluation('w', 'at_risk', 0.2)],
  ]);
  const byId = new Map([
    ['x', { title: 'beta' }],
    ['y', { title: 'Alpha' }],
    ['z', { title: 'gamma 10' }],
    ['w', { title: 'gamma 9' }],
  ]) as never;
  const ids = ['x', 'y', 'z', 'w'];

  it('keeps the query order by default', () => {
    expect(orderIds(ids, 'source', { evaluations, byId })).toBe(ids);
  });
  it('puts the worst status first; "no data" after the known-bad ones', () => {
    expect(orderIds(ids, 'worstFirst', { evaluations, byId })).toEqual(['y', 'w', 'z', 'x']);
  });
  it('sorts by progress with missing last, and by name naturally', () => {
    expect(orderIds(ids, 'progress', { evaluations, byId })).toEqual(['w', 'y', 'x', 'z']);
    expect(orderIds(ids, 'name', { evaluations, byId })).toEqual(['y', 'x', 'w', 'z']);
  });
});

describe('okrFrame', () => {
  const okr = toDataFrame({
    refId: 'T',
    fields: [
      { name: 'Key', type: FieldType.string, values: ['a', 'b'] },
      { name: 'Aligns to', type: FieldType.string, values: [null, 'a'] },
      { name: 'Name', type: FieldType.string, values: ['A', 'B'] },
      { name: 'Done', type: FieldType.boolean, values: [true, false] },
    ],
  });
  const series = toDataFrame({ refId: 'S', fields: [{ name: 'Value', type: FieldType.number, values: [1] }] });

  it('recognises OKR rows by the core header aliases', () => {
    expect(isOkrFrame(okr)).toBe(true);
    expect(isOkrFrame(series)).toBe(false);
    expect(findOkrFrame([series, okr], '')).toBe(okr);
    expect(findOkrFrame([series, okr], 'S')).toBe(series);
    expect(findOkrFrame([series, okr], 'nope')).toBeUndefined();
  });

  it('turns fields into a header row and data rows, booleans as text', () => {
    expect(frameToTable(okr).table).toEqual([
      ['Key', 'Aligns to', 'Name', 'Done'],
      ['a', null, 'A', 'TRUE'],
      ['b', 'a', 'B', 'FALSE'],
    ]);
  });
});

describe('readTreeOptions', () => {
  it('fills defaults and ignores junk from stored JSON', () => {
    expect(readTreeOptions({ ...DEFAULT_OPTIONS, tree: undefined })).toEqual(TREE_DEFAULTS);
    const read = readTreeOptions({
      ...DEFAULT_OPTIONS,
      tree: { expandDepth: '3', childOrder: 'sideways', showOwner: 'yes', reducer: 'mean', rollupMode: 'min' },
    });
    expect(read).toMatchObject({ expandDepth: 3, childOrder: 'source', showOwner: true, reducer: 'mean', rollupMode: 'min' });
  });
});
