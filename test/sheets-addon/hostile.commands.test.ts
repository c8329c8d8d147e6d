/**
 * Regressions for the Sheets add-on's writing defects of issue 14 (1–3, 7), end to end through
 * the built dist/Code.js in node:vm against the Apps Script double, which types strings as
 * Sheets does (per locale), keeps plain-text cells as given, enforces the 50,000-character cell
 * limit with Google's message and compares sheet names without regard to case.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CODE_JS, ensureBuilt, DIST_DIR } from '../../sheets-addon/build/sandbox';
import { CELL_LIMIT_MESSAGE, createDouble, MAX_CELL_CHARACTERS, type AppsScriptDouble } from './double/index';
import { putTable, sampleTable } from './double/fixtures';

let code = '';
beforeAll(() => {
  ensureBuilt();
  code = readFileSync(CODE_JS, 'utf8');
});

type Globals = Record<string, (...args: unknown[]) => unknown>;
let gas: AppsScriptDouble;
let g: Globals;

function load(locale = 'en_GB'): void {
  const context = vm.createContext({ console });
  const DateType = vm.runInContext('Date', context) as DateConstructor;
  gas = createDouble({ htmlDir: DIST_DIR, DateType, locale });
  Object.assign(context, gas.globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  g = context as unknown as Globals;
}
beforeEach(() => load());

const alerts = () => gas.ui.events.filter((e) => e.kind === 'alert');
const values = (name: string) => gas.spreadsheet.getSheetByName(name)!.getDataRange().getValues();

const HEADER = ['ID', 'Parent', 'Type', 'Title', 'Owner', 'Kind', 'Baseline', 'Target', 'Current', 'Start', 'End'];
/** IDs, titles and owners Sheets would turn into dates, numbers, booleans or formulas if typed. */
const RETYPED = ['3/4', '$1,200', '2026-07-01', '15%', 'TRUE', '=SUM(1)', "'quoted", '1e5', '12:30', '1,5', '1 Jan 2026', '-7', '+1', '€ 40', '1.200'];

function fidelityTable(): unknown[][] {
  const rows: unknown[][] = [HEADER, ['O-1', '', 'objective', RETYPED[1], RETYPED[2], '', '', '', '', '2026-01-01', '2026-12-31']];
  RETYPED.forEach((text, i) => {
    // Each text is an ID once, a title once and an owner once.
    rows.push([text, 'O-1', 'key result', RETYPED[(i + 1) % RETYPED.length], RETYPED[(i + 2) % RETYPED.length], 'increase', 0, 10, i % 10, '2026-01-01', '2026-12-31']);
  });
  return rows;
}

describe.each(['en_GB', 'en_US', 'de_DE'])('text comes back as the same text (defect 1, locale %s)', (locale) => {
  beforeEach(() => load(locale));

  it('in the cascade: IDs, titles (after the indentation) and owners', () => {
    putTable(gas, 'OKRs', fidelityTable());
    g.buildCascadeSheet();
    expect(alerts()).toEqual([]);
    const rows = values('OKR Cascade');
    const ids = rows.slice(1).map((r) => r[1]);
    expect(ids).toEqual(['O-1', ...RETYPED]);
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    fidelityTable()
      .slice(1)
      .forEach((source) => {
        const row = byId.get(source[0])!;
        expect(String(row[3]).trimStart(), `title of ${source[0]}`).toBe(String(source[3]).trimStart());
        expect(row[4], `owner of ${source[0]}`).toBe(source[4]);
      });
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')!._formulas.size).toBe(0);
  });

  it('in the dashboard data: titles and the org chart labels', () => {
    putTable(gas, 'OKRs', fidelityTable());
    g.buildDashboardSheet();
    expect(alerts()).toEqual([]);
    const cells = values('OKR Dashboard').flat();
    expect(cells).toContain('$1,200'); // the objective's title in the progress section
    for (const [i, text] of RETYPED.entries()) {
      expect(cells, `org label of ${text}`).toContain(`${RETYPED[(i + 1) % RETYPED.length]} (${text})`);
    }
    expect(gas.spreadsheet.getSheetByName('OKR Dashboard')!._formulas.size).toBe(0);
  });

  it('in the check-in log: ID, comment and user; the history still matches the ID', () => {
    putTable(gas, 'OKRs', fidelityTable());
    for (const [i, id] of ['3/4', '3/4', '15%', '=SUM(1)'].entries()) {
      const comment = RETYPED[(i + 5) % RETYPED.length];
      expect(g.recordCheckIn({ id, value: String(i + 1), confidence: '', comment })).toMatchObject({ message: expect.any(String) });
    }
    const log = values('Check-ins');
    expect(log.slice(1).map((r) => r[1])).toEqual(['3/4', '3/4', '15%', '=SUM(1)']);
    expect(log.slice(1).map((r) => r[4])).toEqual([0, 1, 2, 3].map((i) => RETYPED[(i + 5) % RETYPED.length]));
    expect(gas.spreadsheet.getSheetByName('Check-ins')!._formulas.size).toBe(0);
    // The dashboard reads the log back by ID: "3/4" has two check-ins, so it gets a trend.
    g.buildDashboardSheet();
    expect(values('OKR Dashboard').flat()).toContain('3/4 progress');
  });
});

describe('long text near the 50,000-character cell limit (defect 2)', () => {
  const long = (n: number) => 'T'.repeat(n);
  function longTable(): unknown[][] {
    return [
      HEADER,
      ['O1', '', 'objective', long(MAX_CELL_CHARACTERS), 'Ann', '', '', '', '', '2026-01-01', '2026-12-31'],
      ['O2', 'O1', 'objective', long(MAX_CELL_CHARACTERS - 2), 'Bob', '', '', '', '', '2026-01-01', '2026-12-31'],
      ['K1', 'O2', 'key result', long(MAX_CELL_CHARACTERS - 1), long(MAX_CELL_CHARACTERS), 'increase', 0, 10, 5, '2026-01-01', '2026-12-31'],
    ];
  }

  it('the double refuses an oversized value with Google\'s message and writes nothing of the block', () => {
    const sheet = gas.spreadsheet.getSheets()[0];
    const range = sheet.getRange(1, 1, 1, 2);
    expect(() => range.setValues([['kept?', long(MAX_CELL_CHARACTERS + 1)]])).toThrow(CELL_LIMIT_MESSAGE);
    expect(range.getValues()).toEqual([['', '']]);
    expect(() => sheet.appendRow(['x', long(MAX_CELL_CHARACTERS + 1)])).toThrow(CELL_LIMIT_MESSAGE);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('Build cascade, Build dashboard and the refresh shorten visibly and succeed', () => {
    putTable(gas, 'OKRs', longTable());
    g.buildCascadeSheet();
    g.buildDashboardSheet();
    expect(alerts()).toEqual([]);
    const cascade = values('OKR Cascade');
    for (const row of cascade.slice(1)) {
      for (const cell of row) if (typeof cell === 'string') expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
    }
    // Depth 1 and 2 add indentation: those titles are cut, with a note that says so.
    expect(cascade[2][3]).toMatch(/^ {4}T+… \[shortened by Aligned: 50,002 characters in all\]$/);
    expect(cascade[3][3]).toMatch(/^ {8}T+… \[shortened by Aligned: 50,007 characters in all\]$/);
    expect(cascade[1][3]).toBe(long(MAX_CELL_CHARACTERS)); // fits as it is: unchanged
    const labels = values('OKR Dashboard').flat().filter((c) => typeof c === 'string' && /\((O1|O2|K1)\)$/.test(c)) as string[];
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const label of labels) {
      expect(label.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
      expect(label).toMatch(/T… \[shortened by Aligned: \d[\d,]* characters in all\] \((O1|O2|K1)\)$/);
    }
    const trigger = { getUniqueId: () => 'hourly' };
    expect(() => gas.fireTimeTrigger(trigger, g.refreshAll)).not.toThrow();
  });
});

describe('sheet names are compared as Sheets compares them: without case (defect 3)', () => {
  it('the double: insertSheet refuses another case of a name, getSheetByName finds it', () => {
    gas.spreadsheet.insertSheet('OKRs');
    expect(() => gas.spreadsheet.insertSheet('okrs')).toThrow('A sheet with the name "okrs" already exists. Please enter another name.');
    expect(gas.spreadsheet.getSheetByName('oKrS')!.getName()).toBe('OKRs');
  });

  it('Insert sample, Build cascade, Build dashboard, Check in and the refresh work beside user sheets named in another case', () => {
    const mine: Record<string, unknown[][]> = {
      'okr cascade': [['my notes'], ['3/4']],
      'check-ins': [['mine', 'too']],
      'okr dashboard': [['=1+1 is mine']],
    };
    for (const [name, table] of Object.entries(mine)) putTable(gas, name, table);
    putTable(gas, 'okrs', sampleTable());
    const before = Object.keys(mine).map((name) => gas.spreadsheet.getSheetByName(name)!._snapshot());
    const okrsBefore = gas.spreadsheet.getSheetByName('okrs')!._snapshot();

    g.insertSampleOkrs();
    g.buildCascadeSheet();
    g.buildDashboardSheet();
    const id = String(sampleTable()[2][0]);
    g.recordCheckIn({ id, value: '5', confidence: '', comment: 'ok' });
    gas.fireTimeTrigger({ getUniqueId: () => 'hourly' }, g.refreshAll);
    expect(alerts()).toEqual([]);

    const names = gas.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(['OKRs (2)', 'OKR Cascade (Aligned)', 'OKR Dashboard (Aligned)', 'Check-ins (Aligned)']));
    expect(Object.keys(mine).map((name) => gas.spreadsheet.getSheetByName(name)!._snapshot())).toEqual(before);
    // The user's own OKR sheet: only the Current cell the check-in asked for changed.
    const after = gas.spreadsheet.getSheetByName('okrs')!._snapshot();
    expect(after.values.length).toBe(okrsBefore.values.length);
  });
});

describe('Validate: a stale or crafted address gets a clear message (defect 7)', () => {
  it.each(["'OKRs'!A5000", "'OKRs'!AB2", "'OKRs'!A2:ZZ9", "'okrs'!A9999999"])('%s', (a1) => {
    putTable(gas, 'OKRs', sampleTable());
    expect(() => g.selectCell(a1)).toThrow(/^The cell \S+ is outside the sheet "OKRs", which has \d+ rows and \d+ columns \(A to [A-Z]+\): the sheet changed since Validate ran\. Run Validate again\.$/);
  });
  it('an address inside the sheet is selected, in any case of the sheet name', () => {
    putTable(gas, 'OKRs', sampleTable());
    g.selectCell("'okrs'!B3");
    expect(gas.spreadsheet.getActiveRange()!.getA1Notation()).toBe('B3');
  });
});
