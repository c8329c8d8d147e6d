import type { ProgressResult } from '../types';
import { formatNumber } from '../values/formatNumber';
import { formatPercent } from '../values/formatPercent';
import { isMissing } from '../values/isMissing';
import { clampedResult } from './clampedResult';
import { linearFormula } from './formulaText';
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
    return invalidResult(
      'a range needs Low and High (the band to stay in), or Low and Target (a floor and the value to aim for); fill in the empty one.',
    );
  }
  const low = input.low as number;
  const high = input.high as number;
  if (low > high) return invalidResult(`Low ${formatNumber(low)} is above High ${formatNumber(high)}; swap them.`);
  const inclusive = input.inclusive !== false;
  const inside = (v: number): boolean => (inclusive ? v >= low && v <= high : v > low && v < high);
  const band = `${inclusive ? '' : 'strictly '}between ${formatNumber(low)} and ${formatNumber(high)}`;
  const mode = input.mode ?? 'binary';
  if (mode === 'periods') return scorePeriods(input.history ?? [input.current ?? null], inside, band);
  if (mode !== 'binary' && mode !== 'distance') {
    return invalidResult(`mode "${String(mode)}" is unknown; use binary, periods or distance.`);
  }
  if (isMissing(input.current)) return noDataResult();
  const c = input.current as number;
  if (inside(c)) {
    return { raw: 1, progress: 1, reason: 'inside_range', met: true, explain: `100 %: ${formatNumber(c)} is ${band}` };
  }
  const below = c <= low;
  const critical = below ? input.criticalLow : input.criticalHigh;
  const edge = below ? low : high;
  const k = isMissing(critical) ? edge : (critical as number);
  if (below ? k > low : k < high) {
    return invalidResult(
      `${below ? 'Critical low' : 'Critical high'} ${formatNumber(k)} lies inside the band; it must be ${below ? 'below Low' : 'above High'}.`,
    );
  }
  const side = `${formatNumber(c)} is ${below ? 'below' : 'above'} the band ${formatNumber(low)}–${formatNumber(high)}`;
  // Without a critical limit (or on the band edge in strict mode) there is no slope: outside scores 0.
  const quotient = k === edge ? 0 : (c - k) / (edge - k);
  const raw = quotient - quotient === 0 ? quotient : 0; // an overflowing quotient is far outside: 0
  const progress = raw > 0 ? Math.min(1, raw) : 0;
  const formula = k === edge ? '' : ` = ${linearFormula(c, k, edge)}`;
  const note = k === edge ? '' : `, critical ${formatNumber(k)} scores 0 %`;
  return {
    raw,
    progress,
    reason: 'outside_range',
    met: false,
    explain: `${formatPercent(progress)}${formula}: ${side}${note}`,
  };
}

/** The floor-to-target (or ceiling-to-target) form of a range. */
function scoreFloorToTarget(input: KeyResultInput, cap: number | null): ProgressResult {
  const t = input.target as number;
  const fromFloor = !isMissing(input.low);
  const zeroAt = (fromFloor ? input.low : input.high) as number;
  if (fromFloor ? zeroAt >= t : zeroAt <= t) {
    return invalidResult(
      `the ${fromFloor ? 'floor (Low)' : 'ceiling (High)'} ${formatNumber(zeroAt)} must be ${fromFloor ? 'below' : 'above'} the target ${formatNumber(t)}; check both values.`,
    );
  }
  if (isMissing(input.current)) return noDataResult();
  const c = input.current as number;
  const met = fromFloor ? c >= zeroAt : c <= zeroAt;
  const note = (): string =>
    `${fromFloor ? 'floor' : 'ceiling'} ${formatNumber(zeroAt)} scores 0 %, target ${formatNumber(t)} scores 100 %`;
  return clampedResult((c - zeroAt) / (t - zeroAt), cap, () => linearFormula(c, zeroAt, t), note, met);
}
