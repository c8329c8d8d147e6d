import { isMissing } from '../values/isMissing';

/**
 * The target of a relative key result such as "+20 % over the previous quarter":
 * baseValue × (1 + change) with `change` as a fraction (0.2).
 *
 * Computed as base + |base| × change so that "+20 %" still means "better by a fifth"
 * when the base is negative (a loss of 100 becomes a loss of 80, not 120).
 * `null` when either input is missing.
 */
export function relativeTarget(baseValue: number | null | undefined, change: number | null | undefined): number | null {
  if (isMissing(baseValue) || isMissing(change)) return null;
  const base = baseValue as number;
  return base + Math.abs(base) * (change as number);
}
