/**
 * The add-on menu under Extensions ▸ Aligned OKRs. onOpen runs as a simple trigger, often in
 * AuthMode.NONE (the add-on is installed but not yet used in this file), where any service
 * that needs authorisation throws and would stop the menu from appearing. So the menu reads
 * no sheet and no trigger state, and its language is looked up by what each mode allows:
 * - AuthMode.NONE: only Session.getActiveUserLocale() (the user's own language; it needs no
 *   authorisation scope), since neither the spreadsheet nor its properties may be read;
 * - LIMITED / FULL: the add-on's rule (i18n/index.ts): the saved choice, else the
 *   spreadsheet's locale (the bound document and its properties are readable there).
 * Every lookup is guarded: a menu in English beats no menu.
 */
import type { Locale } from '@aligned/core';
import { resolveLocale } from '@aligned/core';
import { UI_TEXT, uiLanguage, type UiText } from '../i18n/index';

type Caption = { [K in keyof UiText]: UiText[K] extends string ? K : never }[keyof UiText];
export type MenuEntry = readonly [caption: Caption, functionName: string] | null;

/** null = separator. Every function named here is exported from ./index (a global in Code.js). */
export const MENU_ENTRIES: readonly MenuEntry[] = [
  ['mSample', 'insertSampleOkrs'],
  null,
  ['mCascade', 'buildCascadeSheet'],
  ['mDashboard', 'buildDashboardSheet'],
  null,
  ['mCheckIn', 'showCheckInSidebar'],
  ['mValidate', 'showValidateSidebar'],
  ['mMap', 'showMapColumnsSidebar'],
  null,
  ['mRefresh', 'toggleHourlyRefresh'],
  ['mAutomations', 'showAutomationsSidebar'],
  ['mLanguage', 'showLanguageDialog'],
];

/** Simple trigger: adds Extensions ▸ Aligned OKRs in the language this mode can know. */
export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const text = UI_TEXT[menuLanguage(event)];
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of MENU_ENTRIES) {
    if (entry === null) menu.addSeparator();
    else menu.addItem(text[entry[0]], entry[1]);
  }
  menu.addToUi();
}

/** Runs in AuthMode.FULL at install time; building the menu now spares the user a reload. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

function menuLanguage(event?: GoogleAppsScript.Events.SheetsOnOpen): Locale {
  if (event && event.authMode === ScriptApp.AuthMode.NONE) {
    try {
      return resolveLocale(Session.getActiveUserLocale());
    } catch {
      return 'en';
    }
  }
  try {
    return uiLanguage();
  } catch {
    return 'en';
  }
}
