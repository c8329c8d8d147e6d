/**
 * The built artefact, end to end: dist/Code.js loaded in node:vm with the Apps Script double as
 * its globals, driven the way Apps Script drives it (top-level functions by name).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MENU_ENTRIES } from '../../sheets-addon/src/commands/menu';
import { createDouble, SPREADSHEET_SERVICE, type AppsScriptDouble } from './double/index';
import { HOSTILE_TITLES, hostileTable, putTable } from './double/fixtures';

const root = join(__dirname, '..', '..');
const dist = join(root, 'sheets-addon', 'dist');
const bundlePath = join(dist, 'Code.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let code = '';
beforeAll(() => {
  const sources = Math.max(newestSource(join(root, 'sheets-addon', 'src')), newestSource(join(root, 'shared', 'src')));
  if (!existsSync(bundlePath) || statSync(bundlePath).mtimeMs < sources) {
    execSync('npm run build:sheets', { cwd: root, stdio: 'pipe' });
  }
  code = readFileSync(bundlePath, 'utf8');
});

type Globals = Record<string, (...args: unknown[]) => unknown>;
let gas: AppsScriptDouble;
let g: Globals;

beforeEach(() => {
  const context = vm.createContext({ console });
  const DateType = vm.runInContext('Date', context) as DateConstructor;
  gas = createDouble({ htmlDir: dist, DateType });
  Object.assign(context, gas.globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  g = context as unknown as Globals;
});

describe('dist/Code.js in node:vm', () => {
  it('declares every menu item, trigger and google.script.run target as a top-level function', () => {
    const names = ['onOpen', 'onInstall', 'recordCheckIn', 'getCheckInChoices', 'selectCell', 'refreshAll'];
    for (const entry of MENU_ENTRIES) if (entry) names.push(entry[1]);
    for (const name of names) {
      expect(typeof g[name], name).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('onOpen in AuthMode.NONE builds the menu and needs no authorisation', () => {
    gas.as('NONE', () => g.onOpen({ authMode: 'NONE' }));
    expect(gas.ledger.denied).toEqual([]);
    expect(gas.ui._items().map((i) => i.functionName)).toEqual(MENU_ENTRIES.filter(Boolean).map((e) => e![1]));
  });

  it('runs every command end to end on the sample', () => {
    g.onOpen({ authMode: 'FULL' });
    const run = (name: string, ...args: unknown[]) => g[name](...args);
    run('insertSampleOkrs');
    const okrs = gas.spreadsheet.getSheetByName('OKRs')!;
    const snapshot = okrs._snapshot();

    gas.ledger.reset();
    run('buildCascadeSheet');
    const cascadeCalls = gas.ledger.total([...SPREADSHEET_SERVICE]);
    // A fixed budget, whatever the rows: block writes, plain-text formats, and the status and
    // score-band conditional-format rules (each rule is a few builder calls).
    expect(cascadeCalls).toBeLessThan(135);
    expect(gas.ledger.count('Range.setValues')).toBe(1);
    run('buildDashboardSheet');
    expect(gas.ui.events.filter((e) => e.kind === 'alert')).toEqual([]);
    expect(okrs._snapshot()).toEqual(snapshot);

    run('showCheckInSidebar');
    const sidebar = gas.ui.events.find((e) => e.kind === 'sidebar')!;
    expect(sidebar.html!.getContent()).toContain('MISSION-KR1 · Cumulative profit reaches $1M');
    // The sample came with its last weeks of check-ins; a check-in appends one row.
    const logRows = gas.spreadsheet.getSheetByName('Check-ins')!.getLastRow();
    expect(logRows).toBeGreaterThan(2);
    const result = run('recordCheckIn', { id: 'MISSION-KR1', value: '900,000', confidence: '8', comment: 'Q2 push' }) as { message: string };
    expect(result.message).toMatch(/^Recorded 900,000 for MISSION-KR1/);
    expect(okrs.getRange('K3').getValue()).toBe(900_000);
    expect(gas.spreadsheet.getSheetByName('Check-ins')!.getLastRow()).toBe(logRows + 1);

    run('buildDashboardSheet');
    const charts = gas.spreadsheet.getSheetByName('OKR Dashboard')!.getCharts().map((c) => c._spec.type);
    expect(charts).toEqual(['BAR', 'PIE', 'ORG', 'LINE', 'LINE', 'LINE', 'LINE']);

    run('showValidateSidebar');
    expect(gas.ui.events.filter((e) => e.kind === 'sidebar')).toHaveLength(2);
    run('selectCell', "'OKRs'!K3");
    expect(gas.spreadsheet.getActiveRange()!.getA1Notation()).toBe('K3');

    run('toggleHourlyRefresh');
    expect(gas.script.triggers.map((t) => t.handler)).toEqual(['refreshAll']);
    gas.fireTimeTrigger(gas.script.getProjectTriggers()[0], (e) => run('refreshAll', e));
    expect(gas.ui.events.filter((e) => e.kind === 'alert')).toEqual([]);
  });

  it('keeps hostile titles as text and escapes them in the sidebar', () => {
    const source = putTable(gas, 'OKRs', hostileTable());
    const before = source._snapshot();
    g.buildCascadeSheet();
    g.buildDashboardSheet();
    expect(source._snapshot()).toEqual(before);
    for (const name of ['OKR Cascade', 'OKR Dashboard']) expect(gas.spreadsheet.getSheetByName(name)!._formulas.size).toBe(0);
    const titles = gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues().map((r) => String(r[3]).trim());
    expect(titles).toContain(HOSTILE_TITLES.formula);
    expect(titles).toContain(HOSTILE_TITLES.plus);
    g.showCheckInSidebar();
    const html = gas.ui.events.find((e) => e.kind === 'sidebar')!.html!.getContent();
    expect(html).not.toContain(HOSTILE_TITLES.html);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('turns errors into a readable alert inside the bundle too', () => {
    g.buildCascadeSheet();
    const alert = gas.ui.events.find((e) => e.kind === 'alert')!;
    expect(alert.title).toBe('Aligned OKRs');
    expect(alert.message).toMatch(/^No OKR sheet found/);
    expect(() => g.recordCheckIn({ id: 'X', value: 'many' })).toThrow(/^Value: Expected a number/);
  });
});
