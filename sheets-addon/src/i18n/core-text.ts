/**
 * The core's reader texts as the add-on shows them. The reader's one-line summary ("Read 12
 * rows of 'OKRs' as …") and its questions are still English sentences in this core; they pass
 * through here, the one place to switch to the core's catalogue once the reader returns
 * messages (as the cascade's explanations, statuses and problems already do: see `explain`).
 */
import type { ReadSheetResult } from '@aligned/core';

export function understoodText(read: Pick<ReadSheetResult, 'summary'>): string {
  return read.summary;
}
