/**
 * Writing to the add-on's own sheets in a few block calls. Only sheets returned by
 * ownedSheet() reach these functions; nothing here looks at a user's sheet.
 */
import { safeCellRows } from './safe-cell-text';

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

/** One setValues for a whole block; every cell goes through safeCellValue. Returns the range. */
export function writeBlock(
  sheet: Sheet,
  row: number,
  column: number,
  values: readonly (readonly unknown[])[],
): GoogleAppsScript.Spreadsheet.Range | null {
  if (values.length === 0 || values[0].length === 0) return null;
  const range = sheet.getRange(row, column, values.length, values[0].length);
  range.setValues(safeCellRows(values));
  return range;
}

/** Bold header on a tinted band, frozen so it stays in view. */
export function styleHeader(sheet: Sheet, columns: number): void {
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
}
