/**
 * What the check-in sidebar sends, checked before anything is written. Each error names the
 * field, what was expected, what was found and what to do, and is shown in the sidebar.
 */
import { toConfidence, toNumber, ValueError } from './core';

export interface CheckInForm {
  id?: unknown;
  value?: unknown;
  confidence?: unknown;
  comment?: unknown;
}

export interface CheckedCheckIn {
  id: string;
  value: number;
  /** 0..1, from the sidebar's 0–10 scale; null when left empty. */
  confidence: number | null;
  comment: string;
}

export const MAX_COMMENT_LENGTH = 2000;

export function checkCheckInForm(form: unknown): CheckedCheckIn {
  if (!form || typeof form !== 'object') {
    throw new Error('Check-in: expected the form fields (key result, value, confidence, comment), found nothing. Reload the sidebar and try again.');
  }
  const f = form as CheckInForm;
  const id = typeof f.id === 'string' ? f.id.trim() : '';
  if (id === '') throw new Error('Key result: expected one to be picked, found none. Pick the key result you are checking in on.');

  const value = field('Value', () => toNumber(f.value));
  if (value === null) throw new Error('Value: expected the key result\'s new value, found an empty field. Type a number such as 1200, "1,200" or "15 %".');

  const rawConfidence = field('Confidence', () => toNumber(f.confidence));
  const confidence = field('Confidence', () => toConfidence(rawConfidence, 10));

  const comment = typeof f.comment === 'string' ? f.comment.trim() : '';
  if (comment.length > MAX_COMMENT_LENGTH) {
    throw new Error(`Comment: expected at most ${MAX_COMMENT_LENGTH} characters, found ${comment.length}. Shorten the comment.`);
  }
  return { id, value, confidence, comment };
}

/** Runs a core reader and puts the field's name in front of its message. */
function field<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValueError) throw new Error(`${name}: ${error.message}`, { cause: error });
    throw error;
  }
}
