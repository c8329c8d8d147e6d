import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as commands from '../../sheets-addon/src/commands/index';
import { MENU_ENTRIES } from '../../sheets-addon/src/commands/menu';
import { createDouble, type AppsScriptDouble } from './double/index';
import { putTable, sampleTable } from './double/fixtures';

let gas: AppsScriptDouble;
let uninstall: () => void;

beforeEach(() => {
  gas = createDouble();
  uninstall = gas.install();
});
afterEach(() => uninstall());

describe('onOpen / onInstall', () => {
  it('builds the add-on menu in AuthMode.NONE touching nothing that needs authorisation', () => {
    putTable(gas, 'OKRs', sampleTable());
    gas.ledger.reset();
    gas.as('NONE', () => commands.onOpen({ authMode: 'NONE' } as never));
    expect(gas.ledger.denied).toEqual([]);
    const touched = [...gas.ledger.counts.keys()].sort();
    // The user's own language is the one thing AuthMode.NONE lets the menu know (no scope needed).
    expect(touched).toEqual(['Menu.addItem', 'Menu.addSeparator', 'Menu.addToUi', 'Session.getActiveUserLocale', 'SpreadsheetApp.getUi', 'Ui.createAddonMenu']);
    expect(gas.ui.menus).toHaveLength(1);
    expect(gas.ui.menus[0].caption).toBe('(add-on)');
    expect(gas.ui._items().map((i) => i.caption)).toEqual([
      'Insert sample OKRs',
      'Build cascade',
      'Build dashboard',
      'Check in…',
      'Validate…',
      'Map columns…',
      'Hourly refresh on/off',
      'Automations…',
      'Language…',
    ]);
  });

  it('the double really refuses authorised services in AuthMode.NONE (so the test above can fail)', () => {
    expect(() => gas.as('NONE', () => PropertiesService.getDocumentProperties())).toThrow(/permission/);
    expect(() => gas.as('NONE', () => SpreadsheetApp.getActiveSpreadsheet())).toThrow(/permission/);
    expect(gas.ledger.denied).toEqual(['PropertiesService.getDocumentProperties', 'SpreadsheetApp.getActiveSpreadsheet']);
  });

  it('every menu item names a function exported from commands/index (a global in Code.js)', () => {
    for (const entry of MENU_ENTRIES) {
      if (entry === null) continue;
      expect(typeof (commands as Record<string, unknown>)[entry[1]]).toBe('function');
    }
  });

  it('onInstall shows the same menu straight away', () => {
    commands.onInstall({ authMode: 'FULL' } as never);
    expect(gas.ui.menus).toHaveLength(1);
    // The same items as onOpen's menu: every entry of MENU_ENTRIES that is not a separator.
    expect(gas.ui._items().map((i) => i.functionName)).toEqual(MENU_ENTRIES.filter((e) => e !== null).map((e) => e![1]));
  });

  it('index exports only functions (each becomes a top-level Apps Script function)', () => {
    for (const [name, value] of Object.entries(commands)) {
      expect(typeof value, name).toBe('function');
      expect(name.endsWith('_'), name).toBe(false);
    }
  });
});
