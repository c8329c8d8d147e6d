import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCheckInChoices, recordCheckIn, showCheckInSidebar } from '../../sheets-addon/src/commands/index';
import { CHECK_IN_HEADER } from '../../sheets-addon/src/commands/check-in-log';
import { OWNED_KEY } from '../../sheets-addon/src/commands/owned-sheets';
import { BUSY_MESSAGE } from '../../sheets-addon/src/commands/lock';
import { createDouble, type AppsScriptDouble } from './double/index';
import { HOSTILE_TITLES, hostileTable, putTable, sampleTable } from './double/fixtures';

let gas: AppsScriptDouble;
let uninstall: () => void;

beforeEach(() => {
  gas = createDouble();
  uninstall = gas.install();
});
afterEach(() => {
  vi.useRealTimers();
  uninstall();
});

/** The cells of a snapshot that differ, as "row,column". */
function changedCells(a: { values: unknown[][] }, b: { values: unknown[][] }): string[] {
  const out: string[] = [];
  const rows = Math.max(a.values.length, b.values.length);
  for (let r = 0; r < rows; r++) {
    const x = a.values[r] ?? [];
    const y = b.values[r] ?? [];
    for (let c = 0; c < Math.max(x.length, y.length); c++) {
      if (JSON.stringify(x[c] ?? '') !== JSON.stringify(y[c] ?? '')) out.push(`${r + 1},${c + 1}`);
    }
  }
  return out;
}

describe('Check-in sidebar', () => {
  it('lists the key results and escapes a hostile title everywhere it is shown', () => {
    putTable(gas, 'OKRs', hostileTable());
    showCheckInSidebar();
    const sidebar = gas.ui.events.find((e) => e.kind === 'sidebar')!;
    expect(sidebar.title).toBe('Aligned: check in');
    const html = sidebar.html!.getContent();
    expect(html).not.toContain(HOSTILE_TITLES.html);
    expect(html).toContain('K2 · &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('</script><script>alert(2)');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('<option value="K1" data-current="40">K1 · +1</option>');
    // Client code never builds markup from data.
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    expect(gas.html._read('CheckIn')).not.toContain('<?!=');
  });

  it('getCheckInChoices returns key results only, once per ID', () => {
    putTable(gas, 'OKRs', sampleTable());
    const choices = getCheckInChoices();
    expect(choices.length).toBeGreaterThan(5);
    expect(new Set(choices.map((c) => c.id)).size).toBe(choices.length);
    expect(choices.find((c) => c.id === 'MISSION')).toBeUndefined();
    expect(choices.find((c) => c.id === 'MISSION-KR1')!.label).toBe('MISSION-KR1 · Cumulative profit reaches $1M');
  });

  it('shows a clear alert instead of a sidebar when there is no OKR sheet', () => {
    showCheckInSidebar();
    expect(gas.ui.events.map((e) => e.kind)).toEqual(['alert']);
    expect(gas.ui.events[0].message).toMatch(/No OKR sheet found/);
  });
});

describe('recordCheckIn', () => {
  it('appends to the owned Check-ins sheet and changes only the Current cell of that row', () => {
    const source = putTable(gas, 'OKRs', sampleTable());
    const before = source._snapshot();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-01T10:00:00Z'));
    const result = recordCheckIn({ id: 'MISSION-KR1', value: '$1.2M', confidence: '7', comment: '=cmd|calc' });
    expect(result.message).toBe('Recorded 1,200,000 for MISSION-KR1 (row 3 of "OKRs").');
    const after = source._snapshot();
    expect(changedCells(before, after)).toEqual(['3,11']); // row 3, column K = Current
    expect(source.getRange('K3').getValue()).toBe(1_200_000);
    expect(after.formulas).toEqual([]);

    const log = gas.spreadsheet.getSheetByName('Check-ins')!;
    expect(log.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([[OWNED_KEY, 'check-ins']]);
    const rows = log.getDataRange().getValues();
    expect(rows[0]).toEqual([...CHECK_IN_HEADER]);
    expect(rows[1].slice(1)).toEqual(['MISSION-KR1', 1_200_000, 0.7, '=cmd|calc', 'ada@example.com']);
    expect((rows[1][0] as Date).toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(log._formulas.size).toBe(0);
  });

  it('is append-only: later check-ins never rewrite earlier rows', () => {
    putTable(gas, 'OKRs', sampleTable());
    recordCheckIn({ id: 'MISSION-KR1', value: '1', confidence: '', comment: 'first' });
    const log = gas.spreadsheet.getSheetByName('Check-ins')!;
    const first = log._snapshot();
    const firstFormats = log.getRange(1, 1, 2, 6).getNumberFormats();
    const writesBefore = log._writes.length;
    recordCheckIn({ id: 'MISSION-KR1', value: '2', confidence: '10', comment: 'second' });
    recordCheckIn({ id: 'MISSION-KR1', value: '3', confidence: '0', comment: 'third' });
    const now = log._snapshot();
    expect(now.values.slice(0, 2)).toEqual(first.values.slice(0, 2));
    expect(now.values.slice(1, 4).map((r) => [r[2], r[3], r[4]])).toEqual([[1, '', 'first'], [2, 1, 'second'], [3, 0, 'third']]);
    // One row each: its formats, then its values, below the last row; earlier rows keep theirs.
    expect(log._writes.slice(writesBefore)).toEqual(['numberFormat', 'setValues', 'numberFormat', 'setValues']);
    expect(log.getRange(1, 1, 2, 6).getNumberFormats()).toEqual(firstFormats);
  });

  it('finds the row by ID at write time, after rows moved', () => {
    const source = putTable(gas, 'OKRs', sampleTable());
    const choices = getCheckInChoices();
    // The user inserts a row above the data after opening the sidebar.
    source.insertRowsAfter(1, 1);
    recordCheckIn({ id: choices[0].id, value: '42', confidence: '', comment: '' });
    expect(source.getRange('A4').getValue()).toBe(choices[0].id);
    expect(source.getRange('K4').getValue()).toBe(42);
    expect(source.getRange('K3').getValue()).toBe('');
  });

  it('refuses bad input with errors that name the field, and writes nothing', () => {
    const source = putTable(gas, 'OKRs', hostileTable());
    const before = source._snapshot();
    const attempt = (form: unknown) => () => recordCheckIn(form);
    expect(attempt(null)).toThrow(/expected the form fields/);
    expect(attempt({ id: '', value: '1' })).toThrow(/^Key result: expected one to be picked/);
    expect(attempt({ id: 'K1', value: '' })).toThrow(/^Value: expected the key result's new value, found an empty field/);
    expect(attempt({ id: 'K1', value: 'lots' })).toThrow(/^Value: Expected a number .* found "lots"/);
    expect(attempt({ id: 'K1', value: '5', confidence: '11' })).toThrow(/^Confidence: Expected a confidence from 0 to 10, found 11/);
    expect(attempt({ id: 'K1', value: '5', comment: 'x'.repeat(2001) })).toThrow(/^Comment: expected at most 2000 characters/);
    expect(attempt({ id: 'GONE', value: '5' })).toThrow(/Key result "GONE" is no longer in the sheet "OKRs"/);
    expect(attempt({ id: 'K1', value: '5' })).toThrow(/ID "K1" is used by rows 3, 8 of "OKRs"/);
    expect(attempt({ id: 'O1', value: '5' })).toThrow(/is an objective; check-ins record a key result's value/);
    expect(source._snapshot()).toEqual(before);
    expect(gas.spreadsheet.getSheetByName('Check-ins')).toBeNull();
  });

  it('refuses when the OKR sheet has no Current column', () => {
    putTable(gas, 'OKRs', [['ID', 'Title', 'Type'], ['K', 'A key result', 'key result']]);
    expect(() => recordCheckIn({ id: 'K', value: '5' })).toThrow(/has no Current column/);
    expect(gas.spreadsheet.getSheetByName('Check-ins')).toBeNull();
  });

  it('waits for the document lock and says so when busy', () => {
    putTable(gas, 'OKRs', sampleTable());
    gas.lock.document.heldElsewhere = true;
    expect(() => recordCheckIn({ id: 'MISSION-KR1', value: '5' })).toThrow(BUSY_MESSAGE);
    expect(gas.spreadsheet.getSheetByName('Check-ins')).toBeNull();
  });

  it('never writes to a user sheet that happens to be named "Check-ins"', () => {
    putTable(gas, 'OKRs', sampleTable());
    const mine = putTable(gas, 'Check-ins', [['my', 'own'], ['log', 1]]);
    const before = mine._snapshot();
    recordCheckIn({ id: 'MISSION-KR1', value: '5' });
    expect(mine._snapshot()).toEqual(before);
    expect(gas.spreadsheet.getSheetByName('Check-ins (Aligned)')!.getLastRow()).toBe(2);
  });
});
