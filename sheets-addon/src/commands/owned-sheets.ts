/**
 * Which sheets belong to the add-on. A sheet the add-on made carries developer metadata
 * `aligned:owned` = its role; the add-on writes only to such sheets (and, on a check-in,
 * to the one Current cell the user asked it to change). Metadata survives a rename, so a
 * user may rename "OKR Cascade" and the next build still finds and refreshes it, while a
 * sheet the user made and named "OKR Cascade" is never touched.
 *
 * Names follow the add-on's language ("OKR Cascade" / "Каскад OKR"). Recognition never does:
 * after a switch of language the same sheet is found by its metadata and rebuilt in place
 * (renamed to the new language's name while it still carries the other language's default
 * name and the new one is free), so nothing is duplicated and no row of a log is lost.
 */
import type { Locale } from './core';
import { UI_TEXT } from '../i18n/index';
import { firstFreeSheetName, takenSheetNames, sheetNameKey } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OWNED_KEY = 'aligned:owned';

export type OwnedRole = 'cascade' | 'dashboard' | 'check-ins' | 'log';

/** The sheet name each role asks for first, in a language. */
export function ownedSheetName(role: OwnedRole, lang: Locale = 'en'): string {
  const text = UI_TEXT[lang];
  return role === 'cascade' ? text.sCascade : role === 'dashboard' ? text.sDashboard : role === 'check-ins' ? text.sCheckIns : text.sLog;
}

/** The English names (the names every earlier version gave). */
export const OWNED_SHEET_NAMES: Readonly<Record<OwnedRole, string>> = {
  cascade: ownedSheetName('cascade'),
  dashboard: ownedSheetName('dashboard'),
  'check-ins': ownedSheetName('check-ins'),
  log: ownedSheetName('log'),
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
export function ownedSheet(spreadsheet: Spreadsheet, role: OwnedRole, owned = ownedSheets(spreadsheet), lang: Locale = 'en'): Sheet {
  const existing = findOwnedSheet(spreadsheet, role, owned);
  if (existing) {
    renameToLanguage(spreadsheet, existing, role, lang);
    return existing;
  }
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, ownedSheetName(role, lang)));
  sheet.addDeveloperMetadata(OWNED_KEY, role, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  return sheet;
}

/**
 * After a change of language: a sheet still called by another language's default name
 * ("OKR Cascade" while the add-on speaks Russian) takes this language's name when no sheet
 * uses it. A name the user chose is theirs and stays.
 */
function renameToLanguage(spreadsheet: Spreadsheet, sheet: Sheet, role: OwnedRole, lang: Locale): void {
  const wanted = ownedSheetName(role, lang);
  const current = sheet.getName();
  if (current === wanted) return;
  const defaults = (Object.keys(UI_TEXT) as Locale[]).filter((l) => l !== lang).map((l) => ownedSheetName(role, l));
  if (!defaults.includes(current) || takenSheetNames(spreadsheet).has(sheetNameKey(wanted))) return;
  sheet.setName(wanted);
}

/** The first of NAME, "NAME (Aligned)", "NAME (Aligned 2)", … that no sheet uses, in any letter case. */
export function freeSheetName(spreadsheet: Spreadsheet, name: string): string {
  return firstFreeSheetName(spreadsheet, (n) => (n === 0 ? name : n === 1 ? `${name} (Aligned)` : `${name} (Aligned ${n})`));
}

/** A refusal in words, for the one place that could otherwise write to a user's sheet. */
export function assertOwned(spreadsheet: Spreadsheet, sheet: Sheet, lang: Locale = 'en'): void {
  if (!ownedSheets(spreadsheet).has(sheet.getSheetId())) throw new Error(UI_TEXT[lang].notOwned(sheet.getName()));
}
