/**
 * What the check-in sidebar sends, checked before anything is written. Each error names the
 * field, what was expected, what was found and what to do, and is shown in the sidebar.
 */
import { EN, type UiText } from '../i18n/en';
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

export function checkCheckInForm(form: unknown, text: UiText = EN): CheckedCheckIn {
  if (!form || typeof form !== 'object') throw new Error(text.ciNoForm);
  const f = form as CheckInForm;
  const id = typeof f.id === 'string' ? f.id.trim() : '';
  if (id === '') throw new Error(text.ciNoPick);

  const value = field(text.ciFieldValue, () => toNumber(f.value));
  if (value === null) throw new Error(text.ciEmptyValue);

  const rawConfidence = field(text.ciFieldConfidence, () => toNumber(f.confidence));
  const confidence = field(text.ciFieldConfidence, () => toConfidence(rawConfidence, 10));

  const comment = typeof f.comment === 'string' ? f.comment.trim() : '';
  if (comment.length > MAX_COMMENT_LENGTH) throw new Error(text.ciLongComment(MAX_COMMENT_LENGTH, comment.length));
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
