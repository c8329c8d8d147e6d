import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fitCellText, MAX_CELL_CHARACTERS, PLAIN_TEXT, prepareBlock, safeCellValue } from '../../sheets-addon/src/commands/safe-cell-text';
import { cellAddress, columnLetter, ADDRESS_PATTERN } from '../../sheets-addon/src/commands/a1-notation';
import { progressBar } from '../../sheets-addon/src/commands/cascade-table';
import { createDouble, storeEntered, type AppsScriptDouble } from './double/index';

describe('prepareBlock / safeCellValue / fitCellText', () => {
  const retyped = ['=1+1', '+1', '-5 cost cut', '@everyone', "'quoted", '  =SUM(A:A)', '1,200', '15%', 'TRUE', '42', '3/4', '$1,200', '2026-07-01', '12:30', '1 Jan 2026', '1e5'];
  it('gives every text cell the plain-text format, so Sheets keeps it as the same text', () => {
    const { values, formats } = prepareBlock([retyped, [1, true, '', null]]);
    expect(values[0]).toEqual(retyped);
    expect(formats[0]).toEqual(retyped.map(() => PLAIN_TEXT));
    expect(formats[1]).toEqual(['General', 'General', 'General', 'General']);
    for (const text of retyped) {
      expect(storeEntered(text, Date, { plainText: true }), text).toEqual({ value: text, formula: null });
      // Without the format, the double (like Sheets) re-types most of them: the reason for it.
    }
    expect(retyped.filter((t) => storeEntered(t).value !== t || storeEntered(t).formula !== null).length).toBeGreaterThan(12);
  });

  it('writes missing numbers as empty cells, never NaN', () => {
    expect([null, undefined, NaN, Infinity, -Infinity, new Date(NaN)].map(safeCellValue)).toEqual(['', '', '', '', '', '']);
    expect(safeCellValue(0)).toBe(0);
    expect(safeCellValue(false)).toBe(false);
  });

  it('shortens text beyond the cell limit visibly, and only such text', () => {
    expect(fitCellText('x'.repeat(MAX_CELL_CHARACTERS))).toBe('x'.repeat(MAX_CELL_CHARACTERS));
    const long = fitCellText('y'.repeat(MAX_CELL_CHARACTERS + 10));
    expect(long.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
    expect(long).toMatch(/… \[shortened by Aligned: 50,010 characters in all\]$/);
    const emoji = fitCellText('😀'.repeat(30_000));
    expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
    expect(emoji.replace(/… \[.*$/, '')).toMatch(/^(😀)+$/u); // no half emoji
  });
});

describe('A1 notation', () => {
  it('names columns and quotes sheet names', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(cellAddress("Bob's plan", 7, 10, 18)).toBe("'Bob''s plan'!J7");
    expect(cellAddress('OKRs', 7, null, 18)).toBe("'OKRs'!A7:R7");
    expect(ADDRESS_PATTERN.test("'Bob''s plan'!J7")).toBe(true);
    expect(ADDRESS_PATTERN.test("'OKRs'!J7;alert(1)")).toBe(false);
  });

  it('draws progress bars of ten cells, empty for no data', () => {
    expect(progressBar(null)).toBe('');
    expect(progressBar(0)).toBe('░'.repeat(10));
    expect(progressBar(0.62)).toBe('██████░░░░');
    expect(progressBar(1.4)).toBe('█'.repeat(10));
  });
});

describe('the Apps Script double is strict where Sheets is', () => {
  let gas: AppsScriptDouble;
  let uninstall: () => void;
  beforeEach(() => {
    gas = createDouble();
    uninstall = gas.install();
  });
  afterEach(() => uninstall());

  it('reads script-written strings as user input', () => {
    expect(storeEntered('=A1')).toEqual({ value: '', formula: '=A1' });
    expect(storeEntered('+1').value).toBe(1);
    expect(storeEntered('12%').value).toBe(0.12);
    expect(storeEntered("'=A1")).toEqual({ value: '=A1', formula: null });
    expect(() => storeEntered('x'.repeat(50_001))).toThrow(/maximum of 50000 characters/);
  });

  it('refuses wrong shapes, ranges outside the grid and duplicate sheet names', () => {
    const sheet = gas.spreadsheet.getSheets()[0];
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(/The data has 1 but the range has 2/);
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1], [2]])).toThrow(/number of columns/);
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions of the sheet/);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(/at least 1/);
    expect(() => gas.spreadsheet.insertSheet('Sheet1')).toThrow(/already exists/);
  });

  it('counts calls per method and keeps typed chart methods behind asXxxChart()', () => {
    const sheet = gas.spreadsheet.getSheets()[0];
    gas.ledger.reset();
    sheet.getRange('A1').setValue(1);
    expect(gas.ledger.calls('Range')).toEqual({ setValue: 1 });
    expect(gas.ledger.calls('Sheet')).toEqual({ getRange: 1 });
    const builder = sheet.newChart() as unknown as Record<string, unknown>;
    expect(builder.setTitle).toBeUndefined();
    expect(typeof (sheet.newChart().asBarChart() as unknown as Record<string, unknown>).setTitle).toBe('function');
  });
});
