import { FieldType } from '@grafana/data';
import type { Field } from '@grafana/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceValue } from '../../grafana-panel/src/data/reduceValue';
import { inTimeOrder } from '../../grafana-panel/src/data/timeField';

describe('reduceValue over a window of times in order', () => {
  it('finds the window by binary search and gives what the look at every sample gives (seeded)', () => {
    const value = fc.oneof(fc.double({ noNaN: false }), fc.constant(null), fc.constant(undefined), fc.constant('12'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), value), { maxLength: 60 }),
        fc.integer({ min: -5, max: 55 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('lastNotNull', 'last', 'mean', 'sum'),
        (rows, from, length, reducer) => {
          const sorted = [...rows].sort((a, b) => a[0] - b[0]);
          const times = sorted.map((r) => r[0]);
          const field: Field = { name: 'v', type: FieldType.number, config: {}, values: sorted.map((r) => r[1]) };
          const window = { from, to: from + length };
          expect(inTimeOrder(times)).toBe(true);
          expect(reduceValue(field, reducer, times, window, true)).toBe(reduceValue(field, reducer, times, window));
        }
      ),
      { seed: 16, numRuns: 500 }
    );
  });

  it('knows times out of order, or NaN among them, for what they are', () => {
    expect(inTimeOrder([1, 2, 2, 3])).toBe(true);
    expect(inTimeOrder([1, 3, 2])).toBe(false);
    expect(inTimeOrder([1, Number.NaN, 2])).toBe(false);
  });
});
