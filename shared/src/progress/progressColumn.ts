import { ValueError } from '../values/ValueError';

/**
 * `linearProgress` over whole columns: progress[i] from current[i], baseline[i],
 * target[i], with NaN marking a missing value in and out (±Infinity counts as missing).
 *
 * Large ranges (a sheet of 100k key results, a Grafana frame) arrive as columns;
 * one tight loop over typed arrays avoids a million calls and result objects. Pass
 * `out` to reuse a buffer between refreshes. Degenerate spans (target = baseline)
 * score 1 when current ≥ target, else 0. The clamp is arithmetic, as in
 * `linearProgress`, so mixed under- and overshoot costs no mispredicted branches.
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
  if (cap === null || cap === Infinity) {
    for (let i = 0; i < n; i++) {
      const c = current[i];
      const s = baseline[i];
      const span = target[i] - s;
      const raw = (c - s) / span;
      const floored = (raw + Math.abs(raw)) * 0.5;
      result[i] = span !== 0 && span - span === 0 && floored - floored === 0 ? floored : edgeCell(c, s, target[i], Infinity);
    }
    return result;
  }
  const twice = 2 * cap;
  for (let i = 0; i < n; i++) {
    const c = current[i];
    const s = baseline[i];
    const span = target[i] - s;
    const raw = (c - s) / span;
    const floored = (raw + Math.abs(raw)) * 0.5;
    const over = floored - cap;
    result[i] = span !== 0 && span - span === 0 && floored <= twice ? floored - (over + Math.abs(over)) * 0.5 : edgeCell(c, s, target[i], cap);
  }
  return result;
}

/** Rare cells: missing, degenerate, or overshoot beyond 2 × cap. Always a double, so the column never boxes. */
function edgeCell(c: number, s: number, t: number, cap: number): number {
  const span = t - s;
  if (c - c !== 0 || span - span !== 0) return NaN;
  if (span === 0) return c >= t ? 1 : 0;
  const raw = (c - s) / span;
  return raw > 0 ? Math.min(raw, cap) : 0;
}
