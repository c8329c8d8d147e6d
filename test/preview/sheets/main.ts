/**
 * The Sheets preview: a spreadsheet held by the project's Apps Script double, running the
 * add-on's built Code.js. On load it does what a new user does first, through the add-on's own
 * functions: the menu (onOpen), Insert sample OKRs, Build cascade, Build dashboard, then opens
 * the Validate and Check-in sidebars. Every figure on the page comes from Code.js.
 *
 * `?lang=ru` runs the same first visit as a Russian user in a spreadsheet whose locale is
 * ru_RU (the switch in the header reloads the page with it), so the add-on's menu, sidebars,
 * written sheets and charts appear in Russian by the add-on's own language rule.
 */
import { AppsScriptHost } from './appsScriptHost';
import { setNumberLocale } from './numberFormat';
import { CHROME, localesFor, pageLanguage, type PageLanguage } from './pageLanguage';
import { Workbook } from './workbook';

/** The add-on's functions a first visit runs, in order (each one execution, as a menu click is). */
export const FIRST_VISIT = ['insertSampleOkrs', 'buildCascadeSheet', 'buildDashboardSheet', 'showValidateSidebar', 'showCheckInSidebar'];

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id} element.`);
  return found;
}

/** Code.js runs after the services exist, as Apps Script loads a project into a world that has them. */
function loadCodeJs(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/sheets/Code.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('GET /sheets/Code.js failed: build the add-on with `npm run build:sheets`.'));
    document.body.append(script);
  });
}

/** The header's English / Русский switch: a link that reloads the first visit in the other language. */
function renderLanguageSwitch(lang: PageLanguage): void {
  const words = CHROME[lang];
  document.documentElement.lang = lang;
  document.title = words.title;
  element('about').textContent = words.about;
  const nav = element('language');
  nav.setAttribute('aria-label', words.switchTo);
  const links = (['en', 'ru'] as const).map((code) => {
    const link = document.createElement('a');
    link.href = `?lang=${code}`;
    link.lang = code;
    link.textContent = code === 'en' ? 'English' : 'Русский';
    if (code === lang) link.setAttribute('aria-current', 'true');
    return link;
  });
  nav.replaceChildren(links[0], document.createTextNode(' / '), links[1]);
}

async function main(): Promise<void> {
  const grid = element('sheet');
  const lang = pageLanguage();
  try {
    renderLanguageSwitch(lang);
    setNumberLocale(lang === 'ru' ? 'ru-RU' : 'en-US');
    const host = await AppsScriptHost.start(localesFor(lang));
    await loadCodeJs();
    const workbook = new Workbook(host, {
      menu: element('menubar'),
      grid,
      tabs: element('tabs'),
      dock: element('sidebar-dock'),
      toast: element('toast'),
      dialogs: element('dialogs'),
      cellName: element('cell-name'),
      formula: element('formula-bar-text'),
    }, CHROME[lang]);
    // The add-on menu is built by a simple trigger, before the user has authorised anything.
    const opened = host.execute('onOpen', [{ authMode: 'NONE' }], 'NONE');
    if (opened.error) throw opened.error;
    workbook.renderMenu();
    for (const name of FIRST_VISIT) {
      const result = workbook.run(name);
      if (result.error) throw result.error;
    }
    workbook.render();
    (window as unknown as { alignedPreview: unknown }).alignedPreview = { host, workbook };
    document.body.dataset.ready = 'true';
  } catch (error) {
    console.error(error);
    const message = document.createElement('pre');
    message.setAttribute('role', 'alert');
    message.textContent = `The Sheets preview could not start: ${error instanceof Error ? error.message : String(error)}`;
    grid.replaceChildren(message);
    document.body.dataset.ready = 'error';
  }
}

void main();
