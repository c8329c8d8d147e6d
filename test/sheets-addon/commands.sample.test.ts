import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertSampleOkrs, recordCheckIn } from '../../sheets-addon/src/commands/index';
import { CHECK_IN_HEADER } from '../../sheets-addon/src/commands/check-in-log';
import { SAMPLE_CHECK_IN_WEEKS, sampleOptions } from '../../sheets-addon/src/commands/insert-sample';
import { buildCascade, COLUMNS, generateAbcDemo, parseRows } from '@aligned/core';
import { createDouble, type AppsScriptDouble } from './double/index';
import { putTable } from './double/fixtures';

let gas: AppsScriptDouble;
let uninstall: () => void;

const NOW = Date.parse('2026-12-02T10:30:00Z');
const DAY_MS = 86_400_000;

beforeEach(() => {
  gas = createDouble();
  uninstall = gas.install();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  uninstall();
});

describe('Insert sample OKRs', () => {
  it('adds a sheet "OKRs" with the schema header and the ABC demo rows of a plan running around today, and its check-in log', () => {
    const first = gas.spreadsheet.getSheets()[0];
    const before = first._snapshot();
    insertSampleOkrs();
    const sheet = gas.spreadsheet.getSheetByName('OKRs')!;
    const values = sheet.getDataRange().getValues();
    const demo = generateAbcDemo(sampleOptions(NOW)).rows;
    // The plan began on 1 January last year: today is in its second year.
    expect(sampleOptions(NOW)).toMatchObject({ seed: 42, start: Date.UTC(2025, 0, 1), years: 3, asOf: Date.UTC(2026, 11, 2) });
    expect(values[0]).toEqual([...COLUMNS]);
    expect(values.length).toBe(demo.length);
    expect(values.map((r) => r[4])).toEqual(demo.map((r) => r[4])); // titles as given
    expect(parseRows(values).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet._formulas.size).toBe(0);
    expect(gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'OKRs', 'Check-ins']);
    expect(first._snapshot()).toEqual(before);
    expect(gas.spreadsheet.getActiveSheet().getName()).toBe('OKRs');
    // The sample is the user's data to edit, not an add-on sheet.
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });

  it('fills a new Check-ins log with the last weeks of weekly check-ins of measured key results, so trends have points', () => {
    insertSampleOkrs();
    const log = gas.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues();
    expect(log[0]).toEqual([...CHECK_IN_HEADER]);
    const rows = log.slice(1);
    expect(rows.length).toBeGreaterThan(20);
    const okrs = gas.spreadsheet.getSheetByName('OKRs')!.getDataRange().getValues();
    const nodes = buildCascade(parseRows(okrs).nodes).byId;
    const today = Date.UTC(2026, 11, 2);
    for (const [time, id, value, confidence, comment] of rows) {
      const t = (time as Date).getTime();
      expect(t).toBeLessThanOrEqual(today);
      expect(t).toBeGreaterThan(today - SAMPLE_CHECK_IN_WEEKS * 7 * DAY_MS);
      expect(nodes.get(String(id))?.type, String(id)).toBe('key_result');
      expect(typeof value).toBe('number');
      expect([confidence, comment]).toEqual(['', 'Sample check-in']);
    }
    // Oldest first, several check-ins per key result.
    const times = rows.map((r) => (r[0] as Date).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const perId = new Map<string, number>();
    for (const r of rows) perId.set(String(r[1]), (perId.get(String(r[1])) ?? 0) + 1);
    expect(Math.max(...perId.values())).toBeGreaterThanOrEqual(SAMPLE_CHECK_IN_WEEKS - 1);
  });

  it('adds no made-up check-in to a log that already has check-ins', () => {
    insertSampleOkrs();
    const log = gas.spreadsheet.getSheetByName('Check-ins')!;
    const id = String(log.getRange(2, 2).getValue());
    recordCheckIn({ id, value: '7', confidence: '', comment: 'mine' });
    const before = log._snapshot();
    insertSampleOkrs();
    expect(gas.spreadsheet.getSheetByName('OKRs (2)')).not.toBeNull();
    expect(log._snapshot()).toEqual(before);
  });

  it('uses "OKRs (2)", "OKRs (3)" when "OKRs" exists, leaving it untouched', () => {
    const mine = putTable(gas, 'OKRs', [['ID', 'Title'], ['A', 'mine']]);
    const before = mine._snapshot();
    insertSampleOkrs();
    insertSampleOkrs();
    expect(gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'OKRs', 'OKRs (2)', 'Check-ins', 'OKRs (3)']);
    expect(mine._snapshot()).toEqual(before);
    expect(mine._writes).toEqual([]);
  });
});
