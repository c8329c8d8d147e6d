import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectCell, showValidateSidebar } from '../../sheets-addon/src/commands/index';
import { problemItems } from '../../sheets-addon/src/commands/validate';
import { loadOkrModel } from '../../sheets-addon/src/commands/okr-model';
import { createDouble, type AppsScriptDouble } from './double/index';
import { HOSTILE_TITLES, hostileTable, putTable, sampleTable } from './double/fixtures';

let gas: AppsScriptDouble;
let uninstall: () => void;

beforeEach(() => {
  gas = createDouble();
  uninstall = gas.install();
});
afterEach(() => uninstall());

// Hostile sheet columns: A Name, B Key, C Aligns to, D Type, E Direction, F Start value,
// G Goal value, H Actual, I Weighting, J Start date, K Due date, L Owner, M Notes.
describe('Validate', () => {
  it('points every problem at its cell in A1 notation', () => {
    putTable(gas, 'OKRs', hostileTable());
    const items = problemItems(loadOkrModel(gas.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet));
    const find = (pattern: RegExp) => items.find((i) => pattern.test(i.message));
    expect(find(/ID "K1" is used by row 3 and row 8/)!.a1).toBe("'OKRs'!B8");
    expect(find(/found "NOPE", which no row has/)!.a1).toBe("'OKRs'!C9");
    expect(find(/"C1", "C2" are each other's parents/)!.a1).toBe("'OKRs'!C10");
    expect(find(/target different from the baseline/)!.a1).toBe("'OKRs'!G5");
    expect(find(/found "abc"/)!.a1).toBe("'OKRs'!H4");
    expect(find(/end on or after the start/)!.a1).toBe("'OKRs'!K6");
    expect(find(/weight of 0 or more/)!.a1).toBe("'OKRs'!I7");
    expect(find(/found "NOPE"/)!.where).toBe('C9');
    // Unknown column ("Notes") has no column of its own: the whole header row.
    expect(find(/"Notes"/)!.a1).toBe("'OKRs'!A1:M1");
    // Errors come before warnings.
    const firstWarning = items.findIndex((i) => i.severity === 'warning');
    expect(items.slice(firstWarning).every((i) => i.severity === 'warning')).toBe(true);
  });

  it('shows the list in a sidebar with every message and address escaped', () => {
    putTable(gas, 'OKRs', hostileTable());
    gas.spreadsheet.getSheetByName('OKRs')!.setName('<b>plan</b>');
    showValidateSidebar();
    const html = gas.ui.events.find((e) => e.kind === 'sidebar')!.html!.getContent();
    expect(html).not.toContain('<b>plan</b>');
    expect(html).toContain('&lt;b&gt;plan&lt;/b&gt;');
    expect(html).toContain(`data-a1="&#39;&lt;b&gt;plan&lt;/b&gt;&#39;!C9"`);
    expect(html).toMatch(/<button type="button" class="go" data-a1="[^"]+">C9<\/button>/);
    expect(html).not.toContain(HOSTILE_TITLES.html);
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    expect(gas.html._read('Validate')).not.toContain('<?!=');
  });

  it('says so when there is nothing to fix', () => {
    putTable(gas, 'OKRs', sampleTable());
    showValidateSidebar();
    const html = gas.ui.events.find((e) => e.kind === 'sidebar')!.html!.getContent();
    expect(html).toMatch(/No problems found in &quot;OKRs&quot; \(\d+ rows? read\)/);
  });

  it('selectCell activates the range a problem points to', () => {
    putTable(gas, 'OKRs', hostileTable());
    putTable(gas, "Bob's plan", [['x']]);
    selectCell("'OKRs'!H4");
    expect(gas.spreadsheet.getActiveSheet().getName()).toBe('OKRs');
    expect(gas.spreadsheet.getActiveRange()!.getA1Notation()).toBe('H4');
    selectCell("'Bob''s plan'!A1:C1");
    expect(gas.spreadsheet.getActiveSheet().getName()).toBe("Bob's plan");
    expect(gas.spreadsheet.getActiveRange()!.getA1Notation()).toBe('A1:C1');
  });

  it('selectCell refuses anything but a sheet-qualified address', () => {
    putTable(gas, 'OKRs', hostileTable());
    expect(() => selectCell('H4')).toThrow(/Expected a cell address such as 'OKRs'!B7, found "H4"/);
    expect(() => selectCell({ a1: 'x' })).toThrow(/found object/);
    expect(() => selectCell("'Gone'!A1")).toThrow(/The sheet "Gone" no longer exists/);
  });
});
