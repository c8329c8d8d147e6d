/**
 * The adapters between Sheets values and the core, tested against the TypeScript sources:
 * broadcasting over ranges, errors as text, argument readers and the time zone lookup.
 */
import vm from 'node:vm';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  choiceReader,
  readNumber,
  readTime,
  requireNumber,
} from '../../sheets-addon/src/functions/cells';
import { asRows, overCells } from '../../sheets-addon/src/functions/grid';
import { InputError } from '../../sheets-addon/src/functions/InputError';
import { readCap } from '../../sheets-addon/src/functions/progressInputs';
import { sheetTimeZone } from '../../sheets-addon/src/functions/timeZone';

const add = (cell: unknown[]) => (cell[0] as number) + (cell[1] as number);

describe('overCells', () => {
  it('returns a single value for single-value arguments, blank for null', () => {
    expect(overCells('F', [{ name: 'a', value: 1 }, { name: 'b', value: 2 }], add)).toBe(3);
    expect(overCells('F', [{ name: 'a', value: 1 }], () => null)).toBe('');
  });

  it('throws the input error itself for a single cell, so Sheets shows its message', () => {
    const call = () =>
      overCells('F', [{ name: 'a', value: 'x' }], () => {
        throw new InputError('a: expected a number, found "x".');
      });
    expect(call).toThrow('a: expected a number, found "x".');
  });

  it('repeats a single value over a range and a column across a row', () => {
    expect(overCells('F', [{ name: 'a', value: [[1], [2]] }, { name: 'b', value: 10 }], add)).toEqual([[11], [12]]);
    // A column (2 × 1) against a row (1 × 3) fills the 2 × 3 grid.
    expect(overCells('F', [{ name: 'a', value: [[1], [2]] }, { name: 'b', value: [[10, 20, 30]] }], add)).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  it('names both arguments and their sizes when ranges cannot be combined', () => {
    const call = () => overCells('OKR_X', [{ name: 'a', value: [[1], [2], [3]] }, { name: 'b', value: [[1, 2]] }, { name: 'c', value: [[1], [2]] }], add);
    expect(call).toThrow('OKR_X: a is 3 rows × 1 column but c is 2 rows × 1 column.');
    expect(() => overCells('F', [{ name: 'a', value: [[1, 2], [3]] }], add)).toThrow('a: row 2 of the range has 1 cells but row 1 has 2');
  });

  it('puts each bad cell\'s message in that cell and computes every other cell', () => {
    const out = overCells('F', [{ name: 'a', value: [[1], ['bad'], [3]] }], (cell) => {
      if (cell[0] === 'bad') throw new InputError('a: not this one.');
      return (cell[0] as number) * 2;
    });
    expect(out).toEqual([[2], ['a: not this one.'], [6]]);
  });

  it('never shows NaN or a raw TypeError: both become a sentence owning the fault', () => {
    const nan = overCells('F', [{ name: 'a', value: [[1]] }], () => NaN) as unknown[][];
    expect(nan[0][0]).toMatch(/^F could not compute this cell \(F produced NaN instead of a number\)\. This is a fault in Aligned/);
    const call = () =>
      overCells('F', [{ name: 'a', value: 1 }], () => {
        throw new TypeError('x is undefined');
      });
    expect(call).toThrow(/F could not compute this cell \(x is undefined\)/);
  });

  it('reads a flat list as one row', () => {
    expect(asRows([1, 2])).toEqual([[1, 2]]);
    expect(asRows(5)).toBeNull();
  });

  it('matches a cell-by-cell computation for any mix of single values, rows, columns and full ranges', () => {
    const shape = fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(shape, fc.array(fc.constantFrom('scalar', 'row', 'col', 'full'), { minLength: 1, maxLength: 4 }), fc.integer(), (size, kinds, seed) => {
        const values = kinds.map((kind, a) => {
          const at = (r: number, c: number) => seed + 1000 * a + 100 * r + c;
          if (kind === 'scalar') return at(0, 0);
          const rows = kind === 'row' ? 1 : size.rows;
          const cols = kind === 'col' ? 1 : size.cols;
          return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c)));
        });
        const sum = (cell: unknown[]) => cell.reduce((s: number, v) => s + (v as number), 0);
        const out = overCells('F', values.map((value, a) => ({ name: `a${a}`, value })), sum);
        if (kinds.every((k) => k === 'scalar')) {
          expect(out).toBe(sum(values));
          return;
        }
        const rows = kinds.some((k) => k === 'col' || k === 'full') ? size.rows : 1;
        const cols = kinds.some((k) => k === 'row' || k === 'full') ? size.cols : 1;
        expect(out).toHaveLength(rows);
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            const expected = values.reduce((s: number, v) => {
              if (!Array.isArray(v)) return s + (v as number);
              const g = v as number[][];
              return s + g[g.length > 1 ? r : 0][g[0].length > 1 ? c : 0];
            }, 0);
            expect((out as number[][])[r][c]).toBe(expected);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('cell readers', () => {
  it('read numbers the way people type them and name the argument when they cannot', () => {
    expect(readNumber(12, 'target')).toBe(12);
    expect(readNumber('1,200', 'target')).toBe(1200);
    expect(readNumber('15 %', 'target')).toBeCloseTo(0.15, 12);
    expect(readNumber('', 'target')).toBeNull();
    expect(() => readNumber('twelve', 'target')).toThrow(/^target: expected a number .*, found "twelve"\. Type the number only/);
    expect(() => readNumber(true, 'target')).toThrow(/^target: expected a number .*, found TRUE/);
    expect(() => requireNumber('', 'target', 'enter the value that counts as 100 %')).toThrow('target is blank: enter the value that counts as 100 %.');
  });

  it('read dates from Date cells of any realm, serial numbers and ISO text, never from booleans', () => {
    const otherRealmDate = vm.runInNewContext('new Date("2026-07-02T00:00:00Z")') as Date;
    expect(otherRealmDate instanceof Date).toBe(false);
    expect(readTime(otherRealmDate, 'as_of', 'UTC')).toBe(Date.UTC(2026, 6, 2));
    expect(readTime(46205, 'as_of', 'UTC')).toBe(Date.UTC(2026, 6, 2));
    expect(readTime('2026-07-02', 'as_of', 'Asia/Tokyo')).toBe(Date.UTC(2026, 6, 1, 15));
    expect(readTime('', 'as_of', 'UTC')).toBeNull();
    expect(() => readTime(new Date(NaN), 'as_of', 'UTC')).toThrow('as_of: the date in this cell is not a valid date');
    expect(() => readTime(true, 'start_date', 'UTC')).toThrow('start_date: expected a date, found TRUE');
    expect(() => readTime('next Tuesday', 'start_date', 'UTC')).toThrow(/^start_date: expected a date/);
  });

  it('read a choice whatever its case or spacing, with a default for blank, and remember nothing wrong', () => {
    const read = choiceReader('window', ['MTD', 'previous month'] as const, null);
    expect(read('mtd')).toBe('MTD');
    expect(read(' Previous_Month ')).toBe('previous month');
    expect(read('mtd')).toBe('MTD');
    expect(() => read('')).toThrow('window is blank: expected one of "MTD", "previous month".');
    expect(() => read('fortnight')).toThrow('window: expected one of "MTD", "previous month", found "fortnight". Type one of those words.');
    expect(() => read(7)).toThrow('found 7');
    expect(choiceReader('kind', ['auto', 'increase'] as const, 'auto')('')).toBe('auto');
  });

  it('read the cap: blank is 100 %, 0 is no cap, negative is refused', () => {
    expect(readCap('')).toBe(1);
    expect(readCap(undefined)).toBe(1);
    expect(readCap(0)).toBeNull();
    expect(readCap('120 %')).toBeCloseTo(1.2, 12);
    expect(readCap(1.5)).toBe(1.5);
    expect(() => readCap(-1)).toThrow('cap: expected 0 (no cap) or a number above 0');
  });
});

describe('sheetTimeZone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("prefers the spreadsheet's zone", () => {
    vi.stubGlobal('SpreadsheetApp', { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Asia/Tokyo' }) });
    vi.stubGlobal('Session', { getScriptTimeZone: () => 'Europe/Paris' });
    expect(sheetTimeZone()).toBe('Asia/Tokyo');
  });

  it("falls back to the script's zone when the spreadsheet cannot be read or names an unknown zone", () => {
    vi.stubGlobal('SpreadsheetApp', {
      getActiveSpreadsheet: () => {
        throw new Error('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
      },
    });
    vi.stubGlobal('Session', { getScriptTimeZone: () => 'Europe/Paris' });
    expect(sheetTimeZone()).toBe('Europe/Paris');
    vi.stubGlobal('SpreadsheetApp', { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Mars/Olympus' }) });
    expect(sheetTimeZone()).toBe('Europe/Paris');
  });

  it('is UTC when no service is there at all', () => {
    expect(sheetTimeZone()).toBe('UTC');
  });
});
