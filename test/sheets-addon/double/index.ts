/**
 * An in-memory Apps Script world for the Sheets add-on: SpreadsheetApp and its classes, Charts,
 * LockService, PropertiesService, ScriptApp, HtmlService, Session and the Ui. Every public method
 * call is counted in `ledger`, and in AuthMode.NONE everything but building a menu is refused.
 *
 *   const gas = createDouble({ htmlDir });
 *   gas.install(globalThis);          // or vm.createContext({ ...gas.globals })
 *   gas.ledger.total(SPREADSHEET_SERVICE)
 */
import { join } from 'node:path';
import { CHART_TYPES } from './charts';
import { ConditionalFormatRuleBuilderDouble } from './conditional-format';
import { HtmlServiceDouble } from './html';
import { counted, Ledger, type AuthModeName } from './ledger';
import {
  LockServiceDouble,
  PropertiesServiceDouble,
  ScriptAppDouble,
  SessionDouble,
  UiDouble,
  UI_WITHOUT_AUTH,
  SESSION_WITHOUT_AUTH,
  type TriggerDouble,
} from './services';
import { SpreadsheetDouble, type World } from './spreadsheet';
import { MailAppDouble } from './mail';

export { Ledger, SPREADSHEET_SERVICE, type AuthModeName } from './ledger';
export type { SheetDouble, SpreadsheetDouble, RangeDouble } from './spreadsheet';
export type { ChartSpec, EmbeddedChartDouble } from './charts';
export type { ConditionalFormatRuleDouble } from './conditional-format';
export type { HtmlOutputDouble } from './html';
export { escapeHtml } from './html';
export type { MenuDouble, UiDouble, TriggerRecord } from './services';
export { storeEntered, typedDate, typedNumber, CELL_LIMIT_MESSAGE, MAX_CELL_CHARACTERS, PLAIN_TEXT_FORMAT, type EntryContext } from './cell-values';
export { sameSheetName } from './spreadsheet';
export { columnLetters, parseA1 } from './a1';
export type { MailAppDouble, SentMail } from './mail';

export interface DoubleOptions {
  /** Where createTemplateFromFile looks for NAME.html (default: sheets-addon/src/html). */
  htmlDir?: string;
  timeZone?: string;
  userEmail?: string;
  spreadsheetName?: string;
  /** The spreadsheet's locale (default en_GB): how typed strings are read. */
  locale?: string;
  /** The user's own language, Session.getActiveUserLocale() (default "en"). */
  userLocale?: string;
  /**
   * Whether SpreadsheetApp.getActiveSpreadsheet() answers inside a time-driven trigger.
   * Bound scripts get their container; for add-ons it may be null, so code must cope with both.
   */
  activeSpreadsheetInTimeTriggers?: boolean;
  /** Date constructor of the realm under test; pass the vm context's Date when loading dist/Code.js. */
  DateType?: DateConstructor;
}

export const DEFAULT_HTML_DIR = join(__dirname, '..', '..', '..', 'sheets-addon', 'src', 'html');

export function createDouble(options: DoubleOptions = {}) {
  const ledger = new Ledger();
  let idCounter = 1000;
  const world: World = { ledger, nextId: () => ++idCounter, spreadsheets: new Map(), DateType: options.DateType ?? Date };
  const timeZone = options.timeZone ?? 'Europe/London';
  let active: SpreadsheetDouble | null = SpreadsheetDouble.create(
    world,
    'spreadsheet-1',
    options.spreadsheetName ?? 'Aligned test',
    timeZone,
  );
  if (options.locale && active) active._locale = options.locale;
  const activeInTriggers = options.activeSpreadsheetInTimeTriggers ?? true;

  const ui = new UiDouble(ledger);
  const countedUi = counted(ui, 'Ui', ledger, UI_WITHOUT_AUTH);
  const lock = new LockServiceDouble(ledger);
  const properties = new PropertiesServiceDouble(ledger);
  const script = new ScriptAppDouble(ledger, () => currentSpreadsheet()?._id ?? null);
  const session = new SessionDouble(options.userEmail ?? 'ada@example.com', timeZone, options.userLocale ?? 'en');
  const html = new HtmlServiceDouble(ledger, options.htmlDir ?? DEFAULT_HTML_DIR);
  const mail = new MailAppDouble();
  /** What Utilities.sleep does: nothing by default; tests may advance a fake clock or interleave work. */
  const sleeper: { onSleep: ((ms: number) => void) | null } = { onSleep: null };

  function currentSpreadsheet(): SpreadsheetDouble | null {
    if (ledger.context === 'time-trigger' && !activeInTriggers) return null;
    return active;
  }

  const spreadsheetApp = {
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    DeveloperMetadataLocationType: { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' },
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    BooleanCriteria: Object.fromEntries(
      ['CELL_EMPTY', 'TEXT_EQUAL_TO', 'TEXT_CONTAINS', 'CUSTOM_FORMULA', 'NUMBER_LESS_THAN', 'NUMBER_BETWEEN'].map((k) => [k, k]),
    ),
    getUi() {
      if (ledger.context === 'time-trigger') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return countedUi;
    },
    getActiveSpreadsheet() {
      return currentSpreadsheet();
    },
    getActive() {
      return currentSpreadsheet();
    },
    getActiveSheet() {
      return currentSpreadsheet()?.getActiveSheet() ?? null;
    },
    getActiveRange() {
      return currentSpreadsheet()?.getActiveRange() ?? null;
    },
    openById(id: string) {
      const found = world.spreadsheets.get(id);
      if (!found) throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
      return found;
    },
    flush() {},
    newConditionalFormatRule() {
      return ConditionalFormatRuleBuilderDouble.create(ledger);
    },
  };

  const charts = {
    ChartType: Object.fromEntries(CHART_TYPES.map((t) => [t, t])),
    Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE', LEFT: 'LEFT', IN: 'IN' },
    ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
    ChartHiddenDimensionStrategy: {
      IGNORE_BOTH: 'IGNORE_BOTH',
      IGNORE_ROWS: 'IGNORE_ROWS',
      IGNORE_COLUMNS: 'IGNORE_COLUMNS',
      SHOW_BOTH: 'SHOW_BOTH',
    },
    PointStyle: { NONE: 'NONE', TINY: 'TINY', MEDIUM: 'MEDIUM', LARGE: 'LARGE', HUGE: 'HUGE' },
    CurveStyle: { NORMAL: 'NORMAL', SMOOTH: 'SMOOTH' },
  };

  const logged: string[] = [];
  const globals: Record<string, unknown> = {
    SpreadsheetApp: counted(spreadsheetApp, 'SpreadsheetApp', ledger, new Set(['getUi'])),
    Charts: charts,
    LockService: counted(lock, 'LockService', ledger),
    PropertiesService: counted(properties, 'PropertiesService', ledger),
    ScriptApp: counted(script, 'ScriptApp', ledger),
    HtmlService: counted(html, 'HtmlService', ledger),
    Session: counted(session, 'Session', ledger, SESSION_WITHOUT_AUTH),
    MailApp: counted(mail, 'MailApp', ledger),
    Logger: { log: (...args: unknown[]) => logged.push(args.map(String).join(' ')) },
    Utilities: {
      formatDate: (date: Date, _tz: string, _format: string) => date.toISOString(),
      sleep: (ms: number) => sleeper.onSleep?.(ms),
    },
  };

  return {
    ledger,
    ui,
    lock,
    properties,
    script,
    session,
    html,
    mail,
    sleeper,
    globals,
    logged,
    get spreadsheet(): SpreadsheetDouble {
      if (!active) throw new Error('No active spreadsheet in the double.');
      return active;
    },
    /** A second spreadsheet, made active (for multi-document trigger tests). */
    openNewSpreadsheet(id: string, name = 'Other'): SpreadsheetDouble {
      active = SpreadsheetDouble.create(world, id, name, timeZone);
      return active;
    },
    activate(spreadsheet: SpreadsheetDouble): void {
      active = spreadsheet;
    },
    /** Puts the services on `target` (globalThis by default); returns a function that removes them. */
    install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
      const previous = new Map<string, unknown>();
      for (const [k, v] of Object.entries(globals)) {
        previous.set(k, target[k]);
        target[k] = v;
      }
      return () => {
        for (const [k, v] of previous) {
          if (v === undefined) delete target[k];
          else target[k] = v;
        }
      };
    },
    /** Runs `fn` in an authorisation mode (restoring FULL afterwards). */
    as<T>(mode: AuthModeName, fn: () => T): T {
      const before = ledger.authMode;
      ledger.authMode = mode;
      try {
        return fn();
      } finally {
        ledger.authMode = before;
      }
    },
    /** Fires an installable change trigger: like a time-driven run, there is no Ui to show anything in. */
    fireChangeTrigger<T>(trigger: TriggerDouble | { getUniqueId(): string }, handler: (e: unknown) => T, changeType = 'EDIT'): T {
      const before = ledger.context;
      ledger.context = 'time-trigger';
      try {
        return handler({ authMode: 'FULL', triggerUid: trigger.getUniqueId(), changeType, user: { getEmail: () => session._email } });
      } finally {
        ledger.context = before;
      }
    },
    /** Fires a time-driven trigger: no Ui, the handler gets the event object Apps Script passes. */
    fireTimeTrigger<T>(trigger: TriggerDouble | { getUniqueId(): string }, handler: (e: unknown) => T): T {
      const before = ledger.context;
      ledger.context = 'time-trigger';
      try {
        const now = new Date();
        return handler({
          authMode: 'FULL',
          triggerUid: trigger.getUniqueId(),
          year: now.getUTCFullYear(),
          month: now.getUTCMonth() + 1,
          'day-of-month': now.getUTCDate(),
          hour: now.getUTCHours(),
          minute: now.getUTCMinutes(),
          second: now.getUTCSeconds(),
          timezone: 'UTC',
        });
      } finally {
        ledger.context = before;
      }
    },
  };
}

export type AppsScriptDouble = ReturnType<typeof createDouble>;
