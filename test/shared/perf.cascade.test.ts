import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkIds } from '@aligned/core/cascade/index';
import { linkGeneral } from '@aligned/core/cascade/link';

/**
 * linkIds orders a forest without loops by one breadth-first pass and only falls back to
 * the general walk (loops, too-deep chains) when that pass cannot reach every row. The
 * two must agree on every output wherever the fast path is taken.
 */
const forest = fc
  .record({
    size: fc.integer({ min: 0, max: 60 }),
    seed: fc.integer(),
    duplicates: fc.boolean(),
    loops: fc.boolean(),
    maxDepth: fc.integer({ min: 0, max: 8 }),
  })
  .map(({ size, seed, duplicates, loops, maxDepth }) => {
    let state = seed >>> 0;
    const random = (): number => {
      state = (state * 1_664_525 + 1_013_904_223) >>> 0;
      return state / 4_294_967_296;
    };
    // Positions form a forest (parent before child); rows are a shuffle of the positions.
    const rowOf = Array.from({ length: size }, (_, k) => k).sort(() => random() - 0.5);
    const ids = new Array<string>(size);
    const parents = new Array<string | null>(size);
    for (let k = 0; k < size; k++) ids[rowOf[k]] = duplicates && random() < 0.1 && k > 0 ? `N${Math.floor(random() * k)}` : `N${k}`;
    for (let k = 0; k < size; k++) {
      const r = random();
      parents[rowOf[k]] = k === 0 || r < 0.15 ? null : r < 0.2 ? 'unknown' : loops && r < 0.3 ? `N${Math.floor(random() * size)}` : `N${Math.floor(random() * k)}`;
    }
    return { ids, parents, maxDepth };
  });

describe('linkIds fast path equals the general walk', () => {
  it('on random forests with duplicates, unknown parents, loops and depth limits', () => {
    fc.assert(
      fc.property(forest, ({ ids, parents, maxDepth }) => {
        const ref = (i: number) => ({ id: ids[i], parentId: parents[i], row: i + 1 });
        const fast = linkIds(ids, (i) => parents[i], ref, maxDepth);
        // The general walk from the same linked parents (fast leaves them as step 2 left them
        // whenever it succeeds; otherwise linkIds already ran the walk and this is a re-check).
        const general = linkGeneral(fast.parent.slice(), fast.excluded.slice(), [], ref, maxDepth);
        const again = linkGeneral(fast.parent.slice(), fast.excluded.slice(), [], ref, maxDepth);
        expect(again).toEqual(general); // deterministic
        if (general.problems.length === 0) {
          // No loops and nothing too deep: the fast path was taken and must agree exactly.
          expect(Array.from(fast.depth)).toEqual(Array.from(general.depth));
          expect(Array.from(fast.order)).toEqual(Array.from(general.order));
          expect(fast.rootCount).toBe(general.rootCount);
          expect(Array.from(fast.childStart)).toEqual(Array.from(general.childStart));
          expect(Array.from(fast.childList)).toEqual(Array.from(general.childList));
          expect(Array.from(fast.excluded)).toEqual(Array.from(general.excluded));
          expect(Array.from(fast.parent)).toEqual(Array.from(general.parent));
        } else {
          // Loops or too-deep chains: linkIds must have reported them, as the walk does.
          const codes = (ps: readonly { code: string }[]) => ps.map((p) => p.code).filter((c) => c === 'cycle' || c === 'too_deep');
          expect(codes(fast.problems)).toEqual(codes(general.problems));
          expect(Array.from(fast.order)).toEqual(Array.from(general.order));
          expect(Array.from(fast.depth)).toEqual(Array.from(general.depth));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
