import { isMissing } from '../values/isMissing';

/**
 * a ÷ b for metrics such as "actions per active user" (SUM ÷ COUNT DISTINCT over the
 * same window), which must be computed from the window's totals, never by averaging
 * daily ratios. `null` when b is 0 or either side is missing: no users means no rate,
 * not a rate of 0.
 */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (isMissing(a) || isMissing(b) || b === 0) return null;
  return (a as number) / (b as number);
}
