import { score } from '@aligned/core';
import { readNumber } from './cells';
import { overCells, type SheetsResult } from './grid';

/**
 * Google-style end-of-period grade: progress clamped to 0.0–1.0 and rounded to the nearest tenth.
 *
 * @param {number|Array<Array<number>>} progress Progress as a fraction (1 = 100 %), e.g. from OKR_PROGRESS.
 * @return {number|Array<Array<number>>} The grade from 0.0 to 1.0 (0.7 and above is green), blank when progress is blank.
 * @customfunction
 */
export function OKR_SCORE(progress: unknown): SheetsResult {
  return overCells('OKR_SCORE', [{ name: 'progress', value: progress }], (cell) => score(readNumber(cell[0], 'progress')));
}
