/**
 * Writing to the add-on's own sheets in a few block calls. Only sheets returned by
 * ownedSheet() reach these functions; nothing here looks at a user's sheet.
 */
import type { PreparedBlock } from './safe-cell-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Empties an owned sheet (values, formats, rules) and makes its grid at least rows × columns. */
export function resetOwnedSheet(sheet: Sheet, rows: number, columns: number): void {
  sheet.clear();
  sheet.setConditionalFormatRules([]);
  // getRange may not leave the grid (1000 × 26 for a new sheet), so grow it first.
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * A block in two calls: the number formats first (plain text for every text cell, so Sheets
 * keeps "3/4" or "$1,200" as the text it is), then the values. Prepare the block with
 * prepareBlock before touching the sheet, so that nothing is written unless all of it fits.
 */
export function writeBlock(
  sheet: Sheet,
  row: number,
  column: number,
  block: PreparedBlock,
): GoogleAppsScript.Spreadsheet.Range | null {
  const { values, formats } = block;
  if (values.length === 0 || values[0].length === 0) return null;
  const range = sheet.getRange(row, column, values.length, values[0].length);
  range.setNumberFormats(formats);
  range.setValues(values);
  return range;
}

/** Bold header on a tinted band, frozen so it stays in view. */
export function styleHeader(sheet: Sheet, columns: number): void {
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
}
