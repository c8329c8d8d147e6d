import { status, STATUS_PRESETS } from '@aligned/core';
import type { StatusCode, StatusThresholds } from '@aligned/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paceThresholds } from '../../grafana-panel/src/modes/overlay/paceThresholds';

/** The band edge by plain bisection of [0, 1], 30 halvings: the answer the overlay's faster search must give exactly. */
function bisected(codes: ReadonlySet<StatusCode>, expected: number, thresholds?: StatusThresholds | string): number {
  const ok = (p: number) => codes.has(status({ progress: p, expected, thresholds }).code);
  if (ok(0)) return 0;
  if (!ok(1)) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

const ON_TRACK = new Set<StatusCode>(['on_track', 'achieved']);
const AT_LEAST_AT_RISK = new Set<StatusCode>(['on_track', 'achieved', 'at_risk']);

const thresholdsArb: fc.Arbitrary<StatusThresholds | string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...Object.keys(STATUS_PRESETS)),
  fc
    .tuple(fc.double({ min: 0.05, max: 1.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }))
    .map(([onTrack, share, grace]) => ({ method: 'ratio' as const, onTrack, atRisk: onTrack * share, grace })),
  fc
    .tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }))
    .map(([onTrack, more]) => ({ method: 'gap' as const, onTrack, atRisk: onTrack + more })),
  fc
    .tuple(fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([onTrack, share]) => ({ method: 'achievement' as const, onTrack, atRisk: onTrack * share }))
);

describe('the pace bands ask the core for the exact same edges as a plain bisection would', () => {
  it('at the 33 moments the bands sample, in order, and at any expected progress in any order (seeded)', () => {
    fc.assert(
      fc.property(
        thresholdsArb,
        fc.oneof(
          fc.constant(Array.from({ length: 33 }, (_, i) => i / 32)),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }).map((es) => es.sort((a, b) => a - b))
        ),
        (thresholds, expectations) => {
          const pace = paceThresholds(thresholds);
          for (const e of expectations) {
            expect(pace.onTrackProgress(e)).toBe(bisected(ON_TRACK, e, thresholds));
            expect(pace.atRiskProgress(e)).toBe(bisected(AT_LEAST_AT_RISK, e, thresholds));
          }
        }
      ),
      { seed: 16, numRuns: 300 }
    );
  });
});
