import { isMissing } from '../values/isMissing';

/**
 * The value at the end of the period if the pace since the start holds:
 * baseline + (current − baseline) ÷ e.
 *
 * The simplest forecast and the same number the pace status is built on (p ÷ e), so
 * "projected 240k" and "on track" never disagree. `null` when e is 0 (nothing can be
 * projected on day one) or an input is missing.
 */
export function paceForecast(
  current: number | null | undefined,
  baseline: number | null | undefined,
  expected: number | null | undefined,
): number | null {
  if (isMissing(current) || isMissing(baseline) || isMissing(expected)) return null;
  const e = expected as number;
  if (!(e > 0)) return null;
  const s = baseline as number;
  return s + ((current as number) - s) / e;
}
