/** A1 notation for the double: "B3", "A1:C9", "'My sheet'!A:A", "2:2". Rows and columns are 1-based. */
export interface A1Range {
  sheetName: string | null;
  row: number;
  column: number;
  /** null = to the last row/column of the sheet ("A:A", "2:2"). */
  lastRow: number | null;
  lastColumn: number | null;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

export function parseA1(text: string): A1Range {
  let rest = text.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    let name = rest.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    sheetName = name;
    rest = rest.slice(bang + 1);
  }
  const [a, b = a] = rest.split(':');
  const ma = CELL.exec(a);
  const mb = CELL.exec(b);
  if (!ma || !mb || (!ma[1] && !ma[2]) || (!mb[1] && !mb[2])) throw new Error(`Range not found`);
  const c1 = ma[1] ? lettersToColumn(ma[1]) : 1;
  const r1 = ma[2] ? Number(ma[2]) : 1;
  const c2 = mb[1] ? lettersToColumn(mb[1]) : null;
  const r2 = mb[2] ? Number(mb[2]) : null;
  if (r1 < 1 || (r2 !== null && r2 < 1)) throw new Error('Range not found');
  return {
    sheetName,
    row: Math.min(r1, r2 ?? r1),
    column: Math.min(c1, c2 ?? c1),
    lastRow: r2 === null ? null : Math.max(r1, r2),
    lastColumn: c2 === null ? null : Math.max(c1, c2),
  };
}
