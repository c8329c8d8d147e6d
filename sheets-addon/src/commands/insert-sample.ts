/**
 * Extensions ▸ Aligned OKRs ▸ Insert sample OKRs: a new sheet with the schema header and the
 * ABC company's demo rows ("$1M profit in three years"), to try the add-on on. It never
 * replaces anything: if "OKRs" exists the sample goes to "OKRs (2)", "OKRs (3)"…
 */
import { generateAbcDemo } from './core';
import { runMenuCommand } from './menu-command';
import { OKR_SHEET_NAME } from './okr-sheet';
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
  const sheet = spreadsheet.insertSheet(sampleSheetName(spreadsheet));
  // A new sheet has 1000 rows and 26 columns; the sample is far smaller, so no resizing.
  writeBlock(sheet, 1, 1, rows);
  sheet.getRange(1, 1, 1, rows[0].length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(5, 320);
  sheet.activate();
  return sheet;
}

function sampleSheetName(spreadsheet: Spreadsheet): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
  if (!taken.has(OKR_SHEET_NAME)) return OKR_SHEET_NAME;
  for (let n = 2; ; n++) if (!taken.has(`${OKR_SHEET_NAME} (${n})`)) return `${OKR_SHEET_NAME} (${n})`;
}
