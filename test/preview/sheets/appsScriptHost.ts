/**
 * Apps Script, as far as the page needs it: the project's Apps Script double
 * (test/sheets-addon/double, bundled for the browser) installed on `window` under the add-on's
 * built Code.js, whose top-level functions are window globals as they are globals of the
 * script project. Every call of an add-on function is one "execution": what it asked the Ui
 * to show (alerts, sidebars, dialogs) and the toasts it left are handed to the page after it.
 */
import { createDouble, type AppsScriptDouble, type HtmlOutputDouble } from '../../sheets-addon/double/index';
import { preloadFiles } from './node-shims/fs';

/** Where the double's HtmlService reads NAME.html: the add-on's built HTML, served from sheets-addon/dist. */
export const HTML_DIR = '/sheets';

export type UiShown =
  | { kind: 'alert'; title: string; message: string }
  | { kind: 'sidebar' | 'modal' | 'modeless'; title: string; html: HtmlOutputDouble };

/** One execution: what it returned or threw, and what it showed meanwhile. */
export interface ExecutionResult {
  value?: unknown;
  /** Set when the function threw: Apps Script reports it to the caller (a banner, or a failure handler). */
  error?: Error;
  shown: UiShown[];
  toasts: { message: string; title: string }[];
}

type AddonFunction = (...args: unknown[]) => unknown;

export class AppsScriptHost {
  readonly gas: AppsScriptDouble;
  private seenEvents = 0;
  private seenToasts = 0;

  private constructor(gas: AppsScriptDouble) {
    this.gas = gas;
  }

  /** Fetches the add-on's HTML files, builds the double in UTC and installs its services on `window`. */
  static async start(locales: { locale: string; userLocale: string } = { locale: 'en_GB', userLocale: 'en' }): Promise<AppsScriptHost> {
    const names = (await fetchJson('/sheets-html.json')) as string[];
    const files = await Promise.all(
      names.map(async (name): Promise<[string, string]> => [`${HTML_DIR}/${name}`, await fetchText(`${HTML_DIR}/${encodeURIComponent(name)}`)])
    );
    preloadFiles(files);
    const gas = createDouble({ htmlDir: HTML_DIR, timeZone: 'UTC', spreadsheetName: 'ABC OKRs', userEmail: 'preview@example.com', ...locales });
    // A new spreadsheet's first sheet is named in its creator's language ("Лист1" in Russian).
    if (locales.userLocale === 'ru') gas.spreadsheet.getSheetByName('Sheet1')?.setName('Лист1');
    gas.install(window as unknown as Record<string, unknown>);
    return new AppsScriptHost(gas);
  }

  get spreadsheet() {
    return this.gas.spreadsheet;
  }

  /** The add-on's global function `name` from Code.js; a missing one is a build problem, said plainly. */
  addonFunction(name: string): AddonFunction {
    const fn = (window as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      throw new Error(`sheets-addon/dist/Code.js defines no global function ${name}: rebuild the add-on with \`npm run build:sheets\`.`);
    }
    return fn as AddonFunction;
  }

  /** Runs one add-on function as one execution (optionally in an authorisation mode, as onOpen runs). */
  execute(name: string, args: unknown[] = [], authMode?: 'NONE' | 'LIMITED' | 'FULL'): ExecutionResult {
    let value: unknown;
    let error: Error | undefined;
    try {
      const fn = this.addonFunction(name);
      const run = () => fn(...args);
      value = authMode ? this.gas.as(authMode, run) : run();
    } catch (thrown) {
      error = thrown instanceof Error ? thrown : new Error(String(thrown));
    }
    // What the execution showed is shown even when it then threw.
    return { value, error, ...this.collect() };
  }

  private collect(): Pick<ExecutionResult, 'shown' | 'toasts'> {
    const events = this.gas.ui.events.slice(this.seenEvents);
    this.seenEvents = this.gas.ui.events.length;
    const toasts = this.spreadsheet._toasts.slice(this.seenToasts);
    this.seenToasts = this.spreadsheet._toasts.length;
    const shown: UiShown[] = events.map((event) =>
      event.kind === 'alert' || event.kind === 'prompt' || !event.html
        ? { kind: 'alert', title: event.title, message: event.message }
        : { kind: event.kind, title: event.title, html: event.html }
    );
    return { shown, toasts: [...toasts] };
  }

  /** The add-on menu as onOpen built it: captions, function names and separators. */
  menuEntries(): ({ caption: string; functionName: string } | { separator: true })[] {
    const out: ({ caption: string; functionName: string } | { separator: true })[] = [];
    for (const menu of this.gas.ui.menus) {
      for (const entry of menu.entries) {
        if ('functionName' in entry) out.push({ caption: entry.caption, functionName: entry.functionName });
        else if ('separator' in entry) out.push({ separator: true });
      }
    }
    return out;
  }
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
  return response.text();
}

async function fetchJson(url: string): Promise<unknown> {
  return JSON.parse(await fetchText(url)) as unknown;
}
