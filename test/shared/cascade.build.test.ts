import { describe, expect, it } from 'vitest';
import { buildCascade } from '@aligned/core/cascade/index';
import { node } from './cascade.helpers';

const DAY = 86_400_000;

describe('buildCascade', () => {
  it('links parents and children and orders parents first', () => {
    const c = buildCascade([node('KR1', 'O1'), node('O1'), node('KR2', 'O1'), node('O2'), node('T1', 'KR2')]);
    expect(c.problems).toEqual([]);
    expect(c.roots).toEqual(['O1', 'O2']);
    expect(c.children.get('O1')).toEqual(['KR1', 'KR2']);
    expect(c.children.get('KR2')).toEqual(['T1']);
    expect(c.children.has('KR1')).toBe(false);
    expect(c.byId.get('T1')?.parentId).toBe('KR2');
    const position = new Map(c.order.map((id, k) => [id, k]));
    expect(c.order).toHaveLength(5);
    for (const id of c.order) {
      const parent = c.byId.get(id)!.parentId;
      if (parent) expect(position.get(parent)!).toBeLessThan(position.get(id)!);
    }
  });

  it('reports duplicate IDs naming both rows, keeps the first', () => {
    const c = buildCascade([node('A', null, { row: 2, title: 'first' }), node('B'), node('A', null, { row: 9, title: 'second' })]);
    expect(c.problems).toHaveLength(1);
    const p = c.problems[0];
    expect(p).toMatchObject({ code: 'duplicate_id', ids: ['A'], row: 9, column: 'ID', severity: 'error' });
    expect(p.message).toContain('row 2 and row 9');
    expect(c.byId.get('A')?.title).toBe('first');
    expect(c.order).toEqual(['A', 'B']);
  });

  it('makes a row with an unknown parent a root, with a problem', () => {
    const c = buildCascade([node('O1'), node('KR1', 'O9', { row: 3 })]);
    expect(c.roots).toEqual(['O1', 'KR1']);
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ code: 'unknown_parent', row: 3, column: 'Parent', ids: ['KR1', 'O9'] });
    expect(c.problems[0].message).toMatch(/^Row 3, column Parent: expected .* found "O9"/);
  });

  it('names every ID of a cycle in order, leaves them out and keeps the rest', () => {
    const c = buildCascade([
      node('ROOT'),
      node('A', 'C', { row: 3 }),
      node('B', 'A', { row: 4 }),
      node('C', 'B', { row: 5 }),
      node('UNDER', 'B', { row: 6 }),
      node('OK', 'ROOT'),
    ]);
    const cycles = c.problems.filter((p) => p.code === 'cycle');
    expect(cycles).toHaveLength(1);
    // A's parent is C, C's parent is B, B's parent is A.
    expect(cycles[0].ids).toEqual(['A', 'C', 'B']);
    expect(cycles[0].message).toContain('A → C → B → A');
    expect(cycles[0].row).toBe(3);
    expect(c.order).not.toContain('A');
    expect(c.order).not.toContain('B');
    expect(c.order).not.toContain('C');
    // A row hanging below the loop is still evaluated, as a root.
    expect(c.roots).toEqual(['ROOT', 'UNDER']);
    expect(c.order).toEqual(['ROOT', 'UNDER', 'OK']);
  });

  it('reports a row that is its own parent', () => {
    const c = buildCascade([node('A', 'A')]);
    expect(c.problems[0]).toMatchObject({ code: 'cycle', ids: ['A'] });
    expect(c.problems[0].message).toContain('its own parent');
    expect(c.order).toEqual([]);
  });

  it('finds several separate cycles', () => {
    const c = buildCascade([node('A', 'B'), node('B', 'A'), node('C', 'D'), node('D', 'E'), node('E', 'C'), node('F')]);
    expect(c.problems.map((p) => p.ids)).toEqual([
      ['A', 'B'],
      ['C', 'D', 'E'],
    ]);
    expect(c.order).toEqual(['F']);
  });

  it('never hangs on a loop of 200,000 rows', () => {
    const n = 200_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`N${i}`, `N${(i + 1) % n}`));
    const c = buildCascade(nodes);
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0].ids).toHaveLength(n);
    expect(c.problems[0].message.length).toBeLessThan(2000);
    expect(c.order).toEqual([]);
  });

  it('handles a chain of 300,000 rows without recursion (with the guard lifted)', () => {
    const n = 300_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`N${i}`, i === 0 ? null : `N${i - 1}`));
    const c = buildCascade(nodes.reverse(), { maxDepth: n });
    expect(c.problems).toEqual([]);
    expect(c.order[0]).toBe('N0');
    expect(c.order[n - 1]).toBe(`N${n - 1}`);
    expect(c.index.depth[0]).toBe(n - 1);
  });

  it('leaves out rows deeper than the depth guard with one problem', () => {
    const nodes = Array.from({ length: 70 }, (_, i) => node(`N${i}`, i === 0 ? null : `N${i - 1}`, { row: i + 2 }));
    const c = buildCascade(nodes);
    expect(c.order).toHaveLength(65); // depths 0..64
    const p = c.problems.filter((x) => x.code === 'too_deep');
    expect(p).toHaveLength(1);
    expect(p[0].ids).toEqual(['N65', 'N66', 'N67', 'N68', 'N69']);
    expect(p[0].message).toContain('more than 64 levels');
    expect(buildCascade(nodes, { maxDepth: 3 }).order).toHaveLength(4);
  });

  it('lets a node without a period inherit its parent’s, end and start separately', () => {
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2025, 11, 31);
    const c = buildCascade([
      node('KR', 'Q', {}),
      node('Y', null, { start, end }),
      node('Q', 'Y', { start: start + 90 * DAY }),
    ]);
    const at = (id: string): [number, number] => {
      const i = c.index.ids.indexOf(id);
      return [c.index.start[i], c.index.end[i]];
    };
    expect(at('Y')).toEqual([start, end]);
    expect(at('Q')).toEqual([start + 90 * DAY, end]);
    expect(at('KR')).toEqual([start + 90 * DAY, end]);
  });

  it('handles an empty list', () => {
    const c = buildCascade([]);
    expect(c.order).toEqual([]);
    expect(c.roots).toEqual([]);
    expect(c.problems).toEqual([]);
  });
});
