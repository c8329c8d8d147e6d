import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCascade, evaluateCascade, rollup, rollupColumns } from '@aligned/core/cascade/index';
import { kr, node } from './cascade.helpers';

const progressValue = fc.option(fc.double({ min: -1, max: 2, noNaN: true }), { nil: null });
const weightValue = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 10, noNaN: true }));

/** A random forest: each row's parent is an earlier row or none. */
const forest = fc.array(fc.tuple(fc.nat(), fc.boolean(), progressValue, weightValue), { minLength: 1, maxLength: 60 }).map((rows) =>
  rows.map(([pick, isRoot, progress, weight], i) => ({ parent: i === 0 || isRoot ? -1 : pick % i, progress, weight })),
);

describe('properties', () => {
  it('a rollup stays between its smallest and largest counted child', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(progressValue, weightValue), { maxLength: 30 }), (pairs) => {
        const r = rollup(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        );
        const counted = pairs.filter(([p, w]) => p !== null && w > 0).map(([p]) => Math.min(1, Math.max(0, p as number)));
        if (counted.length === 0) {
          expect(r.progress).toBeNull();
        } else {
          expect(r.progress).not.toBeNull();
          expect(r.progress!).toBeGreaterThanOrEqual(Math.min(...counted) - 1e-12);
          expect(r.progress!).toBeLessThanOrEqual(Math.max(...counted) + 1e-12);
        }
      }),
    );
  });

  it('every rolled-up objective stays between its children through the cascade', () => {
    fc.assert(
      fc.property(forest, (rows) => {
        const nodes = rows.map((row, i) =>
          row.progress === null && i % 2 === 0
            ? node(`N${i}`, row.parent < 0 ? null : `N${row.parent}`, { weight: row.weight })
            : kr(`N${i}`, row.parent < 0 ? null : `N${row.parent}`, row.progress === null ? null : row.progress * 100, { weight: row.weight }),
        );
        const cascade = buildCascade(nodes);
        const ev = evaluateCascade(cascade, { asOf: Date.UTC(2025, 5, 1) });
        for (const [id, kids] of cascade.children) {
          const parent = ev.get(id)!;
          if (parent.source !== 'rollup') continue;
          const counted = kids.filter((k) => cascade.byId.get(k)!.weight > 0 && ev.get(k)!.progress !== null).map((k) => ev.get(k)!.progress!);
          if (counted.length === 0) expect(parent.progress).toBeNull();
          else {
            expect(parent.progress!).toBeGreaterThanOrEqual(Math.min(...counted) - 1e-12);
            expect(parent.progress!).toBeLessThanOrEqual(Math.max(...counted) + 1e-12);
          }
        }
      }),
    );
  });

  it('renaming IDs (and shuffling rows) changes nothing', () => {
    fc.assert(
      fc.property(forest, fc.integer(), (rows, seed) => {
        const ids = rows.map((_, i) => `N${i}`);
        const renamed = rows.map((_, i) => `x${(i * 7919 + seed) >>> 0}-${i}`);
        const before = rollupColumns(ids, rows.map((r) => (r.parent < 0 ? '' : ids[r.parent])), rows.map((r) => r.progress), rows.map((r) => r.weight));
        // Reverse the rows as well: order in the sheet must not matter either.
        const order = rows.map((_, i) => rows.length - 1 - i);
        const after = rollupColumns(
          order.map((i) => renamed[i]),
          order.map((i) => (rows[i].parent < 0 ? '' : renamed[rows[i].parent])),
          order.map((i) => rows[i].progress),
          order.map((i) => rows[i].weight),
        );
        expect(after.problems).toEqual([]);
        order.forEach((i, k) => {
          if (before[i] === null) expect(after[k]).toBeNull();
          else expect(after[k]).toBeCloseTo(before[i]!, 12);
        });
      }),
    );
  });

  it('random parent links with cycles give an error per cycle and never hang', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 40 }), { minLength: 1, maxLength: 40 }), (links) => {
        const n = links.length;
        const parentOf = links.map((p) => (p >= 0 && p < n ? p : -1));
        const nodes = parentOf.map((p, i) => node(`N${i}`, p < 0 ? null : `N${p}`));
        const cascade = buildCascade(nodes);
        // Reference answer: i is on a cycle when following parents from i comes back to i.
        const onCycle = parentOf.map((_, i) => {
          let v = parentOf[i];
          for (let step = 0; step < n && v >= 0; step++) {
            if (v === i) return true;
            v = parentOf[v];
          }
          return false;
        });
        const named = new Set(cascade.problems.filter((p) => p.code === 'cycle').flatMap((p) => p.ids ?? []));
        expect(named).toEqual(new Set(nodes.filter((_, i) => onCycle[i]).map((x) => x.id)));
        expect(cascade.problems.every((p) => p.code === 'cycle')).toBe(true);
        // Everything not on a cycle is still evaluated, parents first.
        expect(new Set(cascade.order)).toEqual(new Set(nodes.filter((_, i) => !onCycle[i]).map((x) => x.id)));
        const position = new Map(cascade.order.map((id, k) => [id, k]));
        cascade.order.forEach((id, k) => {
          const p = cascade.byId.get(id)!.parentId;
          if (p !== null && position.has(p)) expect(position.get(p)!).toBeLessThan(k);
        });
        for (const problem of cascade.problems) expect(problem.severity).toBe('error');
      }),
    );
  });
});
