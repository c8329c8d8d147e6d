/**
 * One Aligned run at a time per spreadsheet: two people pressing "Build cascade" together,
 * or the hourly refresh firing during a check-in, would otherwise interleave their writes.
 */
export const LOCK_WAIT_MS = 10_000;

export const BUSY_MESSAGE =
  'Aligned is already updating this spreadsheet (another person, or the hourly refresh). ' +
  'Nothing was changed: try again in a minute.';

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(BUSY_MESSAGE);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
