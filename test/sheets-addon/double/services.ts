/** LockService, PropertiesService, ScriptApp (triggers), Session and the Ui with its menus and dialogs. */
import { counted, type Ledger } from './ledger';
import type { HtmlOutputDouble } from './html';
import { SpreadsheetTriggerBuilderDouble } from './spreadsheet-triggers';

// ---------- LockService ----------

/** One lock per scope; `heldElsewhere` simulates another execution holding it. */
export class LockState {
  heldElsewhere = false;
  heldByUs = false;
  /** Timeouts asked for, in order, to check that the add-on waits a sensible time. */
  readonly requestedTimeouts: number[] = [];
  acquisitions = 0;
}

export class LockDouble {
  constructor(readonly _state: LockState) {}

  tryLock(timeoutInMillis: number): boolean {
    this._state.requestedTimeouts.push(timeoutInMillis);
    if (this._state.heldElsewhere) return false;
    this._state.heldByUs = true;
    this._state.acquisitions++;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this._state.heldByUs;
  }
  releaseLock(): void {
    this._state.heldByUs = false;
  }
}

export class LockServiceDouble {
  readonly document = new LockState();
  readonly script = new LockState();
  readonly user = new LockState();
  constructor(readonly _ledger: Ledger) {}

  getDocumentLock(): LockDouble {
    return counted(new LockDouble(this.document), 'Lock', this._ledger);
  }
  getScriptLock(): LockDouble {
    return counted(new LockDouble(this.script), 'Lock', this._ledger);
  }
  getUserLock(): LockDouble {
    return counted(new LockDouble(this.user), 'Lock', this._ledger);
  }
}

// ---------- PropertiesService ----------

export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;

export class PropertiesDouble {
  constructor(readonly _store: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this._store.get(key) ?? null;
  }
  setProperty(key: string, value: unknown): PropertiesDouble {
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_PROPERTY_VALUE_BYTES) throw new Error('Argument too large: value');
    this._store.set(key, text);
    return this;
  }
  deleteProperty(key: string): PropertiesDouble {
    this._store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  setProperties(properties: Record<string, unknown>): PropertiesDouble {
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  deleteAllProperties(): PropertiesDouble {
    this._store.clear();
    return this;
  }
}

export class PropertiesServiceDouble {
  readonly document = new Map<string, string>();
  readonly user = new Map<string, string>();
  readonly script = new Map<string, string>();
  constructor(readonly _ledger: Ledger) {}

  getDocumentProperties(): PropertiesDouble {
    return counted(new PropertiesDouble(this.document), 'Properties', this._ledger);
  }
  getUserProperties(): PropertiesDouble {
    return counted(new PropertiesDouble(this.user), 'Properties', this._ledger);
  }
  getScriptProperties(): PropertiesDouble {
    return counted(new PropertiesDouble(this.script), 'Properties', this._ledger);
  }
}

// ---------- ScriptApp ----------

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  /** The document the add-on trigger belongs to (the active one when created). */
  documentId: string | null;
  everyHours: number | null;
}

export class TriggerDouble {
  constructor(readonly _record: TriggerRecord) {}
  getUniqueId(): string {
    return this._record.id;
  }
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getEventType(): string {
    return this._record.eventType;
  }
  getTriggerSource(): string {
    return this._record.source;
  }
  getTriggerSourceId(): string {
    return this._record.documentId ?? '';
  }
}

const ALLOWED_EVERY_HOURS = [1, 2, 4, 6, 8, 12];

export class ClockTriggerBuilderDouble {
  _everyHours: number | null = null;
  constructor(
    readonly _app: ScriptAppDouble,
    readonly _handler: string,
  ) {}

  everyHours(n: number): ClockTriggerBuilderDouble {
    if (!ALLOWED_EVERY_HOURS.includes(n)) throw new Error(`Invalid argument: everyHours(${n}). Use 1, 2, 4, 6, 8 or 12.`);
    this._everyHours = n;
    return this;
  }
  everyMinutes(_n: number): ClockTriggerBuilderDouble {
    // Add-on time-driven triggers may not run more often than hourly.
    throw new Error('Add-ons can not create time-based triggers that run more frequently than once per hour.');
  }
  everyDays(_n: number): ClockTriggerBuilderDouble {
    this._everyHours = 24;
    return this;
  }
  create(): TriggerDouble {
    if (this._everyHours === null) throw new Error('The trigger needs a schedule (everyHours, everyDays, …).');
    return this._app._add({ handler: this._handler, eventType: 'CLOCK', source: 'CLOCK', everyHours: this._everyHours });
  }
}

export class TriggerBuilderDouble {
  constructor(
    readonly _app: ScriptAppDouble,
    readonly _handler: string,
  ) {}
  timeBased(): ClockTriggerBuilderDouble {
    return counted(new ClockTriggerBuilderDouble(this._app, this._handler), 'ClockTriggerBuilder', this._app._ledger);
  }
  forSpreadsheet(spreadsheet: { _id?: string; getId(): string }): SpreadsheetTriggerBuilderDouble {
    const id = spreadsheet._id ?? spreadsheet.getId();
    return counted(new SpreadsheetTriggerBuilderDouble(this._app, this._handler, id), 'SpreadsheetTriggerBuilder', this._app._ledger);
  }
}

export class ScriptAppDouble {
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  readonly EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE' };
  readonly TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK' };
  readonly triggers: TriggerRecord[] = [];
  _counter = 0;

  constructor(
    readonly _ledger: Ledger,
    readonly _activeDocumentId: () => string | null,
  ) {}

  newTrigger(functionName: string): TriggerBuilderDouble {
    if (typeof functionName !== 'string' || functionName === '') throw new Error('Invalid argument: functionName');
    return counted(new TriggerBuilderDouble(this, functionName), 'TriggerBuilder', this._ledger);
  }
  getProjectTriggers(): TriggerDouble[] {
    return this.triggers.map((t) => this._wrap(t));
  }
  getUserTriggers(spreadsheet: { _id?: string; getId(): string }): TriggerDouble[] {
    const id = spreadsheet._id ?? spreadsheet.getId();
    return this.triggers.filter((t) => t.documentId === id).map((t) => this._wrap(t));
  }
  deleteTrigger(trigger: TriggerDouble): void {
    const i = this.triggers.findIndex((t) => t.id === trigger.getUniqueId());
    if (i >= 0) this.triggers.splice(i, 1);
  }
  getAuthorizationInfo(_mode: unknown): { getAuthorizationStatus(): string; getAuthorizationUrl(): string | null } {
    return { getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null };
  }

  _add(partial: Omit<TriggerRecord, 'id' | 'documentId'>): TriggerDouble {
    const documentId = this._activeDocumentId();
    // Editor add-ons get one trigger of each type per user per document.
    if (this.triggers.some((t) => t.documentId === documentId && t.eventType === partial.eventType)) {
      throw new Error('This add-on has created too many time-based triggers in this document for this Google user account.');
    }
    const record: TriggerRecord = { ...partial, id: `trigger-${++this._counter}`, documentId };
    this.triggers.push(record);
    return this._wrap(record);
  }

  _wrap(record: TriggerRecord): TriggerDouble {
    return counted(new TriggerDouble(record), 'Trigger', this._ledger);
  }
}

// ---------- Session ----------

export class SessionDouble {
  constructor(
    public _email: string,
    readonly _timeZone: string,
    public _userLocale = 'en',
  ) {}
  getActiveUser(): { getEmail(): string } {
    const email = this._email;
    return { getEmail: () => email };
  }
  getEffectiveUser(): { getEmail(): string } {
    const email = this._email;
    return { getEmail: () => email };
  }
  getScriptTimeZone(): string {
    return this._timeZone;
  }
  getActiveUserLocale(): string {
    return this._userLocale;
  }
}

// ---------- Ui ----------

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { submenu: MenuDouble };

export class MenuDouble {
  readonly entries: MenuEntry[] = [];
  constructor(
    readonly _ui: UiDouble,
    readonly caption: string,
  ) {}

  addItem(caption: string, functionName: string): MenuDouble {
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      throw new Error(`Invalid argument: functionName (${String(functionName)})`);
    }
    this.entries.push({ caption, functionName });
    return this;
  }
  addSeparator(): MenuDouble {
    this.entries.push({ separator: true });
    return this;
  }
  addSubMenu(menu: MenuDouble): MenuDouble {
    this.entries.push({ submenu: menu });
    return this;
  }
  addToUi(): void {
    this._ui.menus.push(this);
  }
}

export interface UiEvent {
  kind: 'alert' | 'sidebar' | 'modal' | 'modeless' | 'prompt';
  title: string;
  message: string;
  html?: HtmlOutputDouble;
}

export class UiDouble {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly menus: MenuDouble[] = [];
  readonly events: UiEvent[] = [];
  /** What the next alert with buttons answers. */
  nextAnswer = 'OK';

  constructor(readonly _ledger: Ledger) {}

  createAddonMenu(): MenuDouble {
    return counted(new MenuDouble(this, '(add-on)'), 'Menu', this._ledger, MENU_WITHOUT_AUTH);
  }
  createMenu(caption: string): MenuDouble {
    return counted(new MenuDouble(this, caption), 'Menu', this._ledger, MENU_WITHOUT_AUTH);
  }
  alert(a: string, b?: unknown, c?: unknown): string {
    const [title, message] = b === undefined || typeof b !== 'string' ? ['', a] : [a, b];
    this.events.push({ kind: 'alert', title, message });
    return b === undefined || (typeof b !== 'string' && c === undefined) ? 'OK' : this.nextAnswer;
  }
  showSidebar(html: HtmlOutputDouble): void {
    this.events.push({ kind: 'sidebar', title: html._title, message: '', html });
  }
  showModalDialog(html: HtmlOutputDouble, title: string): void {
    this.events.push({ kind: 'modal', title, message: '', html });
  }
  showModelessDialog(html: HtmlOutputDouble, title: string): void {
    this.events.push({ kind: 'modeless', title, message: '', html });
  }

  /** Menu items of the add-on menu, flattened, as { caption, functionName }. */
  _items(): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (menu: MenuDouble) => {
      for (const e of menu.entries) {
        if ('functionName' in e) out.push(e);
        else if ('submenu' in e) walk(e.submenu);
      }
    };
    this.menus.forEach(walk);
    return out;
  }
}

const MENU_WITHOUT_AUTH = new Set(['addItem', 'addSeparator', 'addSubMenu', 'addToUi']);
export const UI_WITHOUT_AUTH = new Set(['createAddonMenu', 'createMenu']);
/**
 * Session.getActiveUserLocale needs no authorisation scope (Google's Session reference lists
 * scopes for getActiveUser and getEffectiveUser only), so it answers in AuthMode.NONE.
 */
export const SESSION_WITHOUT_AUTH = new Set(['getActiveUserLocale']);
