/** A1 notation for the cells the add-on points users to ("'OKRs'!J7"). */

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Sheet names are always quoted, with inner quotes doubled, so any name is safe. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A single cell ("'OKRs'!J7") or, without a column, the whole used row ("'OKRs'!A7:R7"). */
export function cellAddress(sheetName: string, row: number, column: number | null, lastColumn: number): string {
  const where = column === null ? `A${row}:${columnLetter(Math.max(1, lastColumn))}${row}` : `${columnLetter(column)}${row}`;
  return `${quotedSheetName(sheetName)}!${where}`;
}

/** The addresses selectCell accepts: a sheet-qualified cell or row range, nothing else. */
export const ADDRESS_PATTERN = /^'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?$/;

/** 1-based column of letters ("A" → 1, "AA" → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The farthest row and column an address (one matching ADDRESS_PATTERN) reaches. */
export function addressExtent(a1: string): { row: number; column: number } {
  const cells = a1.slice(a1.lastIndexOf('!') + 1).replace(/\$/g, '').split(':');
  let row = 0;
  let column = 0;
  for (const cell of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) continue;
    column = Math.max(column, columnNumber(m[1]));
    row = Math.max(row, Number(m[2]));
  }
  return { row, column };
}
