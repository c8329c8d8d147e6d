/**
 * Extensions ▸ Aligned OKRs ▸ Insert sample OKRs: a new sheet with the schema header and the
 * ABC company's demo rows ("$1M profit in three years"), to try the add-on on. It never
 * replaces anything: if "OKRs" exists the sample goes to "OKRs (2)", "OKRs (3)"…
 * The plan runs around today, and a fresh Check-ins log gets the sample's last weeks of
 * check-ins, so the dashboard's trend-against-pace charts have points on first use.
 */
import { appendCheckIns, isLogEmpty, type CheckInEntry } from './check-in-log';
import { EN } from '../i18n/en';
import { UI_TEXT, uiLanguage } from '../i18n/index';
import { ABC_WORDS_EN, ABC_WORDS_RU, generateAbcDemo, toTime, type AbcDemoOptions, type Locale } from './core';
import { runMenuCommand } from './menu-command';
import { OKR_SHEET_NAME } from './okr-sheet';
import { prepareBlock } from './safe-cell-text';
import { firstFreeSheetName } from './sheet-names';
import { writeBlock } from './sheet-writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Menu item. */
export function insertSampleOkrs(): void {
  runMenuCommand((spreadsheet, text) => {
    const sheet = insertSample(spreadsheet, Date.now(), uiLanguage(spreadsheet));
    return text.sampleDone(sheet.getName());
  });
}

const DAY_MS = 86_400_000;
/** How far back the sample's check-in history goes. */
export const SAMPLE_CHECK_IN_WEEKS = 8;

/**
 * The sample as of `now`: a three-year plan that began on 1 January last year, so today falls
 * in its second year, with history behind it and the target ahead (UTC days).
 */
export function sampleOptions(now: number): AbcDemoOptions {
  const year = new Date(now).getUTCFullYear();
  return { seed: 42, start: Date.UTC(year - 1, 0, 1), years: 3, asOf: Math.floor(now / DAY_MS) * DAY_MS };
}

export function insertSample(spreadsheet: Spreadsheet, now: number = Date.now(), lang: Locale = 'en'): GoogleAppsScript.Spreadsheet.Sheet {
  const demo = generateAbcDemo({ ...sampleOptions(now), words: lang === 'ru' ? ABC_WORDS_RU : ABC_WORDS_EN });
  // The header in the add-on's language: the reader reads either (Russian row-schema headers).
  const rows = [sampleHeader(demo.rows[0], lang), ...demo.rows.slice(1)];
  const block = prepareBlock(withDateCells(rows, spreadsheet.getSpreadsheetTimeZone() || 'UTC'));
  const sheet = spreadsheet.insertSheet(sampleSheetName(spreadsheet));
  // A new sheet has 1000 rows and 26 columns; the sample is far smaller, so no resizing.
  writeBlock(sheet, 1, 1, block);
  sheet.getRange(1, 1, 1, rows[0].length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  for (const column of dateColumns(rows[0])) sheet.getRange(2, column + 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
  sheet.setColumnWidth(5, 320);
  // Only into an empty log: a log with check-ins is the user's record and gets nothing made up.
  if (isLogEmpty(spreadsheet)) appendCheckIns(spreadsheet, sampleCheckIns(demo.checkIns, demo.asOf, UI_TEXT[lang].sampleComment), lang);
  sheet.activate();
  return sheet;
}

/** The demo's weekly check-ins (['ID', 'Date', 'Value'] rows) of the last weeks, oldest first. */
export function sampleCheckIns(table: readonly (readonly unknown[])[], asOf: number, comment = EN.sampleComment): CheckInEntry[] {
  const from = asOf - SAMPLE_CHECK_IN_WEEKS * 7 * DAY_MS;
  const entries: CheckInEntry[] = [];
  for (const [id, date, value] of table.slice(1)) {
    const time = toTime(date, 'UTC');
    if (time === null || time <= from || time > asOf || typeof value !== 'number') continue;
    entries.push({ time: new Date(time), id: String(id), value, confidence: null, comment, user: '' });
  }
  return entries.sort((a, b) => a.time.getTime() - b.time.getTime());
}

/** "OKRs", else "OKRs (2)", "OKRs (3)"…: the first no sheet uses in any letter case. */
function sampleSheetName(spreadsheet: Spreadsheet): string {
  return firstFreeSheetName(spreadsheet, (n) => (n === 0 ? OKR_SHEET_NAME : `${OKR_SHEET_NAME} (${n + 1})`));
}

/** The demo's row-schema header (English column names) in a language: the reader's own names for them. */
function sampleHeader(header: readonly unknown[], lang: Locale): unknown[] {
  const roles = UI_TEXT[lang].roles;
  return header.map((cell) => (typeof cell === 'string' && roles[cell] !== undefined ? roles[cell] : cell));
}

/** Start and End columns of the sample's header (in either language). */
function dateColumns(header: readonly unknown[]): number[] {
  const names = new Set(['Start', 'End', UI_TEXT.ru.roles.Start, UI_TEXT.ru.roles.End]);
  return header.flatMap((cell, i) => (names.has(String(cell)) ? [i] : []));
}

/**
 * The sample's dates as date cells, the way a person would have typed them: everything else
 * is written as text, and a date kept as text would sort and format as text.
 */
function withDateCells(rows: unknown[][], timeZone: string): unknown[][] {
  const columns = dateColumns(rows[0]);
  return rows.map((row, r) =>
    r === 0 ? row : row.map((cell, c) => (columns.includes(c) && typeof cell === 'string' && cell !== '' ? new Date(toTime(cell, timeZone) as number) : cell)),
  );
}
