/**
 * The add-on's commands over the two real workbooks of ../shared/real-okr-sheets, loaded into
 * the Apps Script double exactly as getValues returns them and never edited: Build cascade
 * builds the right goals and says what it understood, Check in works on one key result,
 * Validate starts with the same line, Map columns saves a mapping every command then uses,
 * and no cell of the user's sheets changes.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCascadeSheet,
  clearColumnMapping,
  getCheckInChoices,
  getColumnMapping,
  recordCheckIn,
  saveColumnMapping,
  showValidateSidebar,
} from '../../sheets-addon/src/commands/index';
import { MAPPING_KEY } from '../../sheets-addon/src/commands/column-mapping';
import { loadOkrModel } from '../../sheets-addon/src/commands/okr-model';
import { createDouble, type AppsScriptDouble } from './double/index';
import { putTable } from './double/fixtures';
import type { SheetDouble } from './double/spreadsheet';

interface Workbook {
  timeZone: string;
  sheets: { name: string; active: boolean; rows: unknown[][] }[];
  truth: { objectives: number; keyResults: number; checkIn: string; checkInValue?: { typed: string; expect: number } };
}

const load = (name: string): Workbook => JSON.parse(readFileSync(`/work/shared/real-okr-sheets/${name}.json`, 'utf8')) as Workbook;

let gas: AppsScriptDouble;
let uninstall: () => void;
let userSheets: SheetDouble[];

function open(name: string): Workbook {
  const workbook = load(name);
  gas = createDouble({ timeZone: workbook.timeZone });
  uninstall = gas.install();
  userSheets = workbook.sheets.map((s) => putTable(gas, s.name, s.rows));
  const active = workbook.sheets.findIndex((s) => s.active);
  gas.spreadsheet.setActiveSheet(userSheets[active] as never);
  return workbook;
}

function snapshots(): string {
  return JSON.stringify(userSheets.map((s) => s._snapshot()));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  uninstall();
});

const spreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet => gas.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

describe('the real workbooks in the add-on, unedited', () => {
  for (const name of ['spirax-brazil-2026', 'spm-bi-krs']) {
    it(`${name}: Build cascade builds the right goals, starts with what it understood, writes no user cell`, () => {
      const workbook = open(name);
      const before = snapshots();
      buildCascadeSheet();
      expect(gas.ui.events.filter((e) => e.kind === 'alert')).toEqual([]);
      const toast = gas.spreadsheet._toasts.at(-1)!.message;
      expect(toast).toMatch(new RegExp(`^Read '${workbook.sheets.find((s) => s.active)!.name}' rows \\d+–\\d+ as .*: ${workbook.truth.objectives} objectives?, ${workbook.truth.keyResults} key results`));
      const cascade = gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues();
      expect(cascade.length - 1).toBe(workbook.truth.objectives + workbook.truth.keyResults);
      expect(snapshots()).toBe(before);
    });

    it(`${name}: a check-in on one key result is logged, read back, and changes no user cell`, () => {
      const workbook = open(name);
      const before = snapshots();
      const choice = getCheckInChoices().find((c) => c.title === workbook.truth.checkIn || c.id === workbook.truth.checkIn);
      expect(choice).toBeDefined();
      const typed = workbook.truth.checkInValue?.typed ?? '3';
      const result = recordCheckIn({ id: choice!.id, value: typed, confidence: '7', comment: 'weekly' });
      expect(result.message).toMatch(/in the Check-ins log/);
      const log = gas.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues();
      expect(log[1].slice(1, 3)).toEqual([choice!.id, workbook.truth.checkInValue?.expect ?? 3]);
      expect(snapshots()).toBe(before);
      const node = loadOkrModel(spreadsheet()).parsed.nodes.find((n) => n.id === choice!.id)!;
      expect(node.current).toBe(workbook.truth.checkInValue?.expect ?? 3);
    });
  }

  it('Validate starts with the line saying what was understood', () => {
    open('spirax-brazil-2026');
    showValidateSidebar();
    const html = gas.ui.events.find((e) => e.kind === 'sidebar')!.html!.getContent();
    expect(html).toContain('as an outline (numbers in B): 3 objectives, 11 key results; owner from D; values from Q1-2026');
    expect(html).toMatch(/target different from the baseline/); // Material Usage: target equals baseline
  });

  it('Map columns saves a mapping in the document properties that every command then uses', () => {
    open('spm-bi-krs');
    const before = snapshots();
    const state = getColumnMapping();
    expect(state.sheetName).toBe('Sheet1');
    expect(state.roles.find((r) => r.role === 'ID')!.index).toBe(0);
    expect(state.roles.find((r) => r.role === 'KeyResult')!.index).toBe(1);
    expect(state.preview[1][2]).toContain('پیگیری');
    // The user says column B holds plain titles (not key results): the same rows become plain goals.
    const saved = saveColumnMapping({ sheetId: state.sheetId, headerRow: 1, roles: { ID: 0, Title: 1 } });
    expect(saved.message).toMatch(/^Saved\. Read 'Sheet1' rows 2–19 as a table with IDs in A: 18 objectives, 0 key results/);
    expect(JSON.parse(PropertiesService.getDocumentProperties().getProperty(MAPPING_KEY)!)).toMatchObject({ headerRow: 1, roles: { ID: 0, Title: 1 } });
    buildCascadeSheet();
    expect(gas.spreadsheet._toasts.at(-1)!.message).toMatch(/18 objectives, 0 key results/);
    expect(getCheckInChoices()).toEqual([]);
    clearColumnMapping();
    expect(getCheckInChoices()).toHaveLength(18);
    expect(snapshots()).toBe(before);
  });

  it('Map columns refuses a mapping without titles, naming the field', () => {
    open('spm-bi-krs');
    const state = getColumnMapping();
    expect(() => saveColumnMapping({ sheetId: state.sheetId, headerRow: 1, roles: { ID: 0 } })).toThrow(/^Map columns, Title: expected a column holding the goals' titles/);
    expect(() => saveColumnMapping({ sheetId: state.sheetId, headerRow: 0, roles: { Title: 1 } })).toThrow(/header row: expected a row number from 1 to 1000, found 0/);
    expect(() => saveColumnMapping({ sheetId: state.sheetId, headerRow: 1, roles: { Title: 1, Owner: 1 } })).toThrow(/Title and Owner both point at the same column/);
  });
});

describe('a sheet with typed status words', () => {
  it('shows the status the sheet states beside the computed one in the cascade', () => {
    gas = createDouble();
    uninstall = gas.install();
    const sheet = putTable(gas, 'Team goals', [
      ['Title', 'Owner', 'Status', 'Progress %'],
      ['Objective: Grow revenue', 'Ann', '', ''],
      ['KR1: Win 40 customers', 'Bob', 'At risk', '75 %'],
    ]);
    gas.spreadsheet.setActiveSheet(sheet as never);
    userSheets = [sheet];
    const before = snapshots();
    buildCascadeSheet();
    const rows = gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues();
    const kr = rows.find((r) => String(r[3]).includes('Win 40 customers'))!;
    expect(String(kr.at(-1))).toMatch(/The sheet says: At risk\.$/);
    expect(kr[8]).toBe(0.75);
    expect(snapshots()).toBe(before);
  });
});
