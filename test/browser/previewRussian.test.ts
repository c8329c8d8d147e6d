/**
 * The preview as a Russian user sees it (issue 13): the host page with `?lang=ru-RU` starts Grafana's
 * i18n in ru-RU and loads dist/locales/ru-RU/aligned-okr-panel.json before module.js, as Grafana does;
 * the ABC demo comes with Russian titles. Overlay, bullets, tree and the options editor, light and dark,
 * must hold no English word of the panel's catalogue, and the Russian words must fit (nothing clipped).
 * Screenshots go to test-results/grafana-ru-*.png; with UPDATE_SCREENSHOTS=1 to docs/screenshots/ (committed: a
 * person looks at them), so an ordinary test run never changes tracked files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../preview/buildHost';
import { openPage, SCREENSHOT_DIR, startPreview, type Preview } from './harness';

const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(REPO_ROOT, 'docs', 'screenshots') : SCREENSHOT_DIR;
const LOCALES = join(REPO_ROOT, 'grafana-panel', 'src', 'locales');
const flat = (node: object): string[] => Object.values(node).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
const words = (language: string) =>
  flat(JSON.parse(readFileSync(join(LOCALES, language, 'aligned-okr-panel.json'), 'utf8')))
    .map((t) => t.replace(/\{\{\w+\}\}/g, ' '))
    .flatMap((t) => t.match(/[A-Za-z]{3,}/g) ?? [])
    .map((w) => w.toLowerCase());
const RUSSIAN_LATIN = new Set(words('ru-RU'));
const ENGLISH = new Set(words('en-US').filter((w) => !RUSSIAN_LATIN.has(w)));

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview();
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

/** What a person reads in `box`: text, tooltips and aria-labels. */
async function readable(box: Locator): Promise<string> {
  return box.evaluate((root) => {
    const parts = [(root as HTMLElement).innerText];
    root.querySelectorAll('[title],[aria-label]').forEach((el) => parts.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? ''));
    return parts.join('\n');
  });
}

function englishLeft(text: string): string[] {
  return [...new Set((text.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()).filter((w) => ENGLISH.has(w)))];
}

/** Elements whose text is cut off (ellipsis or overflow) inside the panel. */
async function clipped(box: Locator): Promise<string[]> {
  return box.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, [data-testid^="aligned-"], legend, label, h3')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
      .map((el) => el.textContent ?? '')
  );
}

for (const theme of ['light', 'dark'] as const) {
  describe(`Grafana host page in Russian, ${theme}`, () => {
    let page: Page;
    const panel = (id: number) => page.getByTestId(`panel-${id}`);

    beforeAll(async () => {
      page = await openPage(preview, `/grafana.html?lang=ru-RU&theme=${theme}`);
      await page.waitForTimeout(1500);
    }, 60_000);

    it('overlay: Russian header, legend and chart, nothing clipped', async () => {
      for (const id of [1, 2, 3]) await expect.poll(() => panel(id).getByRole('alert').count()).toBe(0);
      // "All series selected" is @grafana/ui's legend label, which Grafana translates itself.
      const text = (await readable(panel(1))).replace(/All series selected/g, '');
      expect(text).toMatch(/По плану|Под угрозой|Отстаёт|Достигнуто/);
      expect(text).toContain('Идеальный темп');
      expect(englishLeft(text)).toEqual([]);
      expect(await clipped(panel(1))).toEqual([]);
      await panel(1).screenshot({ path: join(SHOTS, `grafana-ru-overlay-${theme}.png`) });
    });

    it('bullets: Russian figures, legend and statuses, nothing clipped', async () => {
      const text = await readable(panel(2));
      expect(text).toContain('темп на сегодня');
      expect(englishLeft(text)).toEqual([]);
      expect(await clipped(panel(2))).toEqual([]);
      await panel(2).screenshot({ path: join(SHOTS, `grafana-ru-bullets-${theme}.png`) });
    });

    it('tree: Russian toolbar, tags, statuses and scores, nothing clipped', async () => {
      const text = await readable(panel(3));
      expect(text).toContain('Развернуть все');
      expect(englishLeft(text)).toEqual([]);
      await panel(3).screenshot({ path: join(SHOTS, `grafana-ru-tree-${theme}.png`) });
    });

    it('options editor: Russian names, descriptions and choices', async () => {
      await page.getByRole('button', { name: /Выручка к цели квартала/ }).first().click();
      const pane = page.getByTestId('options-pane');
      await expect.poll(() => pane.count()).toBe(1);
      const text = await pane.evaluate((root) => {
        // The panel's own categories; Grafana's standard options (Unit, Thresholds…) are Grafana's to translate.
        const ours = ['Вид отображения', 'Ключевой результат', 'Период', 'График', 'Оповещения', 'Шкалы', 'Каскад'];
        return [...root.querySelectorAll('fieldset')]
          .filter((f) => ours.some((c) => f.querySelector('legend')?.textContent === c) || f.querySelector('[data-option-path="mode"]'))
          .map((f) => (f as HTMLElement).innerText)
          .join('\n');
      });
      expect(text).toContain('Ключевой результат');
      // Grafana's reducer names ("Last *") are Grafana's words.
      expect(englishLeft(text.replace(/Last \*|Total|Count/g, ''))).toEqual([]);
      // Russian words are longer: no choice may run past the pane's edge (a radio group wider than the pane).
      const overflowing = await pane.evaluate((root) => {
        const edge = root.getBoundingClientRect().right;
        return [...root.querySelectorAll('label, button, input')].filter((el) => el.getBoundingClientRect().right > edge + 1).map((el) => el.textContent);
      });
      expect(overflowing).toEqual([]);
      await pane.screenshot({ path: join(SHOTS, `grafana-ru-options-${theme}.png`) });
    });
  });
}

describe('the Russian session', () => {
  it('logged no errors and no failed requests', () => {
    expect(preview.problems.consoleErrors).toEqual([]);
    expect(preview.problems.failedRequests).toEqual([]);
  });
});
