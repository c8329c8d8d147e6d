/**
 * The Sheets page in Russian (/sheets.html?lang=ru: a Russian user, spreadsheet locale ru_RU)
 * in headless Chromium: the same built Code.js follows its language rule, so the menu, the
 * sidebars, the sheets it writes and their charts are Russian. Asserts that what a person reads
 * has no English word of the add-on's catalogue, that the language switch reloads the demo in
 * the other language, and that nothing is clipped where Russian words are longer (the menu,
 * the sidebar tabs, the chart titles). Screenshots of the cascade, the dashboard and a sidebar
 * go to test-results/ (the Sheets page has only a light theme, as Google Sheets on the web).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MENU_ENTRIES } from '../../sheets-addon/src/commands/menu';
import { RU } from '../../sheets-addon/src/i18n/ru';
import { englishWordsIn } from '../sheets-addon/english-words';
import { openPage, screenshotPath, startPreview, type Preview } from './harness';

let preview: Preview;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  preview = await startPreview();
  page = await openPage(preview, '/sheets.html?lang=ru');
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setViewportSize({ width: 1440, height: 900 });
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForFunction((sheet) => document.querySelector('.sheet-area')?.getAttribute('data-sheet') === sheet, name);
}

/** Text a person reads on the page and in every open sidebar (the user's sample data aside, which is Russian too). */
async function readableText(): Promise<string> {
  const parts = [await page.locator('body').innerText()];
  for (const frame of page.frames()) {
    // A hidden sidebar is not read (and a hidden frame's innerText would be its raw text, scripts included).
    if (frame !== page.mainFrame() && (await (await frame.frameElement()).isVisible())) parts.push(await frame.locator('body').innerText());
  }
  return (
    parts
      .join('\n')
      // The reader's one-line summary is the core reader's, still English (sheets-addon/src/i18n/core-text.ts).
      .replace(/^\s*Read '.*$/gm, '')
      // File paths are names, not words (the header names the built file).
      .replace(/\S+\/\S+/g, '')
  );
}

/** Elements whose text does not fit their box (scrollWidth beyond clientWidth), by text. */
function clipped(selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((nodes) =>
    nodes.filter((n) => (n as HTMLElement).scrollWidth > (n as HTMLElement).clientWidth + 1).map((n) => (n as HTMLElement).innerText)
  );
}

describe('Sheets page in Russian', () => {
  it('builds the Russian sheets and opens the Russian sidebars on first load', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const tabs = await page.locator('#tabs [role="tab"]').allTextContents();
    for (const name of ['OKRs', RU.sCheckIns, RU.sCascade, RU.sDashboard]) expect(tabs).toContain(name);
    expect(await page.locator('.sidebar-tab').allTextContents()).toEqual([RU.tValidate, RU.tCheckIn]);
    expect(await page.locator('#toast').textContent()).toContain(`лист «${RU.sDashboard}» обновлён`);
  });

  it('shows the add-on menu in Russian, none of it clipped', async () => {
    await page.locator('#menu-extensions').click();
    expect(await page.locator('#menu-extensions').textContent()).toBe('Расширения');
    await page.getByRole('menuitem', { name: 'Aligned OKRs ▸' }).hover();
    const captions = await page.locator('.submenu [role="menuitem"]').allTextContents();
    expect(captions).toEqual(MENU_ENTRIES.filter((e) => e !== null).map((e) => RU[e![0]]));
    expect(await clipped('.submenu [role="menuitem"]')).toEqual([]);
    await page.screenshot({ path: screenshotPath('sheets-ru-menu') });
    await page.keyboard.press('Escape');
  });

  it('draws the dashboard with Russian headers, chart titles and legends (screenshot)', async () => {
    await openTab(RU.sDashboard);
    await expect.poll(() => page.locator('figure.embedded-chart svg').count()).toBeGreaterThanOrEqual(4);
    const chartText = (await page.locator('figure.embedded-chart').allInnerTexts()).join('\n');
    for (const title of [RU.dByObjective, RU.dByStatus(RU.dKeyResults), RU.dCascade]) expect(chartText).toContain(title);
    expect(chartText).toContain('По плану');
    expect(englishWordsIn(chartText)).toEqual([]);
    const dismiss = page.getByRole('button', { name: 'Скрыть' });
    if (await dismiss.isVisible()) await dismiss.click();
    await page.screenshot({ path: screenshotPath('sheets-ru-dashboard') });
  });

  it('shows the cascade with Russian headers, statuses and explanations (screenshot)', async () => {
    await openTab(RU.sCascade);
    const header = await page.locator('table.sheet tbody tr[data-row="1"] td').allInnerTexts();
    for (const word of RU.cascadeHeader) expect(header).toContain(word);
    await page.screenshot({ path: screenshotPath('sheets-ru-cascade') });
    const cascadeText = await readableText();
    expect(englishWordsIn(cascadeText), cascadeText.split("\n").filter((l) => englishWordsIn(l).length > 0).join(" | ")).toEqual([]);
  });

  it('shows the check-in and Validate sidebars in Russian (screenshot)', async () => {
    await page.getByRole('tab', { name: RU.tCheckIn }).click();
    const frame = page.frames().find((f) => f.url() !== page.url() && f !== page.mainFrame());
    expect(frame).toBeTruthy();
    const text = await readableText();
    for (const word of [RU.ciKr, RU.ciValue, RU.ciConfidence, RU.ciSave]) expect(text).toContain(word);
    expect(englishWordsIn(text)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sheets-ru-sidebar') });

    await page.getByRole('tab', { name: RU.tValidate }).click();
    const validate = await readableText();
    expect(validate).toMatch(/На листе «OKRs»: \d+ проблем|На листе «OKRs» проблем нет/);
    expect(englishWordsIn(validate)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sheets-ru-validate') });
  });

  it('switches to English and back by reloading the demo', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#tabs [role="tab"]').allTextContents()).toContain('OKR Cascade');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await page.locator('#tabs [role="tab"]').allTextContents()).toContain(RU.sCascade);
    expect(errors).toEqual([]);
  });
});
