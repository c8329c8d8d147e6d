import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCascade, linkIds } from '@aligned/core/cascade/index';
import { hashId, IdIndex } from '@aligned/core/cascade/id-index';
import { node } from './cascade.helpers';

/**
 * IdIndex replaces a Map<string, number> in linkIds for speed. It must agree with a Map
 * (first row wins) on every ID set: duplicates, empty strings, unicode (including lone
 * surrogates and astral characters), and IDs whose hashes collide.
 */

/** IDs from a small pool (so duplicates are common), plus arbitrary and unicode text. */
const idText = fc.oneof(
  fc.constantFrom('', 'a', 'A', 'a ', ' a', 'N1', 'N01', 'N10', '0', 'é', 'é', '😀', '\u{1F600}x', '\uD800', '\uDC00'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const idSet = fc.array(idText, { maxLength: 80 });

/** Hashes that collide on purpose, to exercise probing and the text comparison. */
const hashes: [string, (id: string) => number][] = [
  ['hashId', hashId],
  ['all equal', () => 0],
  ['by length', (id) => id.length],
  ['first unit only', (id) => (id.length > 0 ? id.charCodeAt(0) : -1)],
  ['negative', (id) => -1 - id.length],
];

/** What a Map gives: the first row of every ID, and every row's lookup. */
function expected(ids: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!first.has(id)) first.set(id, i);
  });
  return first;
}

describe('IdIndex agrees with a Map', () => {
  for (const [name, hash] of hashes) {
    it(`add returns the first row of each ID, rowOf finds it (hash: ${name})`, () => {
      fc.assert(
        fc.property(idSet, fc.array(idText, { maxLength: 20 }), (ids, probes) => {
          const first = expected(ids);
          const index = new IdIndex(ids, hash);
          for (let i = 0; i < ids.length; i++) expect(index.add(i)).toBe(first.get(ids[i]));
          for (const id of [...ids, ...probes]) expect(index.rowOf(id)).toBe(first.get(id) ?? -1);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('answers −1 for every ID before any row is added, and on an empty table', () => {
    fc.assert(
      fc.property(idSet, idText, (ids, probe) => {
        const index = new IdIndex(ids);
        expect(index.rowOf(probe)).toBe(-1);
        expect(new IdIndex([]).rowOf(probe)).toBe(-1);
      }),
    );
  });

  it('fills a table to its load limit without losing a row (sizes around powers of two)', () => {
    for (const n of [0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 1023, 1024, 1025]) {
      const ids = Array.from({ length: n }, (_, i) => `N${i}`);
      for (const [, hash] of hashes.slice(0, 3)) {
        const index = new IdIndex(ids, hash);
        for (let i = 0; i < n; i++) expect(index.add(i)).toBe(i);
        for (let i = 0; i < n; i++) expect(index.rowOf(`N${i}`)).toBe(i);
        expect(index.rowOf(`N${n}`)).toBe(-1);
      }
    }
  });

  it('keeps Map semantics for IDs that are not text (plain-JS callers), without a TypeError', () => {
    const ids = [5, '5', null, undefined, 5, null, '', 'null', undefined, 0, -0] as unknown as string[];
    const first = expected(ids);
    const index = new IdIndex(ids);
    ids.forEach((id, i) => expect(index.add(i)).toBe(first.get(id)));
    ids.forEach((id) => expect(index.rowOf(id)).toBe(first.get(id)));
    expect(index.rowOf(6 as unknown as string)).toBe(-1);
  });

  it('tells apart IDs that differ only by case, spacing, normalisation or a surrogate half', () => {
    const ids = ['é', 'e\u0301', 'a', 'A', ' a', 'a ', '\uD83D', '\uD83D\uDE00', '\uDE00'];
    const index = new IdIndex(ids);
    ids.forEach((_, i) => expect(index.add(i)).toBe(i));
    ids.forEach((id, i) => expect(index.rowOf(id)).toBe(i));
  });

  it('spreads sequential IDs over the table slots like a random hash (100,000 rows)', () => {
    // A weak hash (e.g. summing units) puts N1…N100000 into a few hundred buckets; the
    // table would then be quadratic. Count the distinct low bits the table indexes by.
    const n = 100_000;
    const bits = 18; // the table size for n rows: the power of two ≥ 2n
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) seen.add(hashId(`N${i}`) & ((1 << bits) - 1));
    // Random placement of n keys into 2^18 slots leaves about 2^18 (1 − e^(−n/2^18)) ≈ 83,000 distinct.
    expect(seen.size).toBeGreaterThan(80_000);
  });
});

describe('linkIds with IdIndex keeps the Map semantics', () => {
  /** A reference linker: Map-based steps 1–2 of linkIds (first ID wins, unknown parents are roots). */
  function referenceParents(ids: readonly string[], parents: readonly (string | null)[]): { parent: number[]; duplicateRows: number[]; unknown: number[] } {
    const first = new Map<string, number>();
    const duplicateRows: number[] = [];
    ids.forEach((id, i) => {
      if (id === '') return;
      if (first.has(id)) duplicateRows.push(i);
      else first.set(id, i);
    });
    const unknown: number[] = [];
    const parent = ids.map((_, i) => {
      const p = parents[i];
      if (duplicateRows.includes(i) || p === null || p === '') return -1;
      const row = first.get(p);
      if (row === undefined) unknown.push(i);
      return row ?? -1;
    });
    return { parent, duplicateRows, unknown };
  }

  it('links the same parents, leaves out the same duplicates, reports the same unknown parents', () => {
    const rows = fc.array(fc.tuple(idText, fc.option(idText, { nil: null })), { maxLength: 60 });
    fc.assert(
      fc.property(rows, (pairs) => {
        const ids = pairs.map(([id]) => id);
        const parents = pairs.map(([, p]) => p);
        const ref = (i: number) => ({ id: ids[i], parentId: parents[i], row: i + 1 });
        // A large depth limit: loops still cut links, and are compared through `excluded`.
        const fromArray = linkIds(ids, parents, ref, 1_000);
        const fromFunction = linkIds(ids, (i) => parents[i], ref, 1_000);
        expect(fromFunction).toEqual(fromArray);

        const want = referenceParents(ids, parents);
        const duplicates = ids.flatMap((_, i) => (fromArray.excluded[i] === 1 ? [i] : []));
        expect(duplicates).toEqual(want.duplicateRows);
        const unknownRows = fromArray.problems.filter((p) => p.code === 'unknown_parent').map((p) => (p.row ?? 0) - 1);
        expect(unknownRows).toEqual(want.unknown);
        // Links survive unless a loop cut them (then the row or its parent is in the loop).
        for (let i = 0; i < ids.length; i++) {
          const cut = fromArray.excluded[i] === 2 || (want.parent[i] >= 0 && fromArray.excluded[want.parent[i]] === 2);
          if (!cut) expect(fromArray.parent[i]).toBe(want.parent[i]);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('buildCascade gives periods only to rows it evaluates, inherited parents-first', () => {
    const nodes = [
      node('A', null, { start: 10, end: 20 }),
      node('B', 'A', { end: 15 }),
      node('C', 'B'),
      node('A', null, { start: 1, end: 2 }), // duplicate: left out, no period
      node('X', 'Y', { start: 5 }),
      node('Y', 'X'), // X and Y form a loop: left out, no period
      node('D', 'Y'), // below the loop: a root without a period
    ];
    const { index } = buildCascade(nodes);
    expect(Array.from(index.start)).toEqual([10, 10, 10, NaN, NaN, NaN, NaN]);
    expect(Array.from(index.end)).toEqual([20, 15, 15, NaN, NaN, NaN, NaN]);
  });
});
