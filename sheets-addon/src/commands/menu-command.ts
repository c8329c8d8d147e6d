/**
 * How a menu item runs: under the document lock, with any failure shown to the user as a
 * plain alert (Apps Script would otherwise show a bare "TypeError" banner), and the
 * outcome as a toast. Errors from the core already say where, what and what to do.
 */
import { uiText, type UiText } from '../i18n/index';
import { withDocumentLock } from './lock';

export const MENU_TITLE = 'Aligned OKRs';

/** `work` gets the add-on's words in this document's language (i18n/index.ts) and returns the toast. */
export function runMenuCommand(work: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, text: UiText) => string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const text = uiText(spreadsheet);
  let summary: string;
  try {
    summary = withDocumentLock(() => work(spreadsheet, text), text);
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, messageOf(error), ui.ButtonSet.OK);
    return;
  }
  spreadsheet.toast(summary, MENU_TITLE, 8);
}

/** The text of anything thrown, without a stack or a class name prefix. */
export function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as Error).message);
  return String(error);
}
