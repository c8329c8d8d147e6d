import { status } from '@aligned/core';
import type { StatusCode, StatusThresholds } from '@aligned/core';

/** The progress at which a key result stops being on track / at risk, for a given expected progress. */
export interface PaceThresholds {
  onTrackProgress(expected: number): number;
  atRiskProgress(expected: number): number;
}

const ON_TRACK: ReadonlySet<StatusCode> = new Set(['on_track', 'achieved']);
const AT_LEAST_AT_RISK: ReadonlySet<StatusCode> = new Set(['on_track', 'achieved', 'at_risk']);
const STEPS = 30;

/**
 * The band edges behind the chart, found by asking the core's own `status` rule rather than
 * restating it: status is monotone in progress, so the lowest progress that still gets a
 * status is found by bisection. Whatever rule or preset the core applies (ratio with a grace,
 * gap, achievement), the bands match the status text exactly.
 */
export function paceThresholds(thresholds?: StatusThresholds | string): PaceThresholds {
  const lowestWith = (codes: ReadonlySet<StatusCode>, expected: number): number => {
    const ok = (p: number) => codes.has(status({ progress: p, expected, thresholds }).code);
    if (ok(0)) return 0;
    if (!ok(1)) return 1;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < STEPS; i++) {
      const mid = (lo + hi) / 2;
      if (ok(mid)) hi = mid;
      else lo = mid;
    }
    return hi;
  };
  return {
    onTrackProgress: (e) => lowestWith(ON_TRACK, e),
    atRiskProgress: (e) => lowestWith(AT_LEAST_AT_RISK, e),
  };
}
