import { resolveLocale, type Locale } from '@aligned/core';

/**
 * The language of the words custom functions write into this spreadsheet: the status
 * words of OKR_STATUS and OKR_HEALTH and the messages of every function.
 *
 * Stability rule: it is the spreadsheet's own locale (File → Settings → Locale; "ru_RU"
 * or "ru" gives Russian, anything else English), never the language of the person looking
 * at it. Every collaborator's formulas therefore see the same words, and the words change
 * only when the owner changes the spreadsheet's locale (then formulas that compare with
 * them, such as =IF(C2="On track", …), must be updated). Function names never change.
 *
 * Custom functions may only read the spreadsheet (no properties, no authorisation), so the
 * locale is the one setting they can follow. The lookup is guarded: a custom function must
 * never fail because a service is not available; without it the words are English.
 */
export function sheetLanguage(): Locale {
  try {
    return resolveLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}
