import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCascadeSheet, refreshAll, toggleHourlyRefresh } from '../../sheets-addon/src/commands/index';
import { createDouble, type AppsScriptDouble } from './double/index';
import { putTable, sampleTable } from './double/fixtures';

let gas: AppsScriptDouble;
let uninstall: () => void;

function setup(options = {}) {
  gas = createDouble(options);
  uninstall = gas.install();
}
beforeEach(() => setup());
afterEach(() => uninstall());

describe('Hourly refresh', () => {
  it('turns on one hourly trigger for refreshAll, and off again; never two', () => {
    putTable(gas, 'OKRs', sampleTable());
    toggleHourlyRefresh();
    expect(gas.script.triggers).toEqual([
      { id: 'trigger-1', handler: 'refreshAll', eventType: 'CLOCK', source: 'CLOCK', documentId: 'spreadsheet-1', everyHours: 1 },
    ]);
    expect(gas.spreadsheet._toasts.at(-1)!.message).toMatch(/Hourly refresh is on/);
    toggleHourlyRefresh();
    expect(gas.script.triggers).toEqual([]);
    expect(gas.spreadsheet._toasts.at(-1)!.message).toMatch(/Hourly refresh is off/);
    toggleHourlyRefresh();
    expect(gas.script.triggers).toHaveLength(1);
    expect(gas.ui.events.filter((e) => e.kind === 'alert')).toEqual([]);
  });

  it('the trigger rebuilds the cascade and the dashboard without any user interface', () => {
    putTable(gas, 'OKRs', sampleTable());
    toggleHourlyRefresh();
    const trigger = gas.script.getProjectTriggers()[0];
    gas.ledger.reset();
    gas.fireTimeTrigger(trigger, refreshAll);
    expect(gas.ledger.count('SpreadsheetApp.getUi')).toBe(0);
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')!.getLastRow()).toBe(sampleTable().length);
    expect(gas.spreadsheet.getSheetByName('OKR Dashboard')!.getCharts().length).toBeGreaterThanOrEqual(3);
    // A second refresh replaces, it does not add.
    const sheets = gas.spreadsheet.getSheets().length;
    gas.fireTimeTrigger(trigger, refreshAll);
    expect(gas.spreadsheet.getSheets().length).toBe(sheets);
  });

  it('skips quietly when the lock is busy, and when the run has no active spreadsheet', () => {
    putTable(gas, 'OKRs', sampleTable());
    gas.lock.document.heldElsewhere = true;
    expect(() => gas.fireTimeTrigger({ getUniqueId: () => 't' }, refreshAll)).not.toThrow();
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).toBeNull();
    uninstall();
    setup({ activeSpreadsheetInTimeTriggers: false });
    putTable(gas, 'OKRs', sampleTable());
    expect(() => gas.fireTimeTrigger({ getUniqueId: () => 't' }, refreshAll)).not.toThrow();
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).toBeNull();
  });

  it('a refresh never writes to user sheets', () => {
    const source = putTable(gas, 'OKRs', sampleTable());
    buildCascadeSheet();
    const before = source._snapshot();
    gas.fireTimeTrigger({ getUniqueId: () => 't' }, refreshAll);
    expect(source._snapshot()).toEqual(before);
    expect(source._writes).toEqual([]);
  });
});
