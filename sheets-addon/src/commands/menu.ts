/**
 * The add-on menu under Extensions ▸ Aligned OKRs. onOpen runs as a simple trigger, often in
 * AuthMode.NONE (the add-on is installed but not yet used in this file), where any service
 * that needs authorisation throws and would stop the menu from appearing. So the menu is
 * static: it reads no properties, no sheet and no trigger state.
 */
export type MenuEntry = readonly [caption: string, functionName: string] | null;

/** null = separator. Every function named here is exported from ./index (a global in Code.js). */
export const MENU_ENTRIES: readonly MenuEntry[] = [
  ['Insert sample OKRs', 'insertSampleOkrs'],
  null,
  ['Build cascade', 'buildCascadeSheet'],
  ['Build dashboard', 'buildDashboardSheet'],
  null,
  ['Check in…', 'showCheckInSidebar'],
  ['Validate…', 'showValidateSidebar'],
  ['Map columns…', 'showMapColumnsSidebar'],
  null,
  ['Hourly refresh on/off', 'toggleHourlyRefresh'],
  ['Automations…', 'showAutomationsSidebar'],
];

/** Simple trigger: adds Extensions ▸ Aligned OKRs. Safe in AuthMode.NONE (reads nothing). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of MENU_ENTRIES) {
    if (entry === null) menu.addSeparator();
    else menu.addItem(entry[0], entry[1]);
  }
  menu.addToUi();
}

/** Runs in AuthMode.FULL at install time; building the menu now spares the user a reload. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
