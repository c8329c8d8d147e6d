/**
 * True when a cell or field holds no usable value.
 *
 * Spreadsheets hand us `''` for an empty cell and `Number('')` is 0, so "empty" has
 * to be recognised before any arithmetic or an empty Current would read as 0 %
 * progress. NaN and ±Infinity are missing too: they come from broken formulas
 * (#DIV/0! in some exports) and must never reach the screen as numbers.
 */
export function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return value - value !== 0; // NaN and ±Infinity
  if (typeof value === 'string') return value.trim() === '';
  return false;
}
