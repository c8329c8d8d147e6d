/**
 * The core's reader texts as the add-on shows them. The reader returns its one-line summary
 * ("Read 12 rows of 'OKRs' as …") and its questions as catalogue messages; they are rendered
 * here in the add-on's language, like the cascade's explanations and problems (see `explain`).
 */
import { renderMessage, verbatim, type Locale, type Message, type ReadSheetResult } from '@aligned/core';
import { UI_TEXT } from './index';

export function understoodText(read: Pick<ReadSheetResult, 'summaryMessage'>, lang: Locale): string {
  return renderMessage(read.summaryMessage, lang);
}

/** The reader's question (it was unsure how the sheet is laid out), or null when it was sure. */
export function questionText(read: Pick<ReadSheetResult, 'questionMessage'>, lang: Locale): string | null {
  return read.questionMessage ? renderMessage(read.questionMessage, lang) : null;
}

/**
 * What the reader's questions tell the user to do: the Map columns… item under the menu's
 * name in the add-on's language (the core's own default names the English menu).
 */
export function askHowIn(lang: Locale): Message | undefined {
  if (lang === 'en') return undefined;
  const text = UI_TEXT[lang];
  return verbatim(text.askMapColumns(text.menuPath(text.mMap)));
}
