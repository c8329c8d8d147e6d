/**
 * The cap to clamp with: `undefined` → 1 (100 %), `null` or `Infinity` → no cap.
 * Returns `undefined` for a cap that makes no sense (0, negative, NaN), which the
 * caller reports; a cap of 0 would silently score everything 0 %.
 */
export function resolveCap(cap: number | null | undefined): number | null | undefined {
  if (cap === undefined) return 1;
  if (cap === null || cap === Infinity) return null;
  return cap > 0 ? cap : undefined;
}
