import { explain, gradeLabel, gradeNoteMessage, renderMessage, statusLabel } from '@aligned/core';
import type { CoreText } from './coreText';

/**
 * The core's words in Russian. Only coreText.ts imports this, dynamically, so the Russian
 * catalogue and the multilingual renderer form a chunk of their own that English users never load.
 */
export const RUSSIAN_CORE_TEXT: CoreText = {
  locale: 'ru',
  explain: (result) => explain(result, 'ru'),
  status: (code) => statusLabel(code, 'ru'),
  grade: (grade) => gradeLabel(grade, 'ru'),
  gradeNote: (status, grade) => {
    const note = gradeNoteMessage(status, grade);
    return note === null ? null : renderMessage(note, 'ru');
  },
};
