/**
 * One Aligned run at a time per spreadsheet: two people pressing "Build cascade" together,
 * or the hourly refresh firing during a check-in, would otherwise interleave their writes.
 */
import { EN, type UiText } from '../i18n/en';

export const LOCK_WAIT_MS = 10_000;

/** The refusal when busy (English; `text` gives it in the document's language). */
export const BUSY_MESSAGE = EN.busy;

/** Thrown when another run holds the lock; its message is in the caller's language. */
export class BusyError extends Error {}

export function withDocumentLock<T>(work: () => T, text: Pick<UiText, 'busy'> = EN): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError(text.busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
