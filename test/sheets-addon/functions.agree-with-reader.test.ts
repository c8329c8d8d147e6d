/**
 * Issue 10: a key result with Target and Current but no Baseline is measured from 0 by the
 * core's reader and cascade, as OKR_PROGRESS does with a blank baseline. Same cells, same
 * progress, generated rather than picked (fixed seed), with and without a Baseline column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCascade, evaluateCascade, readSheet } from '@aligned/core';
import { OKR_PROGRESS } from '../../sheets-addon/src/functions/okrProgress';

const value = fc.integer({ min: -1_000_000, max: 1_000_000 });

describe('OKR_PROGRESS and the sheet reader agree on the same cells', () => {
  it('a key result with Target and Current and no Baseline', () => {
    fc.assert(
      fc.property(value, value, fc.boolean(), (target, current, baselineColumn) => {
        fc.pre(target !== 0);
        const header = baselineColumn ? ['Key result', 'Baseline', 'Target', 'Current'] : ['Key result', 'Target', 'Current'];
        const row = baselineColumn ? ['Win', '', target, current] : ['Win', target, current];
        const { nodes } = readSheet([header, row]);
        const progress = evaluateCascade(buildCascade(nodes), { asOf: Date.UTC(2026, 5, 1) }).get(nodes[0].id)!.progress;
        expect(progress).toBe(OKR_PROGRESS(current, target, ''));
      }),
      { seed: 1010, numRuns: 300 },
    );
  });
});
