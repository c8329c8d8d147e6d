import { inEnglish } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { ScoreBand, StatusCode } from '../types';
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
  const message = gradeNoteMessage(status, grade);
  return message === null ? null : inEnglish(message);
}

/** The same note as a catalogue message (`renderMessage(note, 'ru')`), or `null` when they agree. */
export function gradeNoteMessage(status: { code: StatusCode; label: string }, grade: Grade): Message | null {
  if (grade.score === null || grade.band === null || grade.progress === null || grade.basis === 'none') return null;
  const note = { status: status.code, label: status.label, basis: grade.basis, score: grade.score, progress: grade.progress, band: grade.band };
  if (status.code === 'achieved') {
    return grade.basis === 'projected' ? msg('grade.note', { ...note, case: 'achieved', trend: false }) : null;
  }
  const statusBand = STATUS_BAND[status.code];
  if (statusBand === undefined || statusBand === grade.band) return null;
  if (RANK[statusBand] > RANK[grade.band]) return msg('grade.note', { ...note, case: 'status_better', trend: grade.method === 'trend' });
  return msg('grade.note', { ...note, case: 'score_better', trend: false });
}
