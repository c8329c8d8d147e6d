/**
 * The overlay sizes its chart from a predicted legend height (legendLayout.ts) so that it draws
 * before the browser lays out the page. Here the built plugin draws in headless Chromium with
 * seeded series names (Latin, Cyrillic, digits, long and short, one to a dozen series) at widths
 * from a narrow to a wide panel, and the prediction must equal the height the browser lays out.
 * (A wrong prediction is still corrected before the frame is painted; this checks it is rare.)
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startPreview, type Preview } from './harness';

let preview: Preview;
let page: Page;

beforeAll(async () => {
  preview = await startPreview();
  page = await openPage(preview, '/bench.html');
});

afterAll(async () => {
  await preview?.close();
});

const word = fc.oneof(
  fc.constantFrom('revenue', 'sign-ins', 'Leads', 'deals closed', 'Выручка', 'лиды', 'сделки за день', 'p95 latency', 'MRR', 'USD', '$', '2026'),
  fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZабвгдеёжзийклмнопрстуфхцчшщыэюяАБВГДЕ0123456789 -_./%'.split('')) })
);
const seriesName = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' ').trim() || 'x');

describe('legend height prediction', () => {
  it('equals the laid-out height for seeded names and panel widths', async () => {
    const cases = fc.sample(fc.tuple(fc.uniqueArray(seriesName, { minLength: 1, maxLength: 12 }), fc.integer({ min: 300, max: 1600 })), { seed: 20261202, numRuns: 80 });
    const misses: string[] = [];
    for (const [names, width] of cases) {
      const { predicted, laidOut } = await page.evaluate(([n, w]) => window.alignedBench!.legendFit(n, w), [names, width] as const);
      expect(Number.isFinite(predicted) && Number.isFinite(laidOut)).toBe(true);
      if (Math.abs(predicted - laidOut) >= 0.5) misses.push(`${width} px, ${JSON.stringify(names)}: predicted ${predicted}, laid out ${laidOut}`);
    }
    expect(misses).toEqual([]);
    expect(preview.problems.consoleErrors).toEqual([]);
  });
});
