import { expectedProgress, periodGrade, projectProgress } from '@aligned/core';
import { choiceReader, isBlank, readNumber } from './cells';
import { overCells, type SheetsResult } from './grid';
import { InputError } from './InputError';
import { readPeriod } from './period';
import { sheetTimeZone } from './timeZone';

/** OKR_PROGRESS's kinds: conditions hold, milestones count once done, the rest are paced ("track" has no progress). */
const KINDS = ['auto', 'increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The score as graded at the end of the period: while the period runs, the score of the progress projected for its end at the current pace (progress ÷ share of the period gone); from the end day on, the final score (the same as OKR_SCORE).
 *
 * @param {number|Array<Array<number>>} progress Progress as a fraction (1 = 100 %), e.g. from OKR_PROGRESS; blank means no data.
 * @param {Date|Array<Array<Date>>} start_date The first day of the period.
 * @param {Date|Array<Array<Date>>} end_date The last day of the period, counted whole.
 * @param {Date|Array<Array<Date>>} as_of Optional. The day to grade on; blank means today.
 * @param {string|Array<Array<string>>} kind Optional. "auto" (default; paced), "above", "below" or "range" (projected to hold as they are now), "milestone" (1.0 once done); the row schema's Kind column can be passed as is.
 * @return {number|Array<Array<number>>} The score from 0.0 to 1.0 (0.7 and above is green), blank when progress is blank.
 * @customfunction
 */
export function OKR_PROJECTED_SCORE(progress: unknown, start_date: unknown, end_date: unknown, as_of?: unknown, kind?: unknown): SheetsResult {
  const timeZone = sheetTimeZone();
  const now = Date.now();
  const readKind = choiceReader<Kind>('kind', KINDS, 'auto');
  return overCells(
    'OKR_PROJECTED_SCORE',
    [
      { name: 'progress', value: progress },
      { name: 'start_date', value: start_date },
      { name: 'end_date', value: end_date },
      { name: 'as_of', value: as_of },
      { name: 'kind', value: kind },
    ],
    (cell) => {
      const k = readKind(cell[4]);
      const period = readPeriod(cell[1], cell[2], cell[3], timeZone, now);
      if (isBlank(cell[0])) return null; // no data: no score, never 0.0
      const p = readNumber(cell[0], 'progress') as number;
      if (period === null) {
        throw new InputError('start_date and end_date are blank: a projected score needs the period; enter its first and last day (or use OKR_SCORE for the score of progress alone).');
      }
      const expected = expectedProgress(period.start, period.end, period.asOf, timeZone);
      const projection = projectProgress({ progress: p, expected, kind: k === 'auto' ? null : k });
      const grade = periodGrade({ progress: p, end: period.end, asOf: period.asOf, timeZone, projection });
      if (grade.score === null) throw new InputError(grade.explain);
      return grade.score;
    },
  );
}
