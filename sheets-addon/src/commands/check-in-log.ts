/**
 * The "Check-ins" sheet: an append-only log, one row per check-in, owned by the add-on.
 * Earlier rows are never rewritten; the trend charts and the core's trend forecast read it.
 */
import type { CheckIn } from './core';
import { isMissing, toNumber, toTime } from './core';
import { EN } from '../i18n/en';
import { UI_TEXT } from '../i18n/index';
import type { Locale } from './core';
import { findOwnedSheet, ownedSheet, ownedSheets, type OwnedSheets } from './owned-sheets';
import { GENERAL, PLAIN_TEXT, safeCellValue } from './safe-cell-text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The log's columns (English header; a log made in Russian has the Russian one). Rows are read
 * by position, never by header text, so a log keeps working whatever language made it.
 */
export const CHECK_IN_HEADER = EN.checkInHeader;

export interface CheckInEntry {
  time: Date;
  id: string;
  value: number;
  confidence: number | null;
  comment: string;
  user: string;
}

/** Check-ins by key result ID, oldest first; an empty map when nobody has checked in yet. */
export function readCheckIns(
  spreadsheet: Spreadsheet,
  timeZone: string,
  owned: OwnedSheets = ownedSheets(spreadsheet),
): Map<string, CheckIn[]> {
  const byId = new Map<string, CheckIn[]>();
  const sheet = findOwnedSheet(spreadsheet, 'check-ins', owned);
  if (!sheet || sheet.getLastRow() < 2) return byId;
  const rows = sheet.getDataRange().getValues();
  for (let r = 1; r < rows.length; r++) {
    const checkIn = readRow(rows[r], timeZone);
    if (!checkIn) continue;
    const list = byId.get(checkIn.id) ?? [];
    list.push(checkIn.entry);
    byId.set(checkIn.id, list);
  }
  for (const list of byId.values()) list.sort((a, b) => a.time - b.time);
  return byId;
}

/** A row someone edited into nonsense is skipped: the log informs charts, it never blocks them. */
function readRow(row: readonly unknown[], timeZone: string): { id: string; entry: CheckIn } | null {
  try {
    const time = toTime(row[0], timeZone);
    const id = String(row[1] ?? '').trim();
    if (time === null || id === '') return null;
    const value = toNumber(row[2]);
    const confidence = isMissing(row[3]) ? null : toNumber(row[3]);
    return { id, entry: { time, value, confidence, comment: String(row[4] ?? ''), user: String(row[5] ?? '') } };
  } catch {
    return null;
  }
}

/**
 * Each column's number format, set on a row before its values: ID, Comment and User are plain
 * text, so an ID such as "3/4" stays the text "3/4" (typed, Sheets would make it a date and
 * the key result's history would never match its ID again).
 */
const ROW_FORMATS = ['yyyy-mm-dd hh:mm', PLAIN_TEXT, GENERAL, '0%', PLAIN_TEXT, PLAIN_TEXT];

/** Appends one check-in after the last row; makes the sheet (with its header) on first use. */
export function appendCheckIn(spreadsheet: Spreadsheet, entry: CheckInEntry, lang: Locale = 'en'): void {
  appendRows(checkInSheet(spreadsheet, lang), [logRow(entry)]);
}

/** Appends many check-ins in one block after the last row (the sample's history). */
export function appendCheckIns(spreadsheet: Spreadsheet, entries: readonly CheckInEntry[], lang: Locale = 'en'): void {
  if (entries.length === 0) return;
  appendRows(checkInSheet(spreadsheet, lang), entries.map(logRow));
}

/** True when the log has no check-in yet (no sheet, or only its header). */
export function isLogEmpty(spreadsheet: Spreadsheet): boolean {
  const sheet = findOwnedSheet(spreadsheet, 'check-ins');
  return !sheet || sheet.getLastRow() < 2;
}

function checkInSheet(spreadsheet: Spreadsheet, lang: Locale): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ownedSheet(spreadsheet, 'check-ins', undefined, lang);
  if (sheet.getLastRow() === 0) {
    const header = UI_TEXT[lang].checkInHeader;
    sheet.getRange(1, 1, 1, header.length).setValues([[...header]]).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/**
 * Earlier rows are never touched: the new rows go below the last one, the grid grown when full,
 * each row's formats set before its values.
 */
function appendRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly (readonly unknown[])[]): void {
  const values = rows.map((row) => row.map(safeCellValue));
  const first = sheet.getLastRow() + 1;
  const last = first + values.length - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (ROW_FORMATS.length > maxColumns) sheet.insertColumnsAfter(maxColumns, ROW_FORMATS.length - maxColumns);
  const range = sheet.getRange(first, 1, values.length, ROW_FORMATS.length);
  range.setNumberFormats(values.map(() => [...ROW_FORMATS]));
  range.setValues(values);
}

function logRow(entry: CheckInEntry): unknown[] {
  return [entry.time, entry.id, entry.value, entry.confidence, entry.comment, entry.user];
}
