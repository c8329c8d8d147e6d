/**
 * Extensions ▸ Aligned OKRs ▸ Insert sample OKRs: a new sheet with the schema header and the
 * ABC company's demo rows ("$1M profit in three years"), to try the add-on on. It never
 * replaces anything: if "OKRs" exists the sample goes to "OKRs (2)", "OKRs (3)"…
 */
import { generateAbcDemo, toTime } from './core';
import { runMenuCommand } from './menu-command';
import { OKR_SHEET_NAME } from './okr-sheet';
import { prepareBlock } from './safe-cell-text';
import { firstFreeSheetName } from './sheet-names';
import { writeBlock } from './sheet-writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Menu item. */
export function insertSampleOkrs(): void {
  runMenuCommand((spreadsheet) => {
    const sheet = insertSample(spreadsheet);
    return `Sample OKRs for the ABC company inserted in "${sheet.getName()}". Next: Build cascade.`;
  });
}

export function insertSample(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const { rows } = generateAbcDemo({ seed: 42 });
  const block = prepareBlock(withDateCells(rows, spreadsheet.getSpreadsheetTimeZone() || 'UTC'));
  const sheet = spreadsheet.insertSheet(sampleSheetName(spreadsheet));
  // A new sheet has 1000 rows and 26 columns; the sample is far smaller, so no resizing.
  writeBlock(sheet, 1, 1, block);
  sheet.getRange(1, 1, 1, rows[0].length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  for (const column of dateColumns(rows[0])) sheet.getRange(2, column + 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
  sheet.setColumnWidth(5, 320);
  sheet.activate();
  return sheet;
}

/** "OKRs", else "OKRs (2)", "OKRs (3)"…: the first no sheet uses in any letter case. */
function sampleSheetName(spreadsheet: Spreadsheet): string {
  return firstFreeSheetName(spreadsheet, (n) => (n === 0 ? OKR_SHEET_NAME : `${OKR_SHEET_NAME} (${n + 1})`));
}

/** Start and End columns of the sample's header. */
function dateColumns(header: readonly unknown[]): number[] {
  return header.flatMap((cell, i) => (cell === 'Start' || cell === 'End' ? [i] : []));
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
