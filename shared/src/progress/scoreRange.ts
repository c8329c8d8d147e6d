import { explained } from '../i18n/english';
import { msg } from '../i18n/message';
import type { ProgressResult } from '../types';
import { isMissing } from '../values/isMissing';
import { clampedResult } from './clampedResult';
import { linearFormulaMessage } from './formulaText';
import { invalidResult, noDataResult } from './invalidResult';
import type { KeyResultInput } from './KeyResultInput';
import { scorePeriods } from './scorePeriods';

/**
 * Scores a range key result, in one of two shapes.
 *
 * Band ("keep response time between 30 and 50 min"): 1 inside [low, high]; outside,
 * a linear decay to 0 at `criticalLow` / `criticalHigh`, which default to the band
 * edges, so without them the score is simply 1 or 0. Periods mode scores the share
 * of periods spent inside the band.
 *
 * Floor to target ("break even at $220k, aim for $240k"): `low` and `target` without
 * `high`. The floor scores 0 and the target 1, linearly between: $230k → 50 %. The
 * mirrored ceiling-to-target form (`high` and `target`, no `low`) works the same way
 * downwards. A c ÷ t ratio would call $230k 96 % and hide that it is half-way.
 */
export function scoreRange(input: KeyResultInput, cap: number | null): ProgressResult {
  const hasLow = !isMissing(input.low);
  const hasHigh = !isMissing(input.high);
  const hasTarget = !isMissing(input.target);
  if (hasTarget && hasLow !== hasHigh) return scoreFloorToTarget(input, cap);
  if (!hasLow || !hasHigh) {
    return invalidResult(msg('invalid.range_bounds', {}));
  }
  const low = input.low as number;
  const high = input.high as number;
  if (low > high) return invalidResult(msg('invalid.low_above_high', { low, high }));
  const inclusive = input.inclusive !== false;
  const inside = (v: number): boolean => (inclusive ? v >= low && v <= high : v > low && v < high);
  const band = msg('condition.band', { inclusive, low, high });
  const mode = input.mode ?? 'binary';
  if (mode === 'periods') return scorePeriods(input.history ?? [input.current ?? null], inside, band);
  if (mode !== 'binary' && mode !== 'distance') {
    return invalidResult(msg('invalid.mode', { mode: String(mode) }));
  }
  if (isMissing(input.current)) return noDataResult();
  const c = input.current as number;
  if (inside(c)) {
    return { raw: 1, progress: 1, reason: 'inside_range', met: true, ...explained('progress.inside_range', { current: c, band }) };
  }
  const below = c <= low;
  const critical = below ? input.criticalLow : input.criticalHigh;
  const edge = below ? low : high;
  const k = isMissing(critical) ? edge : (critical as number);
  if (below ? k > low : k < high) {
    return invalidResult(msg('invalid.critical_inside', { below, critical: k }));
  }
  // Without a critical limit (or on the band edge in strict mode) there is no slope: outside scores 0.
  const quotient = k === edge ? 0 : (c - k) / (edge - k);
  const raw = quotient - quotient === 0 ? quotient : 0; // an overflowing quotient is far outside: 0
  const progress = raw > 0 ? Math.min(1, raw) : 0;
  return {
    raw,
    progress,
    reason: 'outside_range',
    met: false,
    ...explained('progress.outside_range', { progress, current: c, below, low, high, critical: k === edge ? null : k, edge }),
  };
}

/** The floor-to-target (or ceiling-to-target) form of a range. */
function scoreFloorToTarget(input: KeyResultInput, cap: number | null): ProgressResult {
  const t = input.target as number;
  const fromFloor = !isMissing(input.low);
  const zeroAt = (fromFloor ? input.low : input.high) as number;
  if (fromFloor ? zeroAt >= t : zeroAt <= t) {
    return invalidResult(msg('invalid.floor_target', { fromFloor, zeroAt, target: t }));
  }
  if (isMissing(input.current)) return noDataResult();
  const c = input.current as number;
  const met = fromFloor ? c >= zeroAt : c <= zeroAt;
  const note = msg('note.floor_target', { fromFloor, zeroAt, target: t });
  return clampedResult((c - zeroAt) / (t - zeroAt), cap, linearFormulaMessage(c, zeroAt, t), note, met);
}
