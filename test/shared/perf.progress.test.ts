import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearProgress, linearProgressValue, progressColumn } from '@aligned/core/progress/index';

/**
 * The branch-free fast paths (arithmetic clamp, NaN flowing through, one rare test per
 * row) against the rule written the plain way, with comparisons and Math.min.
 */
function reference(c: number, s: number, t: number, cap: number, direction: 'increase' | 'decrease' = 'increase'): number {
  if (!Number.isFinite(c) || !Number.isFinite(s) || !Number.isFinite(t)) return NaN;
  const span = t - s;
  if (!Number.isFinite(span)) return NaN;
  if (span === 0) return (direction === 'decrease' ? c <= t : c >= t) ? 1 : 0;
  const raw = (c - s) / span;
  return raw > 0 ? Math.min(raw, cap) : 0;
}

// Doubles of every kind (NaN, ±Infinity, ±0, subnormals, huge) mixed with small integers,
// so that degenerate spans, exact hits of the cap and ordinary rows are all frequent.
const value = fc.oneof(
  fc.double(),
  fc.integer({ min: -50, max: 50 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, 1e-300),
);
const cap = fc.oneof(fc.constantFrom(1, 0.5, 1.5, 2, Infinity, Number.MAX_VALUE), fc.double({ min: 1e-300, max: 1e300, noNaN: true }));
const same = (a: number, b: number): boolean => Object.is(a, b) || (a === 0 && b === 0);

describe('progress fast paths equal the plain rule', () => {
  it('linearProgressValue, both directions', () => {
    fc.assert(
      fc.property(value, value, value, cap, fc.constantFrom('increase', 'decrease') as fc.Arbitrary<'increase' | 'decrease'>, (c, s, t, k, d) => {
        expect(same(linearProgressValue(c, s, t, k, d), reference(c, s, t, k, d))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('linearProgress is the value with null for missing', () => {
    fc.assert(
      fc.property(value, value, value, cap, (c, s, t, k) => {
        const expected = reference(c, s, t, k);
        const got = linearProgress(c, s, t, k === Infinity ? null : k);
        if (Number.isNaN(expected)) expect(got).toBeNull();
        else expect(same(got as number, expected)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('progressColumn over columns, capped and uncapped', () => {
    const row = fc.tuple(value, value, value);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 64 }), cap, (rows, k) => {
        const c = Float64Array.from(rows, (r) => r[0]);
        const s = Float64Array.from(rows, (r) => r[1]);
        const t = Float64Array.from(rows, (r) => r[2]);
        const out = progressColumn(c, s, t, k === Infinity ? null : k);
        rows.forEach(([ci, si, ti], i) => expect(same(out[i], reference(ci, si, ti, k))).toBe(true));
      }),
      { numRuns: 3_000 },
    );
  });

  it('the arithmetic clamp is exact at and around the cap', () => {
    const caps = [1, 0.3, 1.7, 1e-9, 1e9];
    for (const k of caps) {
      for (const raw of [k, k * (1 - 2 ** -52), k * (1 + 2 ** -52), 2 * k, 2 * k * (1 + 2 ** -52), 1e-320, k * 3]) {
        expect(linearProgressValue(raw, 0, 1, k)).toBe(Math.min(raw, k));
      }
    }
  });
});
