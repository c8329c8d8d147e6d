import { ValueError } from '../values/ValueError';
import { linearProgressValue } from './linearProgressValue';

const INFINITY = 1 / 0;
// Above this, raw + |raw| (twice max(raw, 0)) would overflow to Infinity.
const HALF_MAX = Number.MAX_VALUE / 2;

/**
 * `linearProgress` over whole columns: progress[i] from current[i], baseline[i],
 * target[i], with NaN marking a missing value in and out (±Infinity counts as missing).
 *
 * Large ranges (a sheet of 100k key results, a Grafana frame) arrive as columns;
 * one tight loop over typed arrays avoids a million calls and result objects. Pass
 * `out` to reuse a buffer between refreshes. Degenerate spans (target = baseline)
 * score 1 when current ≥ target, else 0. `cap` null or Infinity: no cap.
 *
 * Why the loop looks the way it does: missing values need no test (NaN flows through
 * the arithmetic into the result); max(raw, 0) is (raw + |raw|) ÷ 2 and min(·, cap) is
 * arithmetic too (`clampBelow`; `Math.abs` is one instruction); and one test per row
 * sends the rare rows (degenerate span, |raw| beyond 2 × cap) to the plain rule,
 * `linearProgressValue`. Data-dependent branches over mixed columns are mispredicted
 * often enough to cost more than the arithmetic itself.
 */
export function progressColumn(
  current: Float64Array,
  baseline: Float64Array,
  target: Float64Array,
  cap: number | null = 1,
  out?: Float64Array,
): Float64Array {
  const n = current.length;
  if (baseline.length !== n || target.length !== n) {
    throw new ValueError(
      `columns of equal length (${n} current values)`,
      `${baseline.length} baselines and ${target.length} targets`,
      'Select the same rows for Current, Baseline and Target.',
    );
  }
  const result = out ?? new Float64Array(n);
  if (result.length < n) {
    throw new ValueError(`an output buffer of at least ${n} values`, `${result.length}`, 'Allocate a larger buffer or omit it.');
  }
  if (cap === null || cap === INFINITY) uncappedLoop(current, baseline, target, n, result);
  else cappedLoop(current, baseline, target, n, cap, result);
  return result;
}

/**
 * Rows the arithmetic clamp cannot score exactly (degenerate spans, |raw| beyond 2 × cap)
 * are rare. The loop notes their indexes without a branch (it always writes the slot and
 * advances by 0 or 1), then a short second loop rescores just those rows with the plain
 * rule. A branch per row, or a second pass over every row, costs more than the whole clamp.
 */
let rareRows = new Int32Array(0);

function cappedLoop(current: Float64Array, baseline: Float64Array, target: Float64Array, n: number, cap: number, result: Float64Array): void {
  const twice = 2 * cap < HALF_MAX ? 2 * cap : HALF_MAX;
  if (rareRows.length < n + 1) rareRows = new Int32Array(n + 1);
  const rare = rareRows;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const s = baseline[i];
    const span = target[i] - s;
    const raw = (current[i] - s) / span + (span - span);
    const size = Math.abs(raw);
    result[i] = clampBelow((raw + size) * 0.5, cap);
    rare[count] = i;
    count += (span === 0 ? 1 : 0) | (size > twice ? 1 : 0);
  }
  for (let k = 0; k < count; k++) {
    const i = rare[k];
    result[i] = linearProgressValue(current[i], baseline[i], target[i], cap);
  }
}

function uncappedLoop(current: Float64Array, baseline: Float64Array, target: Float64Array, n: number, result: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const s = baseline[i];
    const span = target[i] - s;
    const raw = (current[i] - s) / span + (span - span);
    const size = Math.abs(raw);
    // Huge or infinite: an infinite current (missing) or a quotient near overflow; the plain rule tells which.
    result[i] = span === 0 || size > HALF_MAX ? linearProgressValue(current[i], s, target[i], INFINITY) : (raw + size) * 0.5;
  }
}

/**
 * min(floored, cap) for 0 ≤ floored ≤ 2·cap without a branch (NaN stays NaN). Exact: below
 * the cap nothing is subtracted, and between cap and 2·cap the subtraction is exact
 * (Sterbenz), so the result is cap itself. Real columns mix under- and overshoot at
 * random, and a branch here would be mispredicted a third of the time.
 */
function clampBelow(floored: number, cap: number): number {
  const over = floored - cap;
  return floored - (over + Math.abs(over)) * 0.5;
}
