/**
 * The preview in headless Chromium: the panel plugin loaded by a Grafana-like host through
 * SystemJS on the ABC demo (the Sheets page has its own file, sheets.test.ts). Asserts what
 * a person checks: the figures on screen equal the core's, the target label follows the
 * option, the dark theme applies, a small panel stays readable, nothing fails.
 * Screenshots go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatNumber, formatPercent } from '@aligned/core';
import { abcDemoPayload } from '../preview/demoData';
import type { DemoPayload } from '../preview/demoPayload';
import { quarterTarget } from '../preview/demoTargets';
import { cascadeEvaluations, quarterRange, quarterTargetLabel, quarterTotalKeyResult } from './expected';
import { openPage, screenshotPath, startPreview, type Preview } from './harness';

let preview: Preview;
let demo: DemoPayload;
/** "Today" for the expectations: the demo's last day is today, and the panel reads the clock. */
let now: number;

beforeAll(async () => {
  now = Date.now();
  demo = abcDemoPayload(now);
  preview = await startPreview({ demo });
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

function panel(page: Page, id: number): Locator {
  return page.getByTestId(`panel-${id}`);
}

describe('Grafana host page', () => {
  let page: Page;
  let target: number;

  beforeAll(async () => {
    page = await openPage(preview, '/grafana.html');
    target = Number(quarterTarget(demo.rows, 'amount', demo.params.asOf));
    await page.screenshot({ path: screenshotPath('grafana-light'), fullPage: true });
  }, 60_000);

  it('loads module.js with SystemJS from the plugin public path and renders every panel', async () => {
    const loaded = await page.evaluate(() => {
      const system = (window as unknown as { System: { has(id: string): boolean; resolve(id: string): string } }).System;
      return system.has(system.resolve('/public/plugins/aligned-okr-panel/module.js'));
    });
    expect(loaded).toBe(true);
    for (const id of [1, 2, 3, 4]) {
      await expect.poll(() => panel(page, id).getByRole('alert').count()).toBe(0);
    }
    expect(target).toBeGreaterThan(0);
  });

  it("shows the revenue key result's progress and status as the core computes them", async () => {
    const expected = quarterTotalKeyResult(demo, 'amount', target, now);
    const header = panel(page, 1).getByTestId('aligned-header').first();
    await expect.poll(() => header.getByTestId('aligned-progress').textContent()).toBe(expected.progressText);
    expect(await header.getByTestId('aligned-status').textContent()).toContain(expected.statusLabel);
    expect(await header.getAttribute('aria-label')).toBe(`amount: ${expected.progressText}, ${expected.statusLabel}`);
    // The quarter is still running ("This quarter" ends on its last day): the score is the projected one.
    const score = header.getByTestId('aligned-score');
    expect(await score.textContent()).toMatch(/^Score (0\.\d|1\.0) projected$/);
    expect(await score.getAttribute('title')).toMatch(/^Projected (0\.\d|1\.0): (at the current pace|on the trend of the check-ins) \d+ % by \d+ \w{3}\./);
    await header.screenshot({ path: screenshotPath('grafana-header') });
  });

  it("labels the target line with the $target variable's value", async () => {
    await expect
      .poll(() => panel(page, 1).getByText(quarterTargetLabel(target)).count())
      .toBeGreaterThan(0);
  });

  it('shows the funnel bullets with the per-series target override', async () => {
    const leadsTarget = Number(quarterTarget(demo.rows, 'leads', demo.params.asOf));
    const leads = quarterTotalKeyResult(demo, 'leads', leadsTarget, now);
    const row = panel(page, 2).locator('[role="listitem"]', { hasText: 'leads' }).first();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(`${formatNumber(leads.current)} / ${formatNumber(leadsTarget)}`);
    expect(text).toContain(leads.statusLabel);
    // The projected score is shown whole, not clipped by the narrow panel.
    const score = row.getByTestId('aligned-score');
    expect(await score.textContent()).toMatch(/^(0\.\d|1\.0) projected$/);
    const [scoreBox, panelBox] = [(await score.boundingBox())!, (await panel(page, 2).boundingBox())!];
    expect(scoreBox.x + scoreBox.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
    expect(await score.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await panel(page, 2).screenshot({ path: screenshotPath('grafana-bullets') });
  });

  it("shows the cascade rows with the core's progress, status and score graded at the period's end, judged today", async () => {
    const { to } = quarterRange(now);
    // "This quarter" runs to the quarter's last day, which has not come yet: a person reads
    // the statuses as of today (the core's evaluation on min(now, end of range)).
    const evaluations = cascadeEvaluations(demo, Math.min(now, to));
    const rows = panel(page, 3).locator('[role="treeitem"][data-node-id]');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const shown = await rows.evaluateAll((items) =>
      items.map((item) => ({ id: (item as HTMLElement).dataset.nodeId ?? '', text: item.textContent ?? '' }))
    );
    const wrong: string[] = [];
    for (const { id, text } of shown) {
      const core = evaluations.get(id);
      expect(core, `row ${id} is a node of the demo`).toBeDefined();
      // "1.0 projected" while the node's period runs, the final "0.7" after it, "—" without a score.
      const want = [formatPercent(core!.progress), core!.status.label, core!.grade.label];
      const missing = want.filter((figure) => !text.includes(figure));
      if (missing.length > 0) {
        wrong.push(`${id}: expected ${want.join(' / ')}, row reads "${text}"`);
      }
    }
    expect(wrong).toEqual([]);
    await panel(page, 3).screenshot({ path: screenshotPath('grafana-tree') });
  });

  it('re-renders with a new target label when the target option changes', async () => {
    await page.getByRole('button', { name: 'Edit Revenue against the quarter target' }).click();
    const newTarget = target + 40_000;
    const input = page.locator('[data-option-path="keyResult.target"] input');
    await input.fill(String(newTarget));
    await input.press('Enter');
    await expect
      .poll(() => panel(page, 1).getByText(quarterTargetLabel(newTarget)).count())
      .toBeGreaterThan(0);
    const expected = quarterTotalKeyResult(demo, 'amount', newTarget, now);
    await expect
      .poll(() => panel(page, 1).getByTestId('aligned-progress').first().textContent())
      .toBe(expected.progressText);
    await page.screenshot({ path: screenshotPath('grafana-target-changed'), fullPage: true });
    // Back to the variable, so later checks see the dashboard as configured.
    await input.fill('$target');
    await input.press('Enter');
    await expect.poll(() => panel(page, 1).getByText(quarterTargetLabel(target)).count()).toBeGreaterThan(0);
  });

  it('still shows progress and status in a 200 × 120 px panel', async () => {
    const body = page.getByTestId('panel-body-4');
    const box = (await body.boundingBox())!;
    expect(Math.round(box.width)).toBe(200);
    expect(Math.round(box.height)).toBe(120);
    const expected = quarterTotalKeyResult(demo, 'amount', target, now);
    for (const testId of ['aligned-progress', 'aligned-status']) {
      const figure = body.getByTestId(testId).first();
      await expect.poll(() => figure.isVisible()).toBe(true);
      const inner = (await figure.boundingBox())!;
      // Inside the panel, not clipped away.
      expect(inner.x).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(inner.y).toBeGreaterThanOrEqual(box.y - 0.5);
      expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    }
    expect(await body.getByTestId('aligned-progress').first().textContent()).toBe(expected.progressText);
    expect(await body.getByTestId('aligned-status').first().textContent()).toContain(expected.statusLabel);
    await page.getByTestId('panel-4').screenshot({ path: screenshotPath('grafana-small-panel') });
  });

  it('applies the dark theme to the page and the panels', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const panelBackground = () =>
      page.getByTestId('panel-1').locator('section').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const lightPage = await background();
    const lightPanel = await panelBackground();
    await page.getByRole('radio', { name: 'Dark' }).check({ force: true });
    await expect.poll(() => page.evaluate(() => document.body.dataset.theme)).toBe('dark');
    const darkPage = await background();
    expect(darkPage).not.toBe(lightPage);
    expect(luminance(darkPage)).toBeLessThan(luminance(lightPage));
    expect(luminance(await panelBackground())).toBeLessThan(luminance(lightPanel));
    await page.screenshot({ path: screenshotPath('grafana-dark'), fullPage: true });
  });
});

describe('the whole session', () => {
  it('logged no console error and had no failed request', () => {
    expect(preview.problems.failedRequests).toEqual([]);
    expect(preview.problems.consoleErrors).toEqual([]);
  });
});

/** Relative luminance of a CSS rgb()/rgba() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
