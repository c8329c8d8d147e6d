import { statusCode } from '@aligned/core';
import type { StatusCode, StatusThresholds } from '@aligned/core';

/** The progress at which a key result stops being on track / at risk, for a given expected progress. */
export interface PaceThresholds {
  onTrackProgress(expected: number): number;
  atRiskProgress(expected: number): number;
}

const ON_TRACK: ReadonlySet<StatusCode> = new Set(['on_track', 'achieved']);
const AT_LEAST_AT_RISK: ReadonlySet<StatusCode> = new Set(['on_track', 'achieved', 'at_risk']);
const STEPS = 30;
/** Edges are found on a grid of 2^STEPS progress values: the lowest grid point that gets the status. */
const GRID = 2 ** STEPS;

/**
 * The band edges behind the chart, found by asking the core's own `status` rule rather than
 * restating it: status is monotone in progress, so the lowest progress that still gets a
 * status is found by search. Whatever rule or preset the core applies (ratio with a grace,
 * gap, achievement), the bands match the status text exactly.
 *
 * The answer is the lowest point of the 2^-30 grid with that status (what 30 halvings of [0, 1]
 * give). The bands ask for it at 33 moments whose edges move smoothly, so the search starts from
 * the edge extrapolated from the last two answers and widens from there: a handful of `status`
 * calls per edge instead of 32, and the same answer. `statusCode` is the rule without the
 * explanation `status` writes, which no band edge needs.
 */
export function paceThresholds(thresholds?: StatusThresholds | string): PaceThresholds {
  const edge = (codes: ReadonlySet<StatusCode>) => {
    let expected = 0;
    const ok = (k: number) => codes.has(statusCode({ progress: k / GRID, expected, thresholds }));
    const seen: Array<{ e: number; k: number }> = [];
    return (e: number): number => {
      expected = e;
      if (ok(0)) return 0;
      if (!ok(GRID)) return 1;
      const k = lowestOk(ok, guess(seen, e));
      seen.push({ e, k });
      if (seen.length > 2) seen.shift();
      return k / GRID;
    };
  };
  const onTrack = edge(ON_TRACK);
  const atRisk = edge(AT_LEAST_AT_RISK);
  return { onTrackProgress: onTrack, atRiskProgress: atRisk };
}

/** Where the edge for expected progress `e` probably is, on the grid: the line through the last two edges (or the last one). */
function guess(seen: ReadonlyArray<{ e: number; k: number }>, e: number): number | null {
  if (seen.length === 0) return null;
  const b = seen[seen.length - 1];
  const a = seen.length > 1 ? seen[0] : null;
  const k = a && a.e !== b.e ? b.k + ((b.k - a.k) * (e - b.e)) / (b.e - a.e) : b.k;
  return Number.isFinite(k) ? Math.min(GRID - 1, Math.max(1, Math.round(k))) : null;
}

/**
 * The lowest k in (0, GRID] with ok(k), given !ok(0) and ok(GRID) and ok monotone: gallops from
 * `start` (when given) to bracket it, then halves the bracket.
 */
function lowestOk(ok: (k: number) => boolean, start: number | null): number {
  let lo = 0;
  let hi = GRID;
  if (start !== null) {
    if (ok(start)) {
      hi = start;
      for (let step = 1; hi - step > lo; step *= 2) {
        if (!ok(hi - step)) {
          lo = hi - step;
          break;
        }
        hi -= step;
      }
    } else {
      lo = start;
      for (let step = 1; lo + step < hi; step *= 2) {
        if (ok(lo + step)) {
          hi = lo + step;
          break;
        }
        lo += step;
      }
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
