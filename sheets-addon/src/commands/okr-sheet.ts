/**
 * Finds the user's OKR sheet and reads it with one getDataRange().getValues() per sheet
 * looked at. Which sheet: the one a saved "Map columns…" mapping names; else, as before, the
 * active sheet when its first row names the schema's ID and Title, else the sheet named
 * "OKRs", else the first such sheet; else the first sheet (active one first) the core can
 * read as OKRs in a layout people keep (title block, outline, fill-down…). The add-on's own
 * sheets are never candidates. A refusal names every sheet looked at and what it lacked.
 */
import { columnForHeader, readSheet, type ReadSheetResult } from './core';
import { loadMapping, mappedSheet } from './column-mapping';
import { EN } from '../i18n/en';
import { UI_TEXT } from '../i18n/index';
import { askHowIn, questionText } from '../i18n/core-text';
import type { Locale, Message } from './core';
import { ownedSheets, type OwnedSheets } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OKR_SHEET_NAME = 'OKRs';

export interface OkrTable {
  sheet: Sheet;
  /** The used range, row 1 first, as getValues returns it. */
  table: unknown[][];
  /** What the core read from it, with the one-line summary. */
  read: ReadSheetResult;
}

/** The refusal's first sentence (English; the refusal itself is in the document's language). */
export const NO_OKR_SHEET = EN.noOkrSheet;

/** True when a header row names the two columns of the row schema. */
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

export interface ReadContext {
  timeZone: string;
  today: number;
  /** The language of the refusal (default English). */
  lang: Locale;
}

/** Finds and reads the OKR sheet; throws a refusal naming each sheet looked at when there is none. */
export function readOkrSheet(spreadsheet: Spreadsheet, owned: OwnedSheets = ownedSheets(spreadsheet), context: Partial<ReadContext> = {}): OkrTable {
  const timeZone = context.timeZone ?? (spreadsheet.getSpreadsheetTimeZone() || 'UTC');
  const today = context.today ?? Date.now();
  const lang = context.lang ?? 'en';
  const text = UI_TEXT[lang];
  const options = readerOptions(spreadsheet, lang);
  const read = (sheet: Sheet, table: unknown[][], mapping = loadMapping()): ReadSheetResult =>
    readSheet(table, { ...options, timeZone, today, sheetName: sheet.getName(), mapping: mapping && mapping.sheetId === sheet.getSheetId() ? mapping : null, period: mapping?.period });

  const mapping = loadMapping();
  const mapped = mapping ? mappedSheet(spreadsheet, mapping) : null;
  if (mapping && mapped && !owned.has(mapped.getSheetId())) {
    const table = mapped.getDataRange().getValues();
    return { sheet: mapped, table, read: read(mapped, table, mapping) };
  }

  const candidates = candidateSheets(spreadsheet, owned);
  // The row schema first, exactly as before: a sheet whose first row names ID and Title.
  for (const sheet of candidates) {
    if (isOkrHeader(headerOf(sheet))) {
      const table = sheet.getDataRange().getValues();
      return { sheet, table, read: read(sheet, table) };
    }
  }
  const named = spreadsheet.getSheetByName(OKR_SHEET_NAME);
  const lacks: string[] = [];
  for (const sheet of candidates) {
    const table = sheet.getLastRow() < 1 ? [] : sheet.getDataRange().getValues();
    const result = read(sheet, table);
    if (result.nodes.length > 0) return { sheet, table, read: result };
    // A sheet called OKRs still is the user's OKR sheet: its problems help more than "not found".
    if (named && sheet.getSheetId() === named.getSheetId() && table.length > 0 && result.questionMessage === null) return { sheet, table, read: result };
    lacks.push(`'${sheet.getName()}': ${lackOf(table, result, lang)}`);
  }
  throw new Error(
    text.noOkrSheet + text.lookedAt(lacks.length === 0 ? text.lookedAtNone : lacks.join('; ')) + text.noOkrHint(text.menuPath(text.mMap)),
  );
}

/**
 * What the reader needs from the spreadsheet besides the rows: its locale, so text numbers
 * typed as "1 200,5" in a Russian spreadsheet read with a decimal comma, and where its
 * questions send the user in the add-on's language.
 */
export function readerOptions(spreadsheet: Spreadsheet, lang: Locale): { locale?: string; askHow?: Message } {
  let locale: string | undefined;
  try {
    locale = spreadsheet.getSpreadsheetLocale() || undefined;
  } catch {
    locale = undefined; // Not readable here: the reader infers the decimal mark from the header's language.
  }
  return { locale, askHow: askHowIn(lang) };
}

/** What a sheet lacked, in a few words. */
function lackOf(table: unknown[][], result: ReadSheetResult, lang: Locale): string {
  const text = UI_TEXT[lang];
  if (table.length === 0) return text.lackEmpty;
  if (result.questionMessage) {
    // The question without its "which…?" and "use Map columns…" parts: the refusal ends with the hint once.
    const question = result.questionMessage.code === 'ask.no_header' ? text.lackNoHeader : questionText(result, lang);
    return (question ?? '').replace(/\s*(Which|Какой|Какая|В како)[^]*$/, '');
  }
  return text.lackNoRows(result.layout.headerRows?.[1] ?? 1);
}

function candidateSheets(spreadsheet: Spreadsheet, owned: OwnedSheets): Sheet[] {
  const candidates: Sheet[] = [];
  const seen = new Set<number>();
  const consider = (sheet: Sheet | null) => {
    if (!sheet || owned.has(sheet.getSheetId()) || seen.has(sheet.getSheetId())) return;
    seen.add(sheet.getSheetId());
    candidates.push(sheet);
  };
  consider(spreadsheet.getActiveSheet());
  consider(spreadsheet.getSheetByName(OKR_SHEET_NAME));
  for (const sheet of spreadsheet.getSheets()) consider(sheet);
  return candidates;
}

function headerOf(sheet: Sheet): unknown[] | undefined {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return undefined;
  return sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
}
