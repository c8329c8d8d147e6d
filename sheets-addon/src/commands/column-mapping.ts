/**
 * The column → role mapping a user confirmed in "Map columns…", kept in the document's
 * properties (never in the user's sheet) and used by every command that reads the OKR sheet.
 * Stored per spreadsheet as JSON under one key; a mapping whose sheet is gone is ignored.
 */
import { ROLES, type ColumnMapping, type Role } from './core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MAPPING_KEY = 'aligned:column-mapping';

export interface SavedMapping extends ColumnMapping {
  /** The sheet the mapping describes (by id: it survives a rename). */
  sheetId: number;
  sheetName: string;
}

/** The saved mapping, or null when there is none or it cannot be read (then detection is used). */
export function loadMapping(): SavedMapping | null {
  let text: string | null;
  try {
    text = PropertiesService.getDocumentProperties().getProperty(MAPPING_KEY);
  } catch {
    return null; // no document properties in this authorisation mode: detect instead
  }
  if (!text) return null;
  try {
    return checkMapping(JSON.parse(text));
  } catch {
    return null;
  }
}

export function saveMapping(mapping: SavedMapping): void {
  PropertiesService.getDocumentProperties().setProperty(MAPPING_KEY, JSON.stringify(mapping));
}

export function clearMapping(): void {
  PropertiesService.getDocumentProperties().deleteProperty(MAPPING_KEY);
}

/** The mapping's sheet, or null when it was deleted. */
export function mappedSheet(spreadsheet: Spreadsheet, mapping: SavedMapping): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const sheet of spreadsheet.getSheets()) if (sheet.getSheetId() === mapping.sheetId) return sheet;
  return null;
}

/**
 * Checks a mapping from the sidebar (or from storage) field by field; each error names the
 * field, what was expected and what was found.
 */
export function checkMapping(input: unknown): SavedMapping {
  if (!input || typeof input !== 'object') throw new Error('Map columns: expected the mapping form, found nothing. Reopen Map columns… and try again.');
  const raw = input as Record<string, unknown>;
  const sheetId = Number(raw.sheetId);
  if (!Number.isInteger(sheetId)) throw new Error(`Map columns, sheet: expected a sheet of this spreadsheet, found ${JSON.stringify(raw.sheetId)}. Pick the sheet again.`);
  const headerRow = Number(raw.headerRow);
  if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1000) {
    throw new Error(`Map columns, header row: expected a row number from 1 to 1000, found ${JSON.stringify(raw.headerRow)}. Type the row that holds the column names.`);
  }
  const roles: Partial<Record<Role, number>> = {};
  const given = raw.roles && typeof raw.roles === 'object' ? (raw.roles as Record<string, unknown>) : {};
  const usedBy = new Map<number, Role>();
  for (const role of ROLES) {
    const value = given[role];
    if (value === undefined || value === null || value === '') continue;
    const index = Number(value);
    if (!Number.isInteger(index) || index < 0 || index > 18277) {
      throw new Error(`Map columns, ${role}: expected a column, found ${JSON.stringify(value)}. Pick a column from the list or "not in this sheet".`);
    }
    const other = usedBy.get(index);
    if (other) throw new Error(`Map columns: ${other} and ${role} both point at the same column; expected one role per column. Pick another column for one of them.`);
    usedBy.set(index, role);
    roles[role] = index;
  }
  if (roles.Title === undefined && roles.Objective === undefined && roles.KeyResult === undefined) {
    throw new Error('Map columns, Title: expected a column holding the goals\' titles (Title, or Objective and Key result), found none picked. Pick the column with the titles.');
  }
  const period = typeof raw.period === 'string' && raw.period.trim() !== '' ? raw.period.trim().slice(0, 40) : undefined;
  const sheetName = typeof raw.sheetName === 'string' ? raw.sheetName.slice(0, 200) : '';
  return { sheetId, sheetName, headerRow, roles, ...(period ? { period } : {}) };
}
