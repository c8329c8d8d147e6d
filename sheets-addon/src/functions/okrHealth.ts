import { healthLabel, kpiHealth } from '@aligned/core';
import { isBlank, readNumber, shown } from './cells';
import { overCells, type SheetsResult } from './grid';
import { InputError } from './InputError';
import { sheetLanguage } from './language';

/**
 * Health of a KPI against its healthy band: inside, close to it, or beyond.
 *
 * @param {number|Array<Array<number>>} value The latest value of the KPI; blank means no data.
 * @param {number|Array<Array<number>>} low The lowest healthy value.
 * @param {number|Array<Array<number>>} high The highest healthy value.
 * @return {string|Array<Array<string>>} "Healthy" inside [low, high], "Watch" within 10 % of the band's width outside it, "Unhealthy" beyond, "No data" when value is blank; in Russian ("В норме"…) when the spreadsheet's locale or the add-on's language setting is Russian.
 * @customfunction
 */
export function OKR_HEALTH(value: unknown, low: unknown, high: unknown): SheetsResult {
  const language = sheetLanguage();
  return overCells(
    'OKR_HEALTH',
    [
      { name: 'value', value },
      { name: 'low', value: low },
      { name: 'high', value: high },
    ],
    (cell) => {
      if (isBlank(cell[0]) && isBlank(cell[1]) && isBlank(cell[2])) return null; // an empty row
      const v = readNumber(cell[0], 'value');
      const lo = readNumber(cell[1], 'low');
      const hi = readNumber(cell[2], 'high');
      if (lo !== null && hi !== null && lo > hi) {
        throw new InputError(`low (${shown(lo)}) is above high (${shown(hi)}); swap them.`);
      }
      return healthLabel(kpiHealth(v, lo, hi).code, language);
    },
  );
}
