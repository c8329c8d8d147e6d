/**
 * Extensions ▸ Aligned OKRs ▸ Language…: a small dialog where a person picks the add-on's
 * language for this document (Spreadsheet locale / English / Русский). The choice is kept in
 * the document's properties (see i18n/index.ts for why document, not user), applies to every
 * command and sidebar from then on, and rebuilds the menu at once.
 */
import { LANGUAGE_KEY, languageChoice, spreadsheetLanguage, UI_TEXT, uiLanguage, type LanguageChoice } from '../i18n/index';
import { onOpen } from './menu';

export interface LanguageState {
  choice: LanguageChoice;
  /** The spreadsheet's locale as Sheets reports it ("ru_RU"), for the "auto" option's label. */
  locale: string;
}

/** Menu item: opens the dialog. */
export function showLanguageDialog(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const text = UI_TEXT[uiLanguage(spreadsheet)];
  const template = HtmlService.createTemplateFromFile('Language');
  template.t = text;
  template.choice = languageChoice();
  template.locale = spreadsheet.getSpreadsheetLocale();
  template.autoLanguage = spreadsheetLanguage(spreadsheet);
  SpreadsheetApp.getUi().showModalDialog(template.evaluate().setWidth(420).setHeight(260), text.tLanguage);
}

/** google.script.run: saves the choice ("auto", "en" or "ru") and returns the confirmation in the new language. */
export function setAddonLanguage(choice: unknown): { message: string } {
  if (choice !== 'auto' && choice !== 'en' && choice !== 'ru') {
    throw new Error(UI_TEXT[uiLanguage()].lBad(typeof choice === 'string' ? `"${choice.slice(0, 20)}"` : typeof choice));
  }
  const props = PropertiesService.getDocumentProperties();
  if (choice === 'auto') props.deleteProperty(LANGUAGE_KEY);
  else props.setProperty(LANGUAGE_KEY, choice);
  // The menu in the new language straight away (a menu built again replaces the old one).
  onOpen();
  return { message: UI_TEXT[uiLanguage()].lSaved };
}
