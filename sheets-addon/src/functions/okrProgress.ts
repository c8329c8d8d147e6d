import { linearProgress, scoreKeyResult } from '@aligned/core';
import { choiceReader, isBlank, readDone, readNumber, requireNumber, shown } from './cells';
import { overCells, type SheetsResult } from './grid';
import { InputError } from './InputError';
import { overflowError } from './overflow';
import { readCap, resultProgress } from './progressInputs';

/** The row schema's Kind values, plus "auto". */
const KINDS = ['auto', 'increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Progress of a key result as a fraction (1 = 100 %), from baseline to target.
 * Kind "range" here is the floor-to-target form: the baseline is the floor that scores 0 and the
 * target scores 1 (a baseline above the target is a ceiling, scored downwards); for a band to stay
 * inside (low and high) use OKR_RANGE. Kind "track" is a baseline metric kept for reference: it has
 * no progress, so the cell is left blank.
 *
 * @param {number|Array<Array<number>>} current The latest value; for a milestone TRUE/FALSE, yes/no or done/not done.
 * @param {number|Array<Array<number>>} target The value that counts as 100 %.
 * @param {number|Array<Array<number>>} baseline Optional. The value at the start (0 % progress); blank means 0. Required for "range": the floor that scores 0.
 * @param {string|Array<Array<string>>} kind Optional. "auto" (default), "increase", "decrease", "above", "below", "range" (floor to target; OKR_RANGE for a band), "milestone" or "track" (blank: not scored).
 * @param {number|Array<Array<number>>} cap Optional. Highest progress reported, for every kind: 1 (default) is 100 %; 0 means no cap.
 * @return {number|Array<Array<number>>} Progress as a fraction (format the cell as a percentage), blank when current is blank or kind is "track".
 * @customfunction
 */
export function OKR_PROGRESS(current: unknown, target: unknown, baseline?: unknown, kind?: unknown, cap?: unknown): SheetsResult {
  const readKind = choiceReader<Kind>('kind', KINDS, 'auto');
  return overCells(
    'OKR_PROGRESS',
    [
      { name: 'current', value: current },
      { name: 'target', value: target },
      { name: 'baseline', value: baseline },
      { name: 'kind', value: kind },
      { name: 'cap', value: cap },
    ],
    (cell) => progressCell(cell[0], cell[1], cell[2], readKind(cell[3]), readCap(cell[4])),
  );
}

function progressCell(current: unknown, target: unknown, baseline: unknown, kind: Kind, cap: number | null): number | null {
  // A tracked metric has no target by design: the core scores it as "not scored", whatever its value.
  if (kind === 'track') return resultProgress(scoreKeyResult({ kind: 'track' }));
  if (isBlank(current)) return null; // no check-in yet: blank, never 0 %
  if (kind === 'range') return floorToTarget(readNumber(current, 'current') as number, target, baseline, cap);
  if (kind === 'milestone') {
    return capped(resultProgress(scoreKeyResult({ kind: 'milestone', done: readDone(current, 'current') })), cap);
  }
  const c = readNumber(current, 'current') as number;
  if (kind === 'above' || kind === 'below') {
    const t = requireNumber(target, 'target', `enter the value to stay ${kind}`);
    return capped(resultProgress(scoreKeyResult({ kind, target: t, current: c, cap })), cap);
  }
  const t = requireNumber(target, 'target', 'enter the value that counts as 100 %');
  const s = readNumber(baseline, 'baseline') ?? 0;
  if (t === s) {
    throw new InputError(`target equals baseline (${shown(t)}): there is no distance to measure progress along; set a different baseline.`);
  }
  if (kind === 'increase' && t < s) {
    throw new InputError(
      `kind is "increase" but target (${shown(t)}) is below baseline (${shown(s)}); use "decrease" or "auto", or check the two values.`,
    );
  }
  if (kind === 'decrease' && t > s) {
    throw new InputError(
      `kind is "decrease" but target (${shown(t)}) is above baseline (${shown(s)}); use "increase" or "auto", or check the two values.`,
    );
  }
  const progress = linearProgress(c, s, t, cap);
  // All three are finite numbers here, so no result means the span or the distance overflowed.
  if (progress === null) throw overflowError('current, baseline and target');
  return progress;
}

/**
 * The cap for kinds scored done / not done (met = 100 %): the documented "highest progress
 * reported" holds for every kind, so cap 0.5 reports a met guardrail as 50 %, as "increase" would.
 */
function capped(progress: number | null, cap: number | null): number | null {
  return progress === null || cap === null || progress <= cap ? progress : cap;
}

/**
 * The range kind with OKR_PROGRESS's arguments: the baseline is the floor (0 %) and the target
 * 100 %, the core's floor-to-target range. A baseline above the target is a ceiling, the mirrored
 * form (a cost to bring down from a limit). A band (low and high) is OKR_RANGE's job.
 */
function floorToTarget(current: number, target: unknown, baseline: unknown, cap: number | null): number | null {
  const t = requireNumber(target, 'target', 'enter the value that counts as 100 %');
  const floor = requireNumber(baseline, 'baseline', 'for kind "range" enter the floor that scores 0 % (for a band between low and high, use OKR_RANGE)');
  if (floor === t) {
    throw new InputError(`kind is "range" but baseline (the floor, ${shown(floor)}) equals target: set a floor below the target (or a ceiling above it), or use OKR_RANGE for a band.`);
  }
  const edge = floor < t ? { low: floor } : { high: floor };
  return resultProgress(scoreKeyResult({ kind: 'range', target: t, current, cap, ...edge }));
}
