import { scoreKeyResult } from '@aligned/core';
import { isBlank, readNumber, requireNumber, shown } from './cells';
import { overCells, type SheetsResult } from './grid';
import { InputError } from './InputError';
import { resultProgress } from './progressInputs';

/**
 * Score of a keep-within-range metric: 1 inside [low, high], falling linearly to 0 at the critical limits.
 *
 * @param {number|Array<Array<number>>} value The latest value of the metric.
 * @param {number|Array<Array<number>>} low The lowest value that still scores 1.
 * @param {number|Array<Array<number>>} high The highest value that still scores 1.
 * @param {number|Array<Array<number>>} critical_low Optional. The value below low that scores 0; blank means low (outside scores 0).
 * @param {number|Array<Array<number>>} critical_high Optional. The value above high that scores 0; blank means high.
 * @return {number|Array<Array<number>>} The score as a fraction from 0 to 1, blank when value is blank.
 * @customfunction
 */
export function OKR_RANGE(value: unknown, low: unknown, high: unknown, critical_low?: unknown, critical_high?: unknown): SheetsResult {
  return overCells(
    'OKR_RANGE',
    [
      { name: 'value', value },
      { name: 'low', value: low },
      { name: 'high', value: high },
      { name: 'critical_low', value: critical_low },
      { name: 'critical_high', value: critical_high },
    ],
    (cell) => rangeCell(cell[0], cell[1], cell[2], cell[3], cell[4]),
  );
}

function rangeCell(value: unknown, low: unknown, high: unknown, criticalLow: unknown, criticalHigh: unknown): number | null {
  if (isBlank(value)) return null;
  const current = readNumber(value, 'value');
  const lo = requireNumber(low, 'low', 'enter the lowest value that still scores 100 %');
  const hi = requireNumber(high, 'high', 'enter the highest value that still scores 100 %');
  if (lo > hi) throw new InputError(`low (${shown(lo)}) is above high (${shown(hi)}); swap them.`);
  const kLow = readNumber(criticalLow, 'critical_low');
  const kHigh = readNumber(criticalHigh, 'critical_high');
  // Checked whatever the value, so a wrong limit shows at once, not the day the metric leaves the band.
  if (kLow !== null && kLow > lo) {
    throw new InputError(`critical_low (${shown(kLow)}) is above low (${shown(lo)}); it must be at or below low, or blank.`);
  }
  if (kHigh !== null && kHigh < hi) {
    throw new InputError(`critical_high (${shown(kHigh)}) is below high (${shown(hi)}); it must be at or above high, or blank.`);
  }
  return resultProgress(
    scoreKeyResult({ kind: 'range', current, low: lo, high: hi, criticalLow: kLow, criticalHigh: kHigh, mode: 'distance' }),
  );
}
