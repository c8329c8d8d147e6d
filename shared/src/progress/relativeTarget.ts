import { isMissing } from '../values/isMissing';

/**
 * The target of a relative key result such as "+20 % over the previous quarter":
 * base + |base| × change, with `change` as a fraction (0.2).
 *
 * For a base of 0 or more that is base × (1 + change). For a negative base (a loss, a
 * negative margin) base × (1 + change) would turn "+20 %" into a loss 20 % bigger; the
 * absolute value keeps "+20 %" meaning "better by a fifth of the base's size": a loss of
 * 100 becomes a loss of 80, not 120, and "−20 %" a loss of 120.
 * `null` when either input is missing.
 */
export function relativeTarget(baseValue: number | null | undefined, change: number | null | undefined): number | null {
  if (isMissing(baseValue) || isMissing(change)) return null;
  const base = baseValue as number;
  return base + Math.abs(base) * (change as number);
}
