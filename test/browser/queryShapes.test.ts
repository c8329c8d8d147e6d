/**
 * Screenshots of the panel on two query shapes, drawn by the built plugin in headless Chromium
 * (the bench page of the preview): an SQL result with a currency column beside a unit-less one
 * (two y axes, figures in the unit) and SQL long rows (time, metric, value) split into one series
 * per metric. Written to test-results/ to be looked at; the page must log no error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshotPath, startPreview, type Preview } from './harness';

let preview: Preview;
let page: Page;

beforeAll(async () => {
  preview = await startPreview();
  page = await openPage(preview, '/bench.html');
});

afterAll(async () => {
  await preview?.close();
});

describe('query shapes in the browser', () => {
  it.each([
    ['units', 'overlay'],
    ['units', 'bullets'],
    ['long', 'overlay'],
    ['long', 'bullets'],
    ['prometheus', 'overlay'],
  ])('draws %s in %s', async (shape, mode) => {
    await page.evaluate(([s, m]) => window.alignedBench!.showcase(s, m), [shape, mode] as const);
    await page.waitForTimeout(200);
    const text = (await page.locator('#root').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|undefined|Infinity|could not draw/);
    await page.locator('#root').screenshot({ path: screenshotPath(`query-${shape}-${mode}`) });
    expect(preview.problems.consoleErrors).toEqual([]);
  });
});
