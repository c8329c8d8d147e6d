import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertSampleOkrs } from '../../sheets-addon/src/commands/index';
import { COLUMNS, generateAbcDemo, parseRows } from '@aligned/core';
import { createDouble, type AppsScriptDouble } from './double/index';
import { putTable } from './double/fixtures';

let gas: AppsScriptDouble;
let uninstall: () => void;

beforeEach(() => {
  gas = createDouble();
  uninstall = gas.install();
});
afterEach(() => uninstall());

describe('Insert sample OKRs', () => {
  it('adds a sheet "OKRs" with the schema header and the ABC demo rows, and nothing else', () => {
    const first = gas.spreadsheet.getSheets()[0];
    const before = first._snapshot();
    insertSampleOkrs();
    const sheet = gas.spreadsheet.getSheetByName('OKRs')!;
    const values = sheet.getDataRange().getValues();
    const demo = generateAbcDemo({ seed: 42 }).rows;
    expect(values[0]).toEqual([...COLUMNS]);
    expect(values.length).toBe(demo.length);
    expect(values.map((r) => r[4])).toEqual(demo.map((r) => r[4])); // titles as given
    expect(parseRows(values).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet._formulas.size).toBe(0);
    expect(gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'OKRs']);
    expect(first._snapshot()).toEqual(before);
    expect(gas.spreadsheet.getActiveSheet().getName()).toBe('OKRs');
    // The sample is the user's data to edit, not an add-on sheet.
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });

  it('uses "OKRs (2)", "OKRs (3)" when "OKRs" exists, leaving it untouched', () => {
    const mine = putTable(gas, 'OKRs', [['ID', 'Title'], ['A', 'mine']]);
    const before = mine._snapshot();
    insertSampleOkrs();
    insertSampleOkrs();
    expect(gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'OKRs', 'OKRs (2)', 'OKRs (3)']);
    expect(mine._snapshot()).toEqual(before);
    expect(mine._writes).toEqual([]);
  });
});
