/**
 * Finds the user's OKR sheet and reads it with one getDataRange().getValues().
 * Which sheet: the active one when its header names the OKR columns, else the sheet
 * named "OKRs", else the first sheet whose header does. The add-on's own sheets are never
 * candidates (the cascade sheet has an ID and a Title column too).
 */
import { columnForHeader } from './core';
import { ownedSheets, type OwnedSheets } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OKR_SHEET_NAME = 'OKRs';

export interface OkrTable {
  sheet: Sheet;
  /** Header row first, as getValues returns it. */
  table: unknown[][];
}

export const NO_OKR_SHEET =
  'No OKR sheet found: expected a sheet whose first row names at least an ID and a Title column ' +
  '(other columns: Parent, Level, Type, Owner, Kind, Unit, Baseline, Target, Current, Weight, Start, End…). ' +
  'Select your OKR sheet and try again, or use Extensions ▸ Aligned OKRs ▸ Insert sample OKRs to see the layout.';

/** True when a header row names the two columns no OKR table can do without. */
export function isOkrHeader(header: readonly unknown[] | undefined): boolean {
  if (!header) return false;
  let id = false;
  let title = false;
  for (const cell of header) {
    const column = columnForHeader(cell);
    if (column === 'ID') id = true;
    else if (column === 'Title') title = true;
  }
  return id && title;
}

export function findOkrSheet(spreadsheet: Spreadsheet, owned: OwnedSheets = ownedSheets(spreadsheet)): Sheet {
  const candidates: Sheet[] = [];
  const seen = new Set<number>();
  const consider = (sheet: Sheet | null) => {
    if (!sheet || owned.has(sheet.getSheetId()) || seen.has(sheet.getSheetId())) return;
    seen.add(sheet.getSheetId());
    candidates.push(sheet);
  };
  consider(spreadsheet.getActiveSheet());
  const named = spreadsheet.getSheetByName(OKR_SHEET_NAME);
  consider(named);
  for (const sheet of spreadsheet.getSheets()) consider(sheet);

  for (const sheet of candidates) if (isOkrHeader(headerOf(sheet))) return sheet;
  // A sheet called OKRs with a wrong header still is the user's OKR sheet: reading it
  // gives problems that name the missing columns, which helps more than "not found".
  if (named && !owned.has(named.getSheetId())) return named;
  throw new Error(NO_OKR_SHEET);
}

/** Finds and reads the OKR sheet: the whole used range in one call. */
export function readOkrSheet(spreadsheet: Spreadsheet, owned: OwnedSheets = ownedSheets(spreadsheet)): OkrTable {
  const sheet = findOkrSheet(spreadsheet, owned);
  return { sheet, table: sheet.getDataRange().getValues() };
}

function headerOf(sheet: Sheet): unknown[] | undefined {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return undefined;
  return sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
}
