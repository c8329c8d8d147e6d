import type { ScoreBand, StatusCode } from '../types';
import { formatPercent } from '../values/formatPercent';
import type { Grade } from './types';

/** The band each pace status reads as; statuses without a colour (no data, not started, closed) are absent. */
const STATUS_BAND: Partial<Record<StatusCode, ScoreBand>> = {
  achieved: 'green',
  on_track: 'green',
  at_risk: 'yellow',
  off_track: 'red',
};
const RANK: Record<ScoreBand, number> = { red: 0, yellow: 1, green: 2 };

/**
 * Why a status and a score that seem to disagree are both right, or `null` when they agree.
 *
 * They answer different questions: the status compares progress with the time gone (today),
 * the score grades the end of the period (projected, or final). They part ways when the
 * check-in trend is slower than the average pace, in the early-period grace, between the
 * status's 70–90 % "at risk" ratios and the score's green band from 0.7, and when a target is
 * reached before the period ends. Views show this next to the score, in its tooltip or note.
 */
export function gradeNote(status: { code: StatusCode; label: string }, grade: Grade): string | null {
  if (grade.score === null || grade.band === null || grade.progress === null) return null;
  const what = grade.basis === 'final' ? `the final score ${grade.score.toFixed(1)}` : `the score ${grade.label}`;
  if (status.code === 'achieved') {
    return grade.basis === 'projected' ? `${status.label}: the target is reached; ${what} becomes final when the period ends.` : null;
  }
  const statusBand = STATUS_BAND[status.code];
  if (statusBand === undefined || statusBand === grade.band) return null;
  const reached = formatPercent(grade.progress);
  const grades = grade.basis === 'final' ? `grades the ${reached} made` : `grades the ${reached} projected for the period's end`;
  if (RANK[statusBand] > RANK[grade.band]) {
    const why = grade.method === 'trend' ? ', and the check-in trend is slower than the average pace so far' : '';
    return `${status.label}: the status compares progress with the time gone; ${what} ${grades}${why}.`;
  }
  const bar = grade.basis === 'final' ? 'the status asks for more of the target by the end' : 'progress is behind the pace the status asks for';
  return `${status.label}: ${bar}, yet ${what} ${grades}, in the ${grade.band} band (green from 0.7).`;
}
