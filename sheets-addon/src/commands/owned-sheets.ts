/**
 * Which sheets belong to the add-on. A sheet the add-on made carries developer metadata
 * `aligned:owned` = its role; the add-on writes only to such sheets (and, on a check-in,
 * to the one Current cell the user asked it to change). Metadata survives a rename, so a
 * user may rename "OKR Cascade" and the next build still finds and refreshes it, while a
 * sheet the user made and named "OKR Cascade" is never touched.
 */
import { firstFreeSheetName } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OWNED_KEY = 'aligned:owned';

export type OwnedRole = 'cascade' | 'dashboard' | 'check-ins' | 'log';

/** The sheet name each role asks for first. */
export const OWNED_SHEET_NAMES: Readonly<Record<OwnedRole, string>> = {
  cascade: 'OKR Cascade',
  dashboard: 'OKR Dashboard',
  'check-ins': 'Check-ins',
  log: 'Aligned log',
};

export type OwnedSheets = Map<number, { sheet: Sheet; role: string }>;

/** Sheet id → role, for every sheet the add-on owns (one metadata search). */
export function ownedSheets(spreadsheet: Spreadsheet): OwnedSheets {
  const owned: OwnedSheets = new Map();
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(OWNED_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) owned.set(sheet.getSheetId(), { sheet, role: metadata.getValue() ?? '' });
  }
  return owned;
}

/** The add-on's sheet for a role, or null when it has not made one (or the user deleted it). */
export function findOwnedSheet(spreadsheet: Spreadsheet, role: OwnedRole, owned = ownedSheets(spreadsheet)): Sheet | null {
  for (const { sheet, role: r } of owned.values()) if (r === role) return sheet;
  return null;
}

/**
 * The add-on's sheet for a role, made when missing. A user's sheet that already has the
 * wanted name is left alone: the new sheet gets "NAME (Aligned)", then "NAME (Aligned 2)"…
 */
export function ownedSheet(spreadsheet: Spreadsheet, role: OwnedRole, owned = ownedSheets(spreadsheet)): Sheet {
  const existing = findOwnedSheet(spreadsheet, role, owned);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, OWNED_SHEET_NAMES[role]));
  sheet.addDeveloperMetadata(OWNED_KEY, role, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  return sheet;
}

/** The first of NAME, "NAME (Aligned)", "NAME (Aligned 2)", … that no sheet uses, in any letter case. */
export function freeSheetName(spreadsheet: Spreadsheet, name: string): string {
  return firstFreeSheetName(spreadsheet, (n) => (n === 0 ? name : n === 1 ? `${name} (Aligned)` : `${name} (Aligned ${n})`));
}

/** A refusal in words, for the one place that could otherwise write to a user's sheet. */
export function assertOwned(spreadsheet: Spreadsheet, sheet: Sheet): void {
  if (!ownedSheets(spreadsheet).has(sheet.getSheetId())) {
    throw new Error(
      `Aligned did not make the sheet "${sheet.getName()}", so it will not write to it. Nothing was changed.`,
    );
  }
}
