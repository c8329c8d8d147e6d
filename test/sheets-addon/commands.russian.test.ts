/**
 * The built dist/Code.js in Russian: a spreadsheet whose locale is ru_RU (or a document whose
 * add-on language is set to Russian) gets its menu, sidebars, alerts, toasts and the sheets the
 * add-on writes in Russian, with no English word of the add-on's catalogue; switching language
 * loses and duplicates nothing; the document's choice wins over the locale for commands and UI,
 * while the custom functions keep following the locale.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_ENTRIES } from '../../sheets-addon/src/commands/menu';
import { EN } from '../../sheets-addon/src/i18n/en';
import { RU } from '../../sheets-addon/src/i18n/ru';
import { CODE_JS, DIST_DIR, ensureBuilt } from '../../sheets-addon/build/sandbox';
import { createDouble, type AppsScriptDouble } from './double/index';
import { englishWordsIn } from './english-words';
import { putTable } from './double/fixtures';

const dist = DIST_DIR;

let code = '';
beforeAll(() => {
  ensureBuilt();
  code = readFileSync(CODE_JS, 'utf8');
});

type Globals = Record<string, (...args: unknown[]) => unknown>;

function load(options: { locale?: string; userLocale?: string } = {}): { gas: AppsScriptDouble; g: Globals } {
  const context = vm.createContext({ console });
  const DateType = vm.runInContext('Date', context) as DateConstructor;
  const gas = createDouble({ htmlDir: dist, DateType, ...options });
  Object.assign(context, gas.globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { gas, g: context as unknown as Globals };
}

const captions = (text: typeof EN) => MENU_ENTRIES.filter((e) => e !== null).map((e) => text[e![0]]);
const alerts = (gas: AppsScriptDouble) => gas.ui.events.filter((e) => e.kind === 'alert');
const texts = (rows: unknown[][]) => rows.flat().filter((v): v is string => typeof v === 'string');

/** What a person reads in a page: the text outside <script> and <style>, and the words the script shows (the #script-words data attributes). */
function readableText(html: string): string {
  const wordsTag = /<div id="script-words"[^>]*>/.exec(html)?.[0] ?? '';
  const scriptWords = [...wordsTag.matchAll(/data-[a-z-]+="([^"]*)"/g)].map((m) => m[1]);
  const body = html
    .replace(/<script[^]*?<\/script>/g, ' ')
    .replace(/<style[^]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;|&#39;|&lt;|&gt;|&amp;/g, ' ');
  return `${body} ${scriptWords.join(' ')}`;
}

describe('Code.js in a Russian spreadsheet (locale ru_RU)', () => {
  it('builds the menu in Russian; in AuthMode.NONE from the user\'s own language', () => {
    let { gas, g } = load({ locale: 'ru_RU' });
    g.onOpen({ authMode: 'LIMITED' });
    expect(gas.ui._items().map((i) => i.caption)).toEqual(captions(RU));

    ({ gas, g } = load({ locale: 'ru_RU', userLocale: 'ru' }));
    gas.as('NONE', () => g.onOpen({ authMode: 'NONE' }));
    expect(gas.ledger.denied).toEqual([]);
    expect(gas.ui._items().map((i) => i.caption)).toEqual(captions(RU));

    // NONE may not read the spreadsheet: an English-speaking user sees English until the file is used.
    ({ gas, g } = load({ locale: 'ru_RU', userLocale: 'en-GB' }));
    gas.as('NONE', () => g.onOpen({ authMode: 'NONE' }));
    expect(gas.ui._items().map((i) => i.caption)).toEqual(captions(EN));
  });

  it('writes the sample, the cascade, the dashboard and the check-in log in Russian', () => {
    const { gas, g } = load({ locale: 'ru_RU' });
    g.insertSampleOkrs();
    expect(gas.spreadsheet._toasts.at(-1)!.message).toMatch(/^Пример OKR компании ABC — на листе «OKRs»/);
    const sample = gas.spreadsheet.getSheetByName('OKRs')!.getDataRange().getValues();
    expect(sample[0]).toContain('Название');
    expect(sample[0]).toContain('План');

    g.buildCascadeSheet();
    expect(alerts(gas)).toEqual([]);
    const cascade = gas.spreadsheet.getSheetByName(RU.sCascade)!;
    expect(cascade).toBeTruthy();
    const rows = cascade.getDataRange().getValues();
    expect(rows[0]).toEqual(RU.cascadeHeader);
    // Every word the add-on or the core wrote (status, type, explanation, coverage) is Russian.
    // (ID, Title and Owner are the user's text.)
    for (const text of texts(rows.map((r) => r.filter((_, c) => c !== 1 && c !== 3 && c !== 4)))) expect(englishWordsIn(text), text).toEqual([]);
    expect(rows.slice(1).map((r) => r[11])).toContain('По плану');
    // Level, Type, Kind and Status are the add-on's words for the reader's codes: Cyrillic, never a code.
    for (const row of rows.slice(1)) for (const c of [0, 2, 5, 11]) expect(String(row[c]), `column ${c}`).toMatch(/^([А-ЯЁа-яё .]+|KPI|)$/);
    const toast = gas.spreadsheet._toasts.at(-1)!.message;
    expect(toast).toContain(`Каскад OKR: лист «${RU.sCascade}» обновлён`);

    g.buildDashboardSheet();
    expect(alerts(gas)).toEqual([]);
    const dashboard = gas.spreadsheet.getSheetByName(RU.sDashboard)!;
    for (const text of texts(dashboard.getDataRange().getValues())) expect(englishWordsIn(text), text).toEqual([]);
    const titles = dashboard.getCharts().map((c) => String(c._spec.options.title));
    expect(titles.slice(0, 3)).toEqual([RU.dByObjective, RU.dByStatus(RU.dKeyResults), RU.dCascade]);
    for (const title of titles) expect(englishWordsIn(title), title).toEqual([]);

    const log = gas.spreadsheet.getSheetByName(RU.sCheckIns)!;
    expect(log.getDataRange().getValues()[0]).toEqual(RU.checkInHeader);
    const before = log.getLastRow();
    const result = g.recordCheckIn({ id: 'MISSION-KR1', value: '900 000', confidence: '8', comment: 'рывок' }) as { message: string };
    expect(result.message).toMatch(/^Записано 900\s000 для MISSION-KR1/);
    expect(log.getLastRow()).toBe(before + 1);
    expect(englishWordsIn(result.message)).toEqual([]);
  });

  it('shows the sidebars in Russian, with the counts in their Russian forms', () => {
    const { gas, g } = load({ locale: 'ru_RU' });
    g.insertSampleOkrs();
    for (const command of ['showCheckInSidebar', 'showValidateSidebar', 'showMapColumnsSidebar', 'showAutomationsSidebar', 'showLanguageDialog']) {
      gas.ui.events.length = 0;
      g[command]();
      expect(alerts(gas), command).toEqual([]);
      const page = gas.ui.events.find((e) => e.kind === 'sidebar' || e.kind === 'modal')!;
      expect(page.title, command).toMatch(/^Aligned: [а-яё]/);
      const text = readableText(page.html!.getContent());
      expect(englishWordsIn(text), command).toEqual([]);
      expect(text, command).toMatch(/[а-яё]{4}/);
    }
  });

  it('shows what the reader understood and asks its questions in Russian, reading decimal commas by the spreadsheet locale', () => {
    const { gas, g } = load({ locale: 'ru_RU' });
    // A sheet without any OKR header: the refusal says what it lacked in Russian, with the Russian menu path.
    putTable(gas, 'Бюджет', [['Месяц', 'Расход'], ['Январь', 10]]);
    g.buildCascadeSheet();
    const refusal = alerts(gas)[0].message;
    expect(refusal).toContain("'Бюджет': нет заголовка");
    // Sheet names are the user's (this double's first sheet is 'Sheet1'); the words around them are Russian.
    expect(englishWordsIn(refusal.replace(/'[^']*'/g, ''))).toEqual([]);
    expect(refusal).not.toMatch(/No header|Which|Use Extensions/);

    // English headers (so only the spreadsheet's locale can tell), the current value typed as text with a decimal comma.
    putTable(gas, 'Цели', [
      ['ID', 'Title', 'Kind', 'Baseline', 'Target', 'Current', 'Start', 'End'],
      ['KR1', 'Выручка', 'increase', 0, 10, '2,5', '01.01.2026', '31.12.2026'],
    ]);
    gas.ui.events.length = 0;
    g.showValidateSidebar();
    const html = gas.ui.events.find((e) => e.kind === 'sidebar')!.html!.getContent();
    const understood = /<p class="understood">([^<]*)<\/p>/.exec(html)![1];
    expect(understood).toMatch(/[а-яё]{4}/);
    expect(understood).not.toMatch(/\bRead\b|\brows?\b/);
    g.buildCascadeSheet();
    const cascade = gas.spreadsheet.getSheets().find((sh) => sh.getDeveloperMetadata().length > 0 && sh.getDataRange().getValues().some((r) => r.includes('KR1')))!;
    const row = cascade.getDataRange().getValues().find((r) => r.includes('KR1'))!;
    // 2,5 of 10 from 0 is 25 %: the comma was read as the decimal mark (as "2.5", never as 25).
    expect(row.filter((v) => v === 0.25).length).toBeGreaterThan(0);
  });

  it('says refusals in Russian (alerts, check-in errors, Validate\'s cell jumps)', () => {
    const { gas, g } = load({ locale: 'ru_RU' });
    g.buildCascadeSheet();
    expect(alerts(gas)[0].title).toBe('Aligned OKRs');
    expect(alerts(gas)[0].message).toMatch(/^Лист OKR не найден/);
    expect(alerts(gas)[0].message).toContain('Расширения ▸ Aligned OKRs ▸ Сопоставить столбцы…');
    g.insertSampleOkrs();
    expect(() => g.recordCheckIn({ id: 'MISSION-KR1', value: '' })).toThrow(/^Значение: ожидалось новое значение ключевого результата, поле пустое/);
    expect(() => g.recordCheckIn({ id: 'NOPE', value: '5' })).toThrow(/^Ключевого результата «NOPE» больше нет на листе/);
    expect(() => g.selectCell('nonsense')).toThrow(/^Ожидался адрес ячейки вроде 'Лист1'!B7, найдено/);
  });
});

describe('switching language', () => {
  it('rebuilds the same sheets in place: nothing lost, nothing duplicated, the log keeps every row', () => {
    const { gas, g } = load({ locale: 'en_GB' });
    g.insertSampleOkrs();
    g.buildCascadeSheet();
    g.buildDashboardSheet();
    g.recordCheckIn({ id: 'MISSION-KR1', value: '800,000' });
    const ids = () => gas.spreadsheet.getSheets().map((s) => s.getSheetId()).sort();
    const before = ids();
    const logRows = gas.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues();

    g.setAddonLanguage('ru');
    g.buildCascadeSheet();
    g.buildDashboardSheet();
    g.recordCheckIn({ id: 'MISSION-KR1', value: '850 000' });
    expect(alerts(gas)).toEqual([]);
    expect(ids()).toEqual(before);
    expect(gas.spreadsheet.getSheetByName(RU.sCascade)!.getDataRange().getValues()[0]).toEqual(RU.cascadeHeader);
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).toBeNull();
    // The log written in English is read back in Russian: every earlier row is still there, one more below.
    const log = gas.spreadsheet.getSheetByName(RU.sCheckIns)!.getDataRange().getValues();
    expect(log.slice(0, logRows.length)).toEqual(logRows);
    expect(log).toHaveLength(logRows.length + 1);
    // …and the dashboard's trend charts still read every check-in of the log.
    const lines = gas.spreadsheet.getSheetByName(RU.sDashboard)!.getCharts().filter((c) => c._spec.type === 'LINE');
    expect(lines).toHaveLength(4);

    g.setAddonLanguage('auto');
    g.buildCascadeSheet();
    expect(ids()).toEqual(before);
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues()[0]).toEqual(EN.cascadeHeader);
  });

  it('keeps a name the user gave an add-on sheet', () => {
    const { gas, g } = load({ locale: 'en_GB' });
    g.insertSampleOkrs();
    g.buildCascadeSheet();
    gas.spreadsheet.getSheetByName('OKR Cascade')!.setName('Board view');
    g.setAddonLanguage('ru');
    g.buildCascadeSheet();
    expect(gas.spreadsheet.getSheetByName('Board view')!.getDataRange().getValues()[0]).toEqual(RU.cascadeHeader);
    expect(gas.spreadsheet.getSheetByName(RU.sCascade)).toBeNull();
  });
});

describe("the document's choice", () => {
  it('wins over the spreadsheet locale for the menu, commands and sidebars', () => {
    const { gas, g } = load({ locale: 'ru_RU' });
    g.setAddonLanguage('en');
    gas.ui.menus.length = 0;
    g.onOpen({ authMode: 'FULL' });
    expect(gas.ui._items().map((i) => i.caption)).toEqual(captions(EN));
    g.insertSampleOkrs();
    g.buildCascadeSheet();
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues()[0]).toEqual(EN.cascadeHeader);

    const english = load({ locale: 'en_US' });
    english.g.setAddonLanguage('ru');
    english.gas.ui.menus.length = 0;
    english.g.onOpen({ authMode: 'LIMITED' });
    expect(english.gas.ui._items().map((i) => i.caption)).toEqual(captions(RU));
  });

  it('does not change the custom functions: they follow the spreadsheet locale', () => {
    const { g } = load({ locale: 'ru_RU' });
    g.setAddonLanguage('en');
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(g.OKR_STATUS(0.45, day('2026-01-01'), day('2026-12-31'), day('2026-07-02'))).toBe('По плану');
  });

  it('refuses anything but auto, en or ru, and saves nothing', () => {
    const { gas, g } = load({ locale: 'ru_RU' });
    expect(() => g.setAddonLanguage('de')).toThrow(/^Язык: ожидался английский, русский или язык таблицы, найдено "de"/);
    expect(gas.properties.document.has('aligned.language')).toBe(false);
  });
});
