/**
 * The language of everything the add-on itself says: menu, sidebars, alerts, toasts, and
 * the sheets it writes (OKR Cascade, OKR Dashboard, logs).
 *
 * Rule: the user's choice in Extensions ▸ Aligned OKRs ▸ Language…, kept in the document's
 * properties; without one, the spreadsheet's locale (the same rule as the custom functions,
 * see functions/language.ts). Document properties, not user properties: the language decides
 * the words written into shared sheets, so one person's rebuild must not rewrite the cascade
 * in another language than a colleague's; everybody editing the file sees the same words.
 *
 * The custom functions cannot read properties (they run without authorisation), so they
 * always follow the spreadsheet locale, which keeps their status words stable for formulas.
 */
import { resolveLocale, type Locale } from '@aligned/core';
import { EN, type UiText } from './en';
import { RU } from './ru';

export type { UiText } from './en';

export const UI_TEXT: Readonly<Record<Locale, UiText>> = { en: EN, ru: RU };

/** Document property holding the user's choice: "en", "ru"; absent = follow the spreadsheet locale. */
export const LANGUAGE_KEY = 'aligned.language';

export type LanguageChoice = 'auto' | Locale;

/** The saved choice; "auto" when none (or when properties cannot be read). */
export function languageChoice(): LanguageChoice {
  try {
    const saved = PropertiesService.getDocumentProperties().getProperty(LANGUAGE_KEY);
    return saved === 'en' || saved === 'ru' ? saved : 'auto';
  } catch {
    return 'auto';
  }
}

/** The spreadsheet's own locale as a supported language ("ru_RU" → ru; anything else → en). */
export function spreadsheetLanguage(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Locale {
  try {
    return resolveLocale(spreadsheet.getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/** The add-on's language for commands and sidebars (AuthMode.FULL): the choice, else the spreadsheet locale. */
export function uiLanguage(spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): Locale {
  const choice = languageChoice();
  return choice === 'auto' ? spreadsheetLanguage(spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet()) : choice;
}

/** The add-on's words in its language for this run. */
export function uiText(spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): UiText {
  return UI_TEXT[uiLanguage(spreadsheet)];
}
