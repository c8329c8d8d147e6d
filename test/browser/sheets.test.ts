/**
 * The Sheets page in headless Chromium: the built Code.js running against the Apps Script
 * double in the browser. Without a click the page has inserted the sample, built the cascade
 * and the dashboard and opened both sidebars. Asserts what a person checks: every chart is
 * drawn with the series and labels its specification names, the cascade's status colours are
 * its rules', the formula columns equal the core's figures, a check-in through the real sidebar
 * appends one log row and changes one user cell, the menu rebuilds, and nothing logs an error.
 * Screenshots of the dashboard (1280 × 800 and 800 × 600) go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { expectedProgress, periodGrade, projectProgress, rollupColumns, status, STATUS_LABELS, type KrKind, type StatusCode } from '@aligned/core';
import { MENU_ENTRIES } from '../../sheets-addon/src/commands/menu';
import { EN } from '../../sheets-addon/src/i18n/en';
import { SCORE_COLOURS } from '../../sheets-addon/src/commands/score-colours';
import { STATUS_COLOURS } from '../../sheets-addon/src/commands/status-colours';
import type { DemoPayload } from '../preview/demoPayload';
import { cascadeEvaluations, demoColumn } from './expected';
import { openPage, screenshotPath, startPreview, type Preview } from './harness';

let preview: Preview;
let page: Page;

beforeAll(async () => {
  preview = await startPreview();
  page = await openPage(preview, '/sheets.html');
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

/** Runs in the page: the double's spreadsheet, as the add-on left it. */
type PageWindow = Window & {
  alignedPreview: {
    host: {
      spreadsheet: {
        getSheetByName(name: string): {
          getDataRange(): { getValues(): unknown[][] };
          getCharts(): {
            getChartId(): number;
            _spec: { type: string; options: Record<string, unknown>; position: { row: number; column: number } | null };
            getRanges(): { getValues(): unknown[][] }[];
          }[];
          getConditionalFormatRules(): {
            getBooleanCondition(): { getCriteriaType(): string; getCriteriaValues(): unknown[]; getBackground(): string; getFontColor(): string };
          }[];
        } | null;
      };
    };
  };
};

/** A sheet's values as the double holds them (dates as ISO text). */
function sheetValues(name: string): Promise<unknown[][]> {
  return page.evaluate((sheetName) => {
    const sheet = (window as unknown as PageWindow).alignedPreview.host.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    return sheet
      .getDataRange()
      .getValues()
      .map((row) => row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v)));
  }, name);
}

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForFunction((sheet) => document.querySelector('.sheet-area')?.getAttribute('data-sheet') === sheet, name);
}

async function menu(caption: string): Promise<void> {
  await page.locator('#menu-extensions').click();
  await page.getByRole('menuitem', { name: 'Aligned OKRs ▸' }).hover();
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
}

/** The frame of an open sidebar, by its title. */
async function sidebarFrame(title: string): Promise<Frame> {
  const handle = await page.locator(`iframe[title="${title}"]`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`No sidebar "${title}" is open.`);
  return frame;
}

/** Column values of a grid's data rows, by header slug (data-value is the cell's raw value). */
function gridColumn(column: string): Promise<string[]> {
  return page.locator(`table.sheet tbody tr:not([data-row="1"]) td[data-col="${column}"]`).evaluateAll((cells) =>
    cells.map((cell) => (cell as HTMLElement).dataset.value ?? '')
  );
}

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('Sheets page on first load', () => {
  it('shows the dashboard the add-on built, its charts beside the check-in sidebar (1280 × 800)', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('.sheet-area').getAttribute('data-sheet')).toBe('OKR Dashboard');
    await expect.poll(() => page.locator('figure.embedded-chart svg').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#toast').textContent()).toContain('OKR Dashboard updated');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('figure[data-chart-type="BAR"]').evaluate((figure) => figure.scrollIntoView({ block: 'nearest', inline: 'end' }));
    await page.screenshot({ path: screenshotPath('sheets-dashboard-1280x800') });
    await page.setViewportSize({ width: 1440, height: 1100 });
  });

  it('has the tabs Sheets would show and both sidebars open, the menu as onOpen built it', async () => {
    const tabs = await page.locator('#tabs [role="tab"]').allTextContents();
    for (const name of ['OKRs', 'Check-ins', 'OKR Cascade', 'OKR Dashboard']) expect(tabs).toContain(name);
    expect(await page.locator('#tabs [aria-selected="true"]').textContent()).toBe('OKR Dashboard');
    expect(await page.locator('.sidebar-tab').allTextContents()).toEqual(['Aligned: validate', 'Aligned: check in']);
    await page.locator('#menu-extensions').click();
    await page.getByRole('menuitem', { name: 'Aligned OKRs ▸' }).hover();
    const captions = await page.locator('.submenu [role="menuitem"]').allTextContents();
    expect(captions).toEqual(MENU_ENTRIES.filter((e) => e !== null).map((e) => EN[e![0]]));
    await page.keyboard.press('Escape');
  });
});

describe('OKR Dashboard', () => {
  it('draws every chart with the type, title, series and labels its specification names, at its anchor', async () => {
    await openTab('OKR Dashboard');
    const specs = await page.evaluate(() => {
      const sheet = (window as unknown as PageWindow).alignedPreview.host.spreadsheet.getSheetByName('OKR Dashboard')!;
      return sheet.getCharts().map((chart) => ({
        id: chart.getChartId(),
        type: chart._spec.type,
        title: String(chart._spec.options.title ?? ''),
        anchor: `${String.fromCharCode(64 + chart._spec.position!.column)}${chart._spec.position!.row}`,
        width: Number(chart._spec.options.width),
        cells: chart.getRanges()[0].getValues().map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))),
      }));
    });
    expect(specs.length).toBeGreaterThanOrEqual(4);
    const problems: string[] = [];
    for (const spec of specs) {
      const figure = page.locator(`figure.embedded-chart[data-chart-id="${spec.id}"]`);
      expect(await figure.getAttribute('data-chart-type')).toBe(spec.type);
      // Anchored at its cell (offsets 0), at the size its options ask for.
      const box = (await figure.boundingBox())!;
      const anchor = (await page.locator(`table.sheet td[data-a1="${spec.anchor}"]`).boundingBox())!;
      expect(Math.abs(box.x - anchor.x), `${spec.title} x`).toBeLessThan(1.5);
      expect(Math.abs(box.y - anchor.y), `${spec.title} y`).toBeLessThan(1.5);
      expect(Math.round(box.width)).toBe(spec.width + 2);
      const texts = (await figure.locator('svg text').allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
      const drawn = (label: string) =>
        texts.some((t) => t === label || (t.endsWith('...') && label.startsWith(t.slice(0, -3))) || (t.endsWith('…') && label.startsWith(t.slice(0, -1))));
      const [header, ...rows] = spec.cells.filter((r) => r[0] !== '' && r[0] !== null);
      const want: string[] = [spec.title];
      if (spec.type === 'BAR' || spec.type === 'PIE' || spec.type === 'ORG') want.push(...rows.map((r) => String(r[0])));
      if (spec.type === 'PIE' || spec.type === 'LINE') want.push(...header.slice(spec.type === 'PIE' ? 2 : 1).map(String));
      const missing = want.filter((label) => !drawn(label));
      if (missing.length > 0) problems.push(`${spec.type} "${spec.title}" lacks ${missing.map((m) => `"${m}"`).join(', ')}; drew ${texts.slice(0, 12).join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('draws the trend-against-pace charts with points from the sample check-ins', async () => {
    const lines = await page.evaluate(() => {
      const sheet = (window as unknown as PageWindow).alignedPreview.host.spreadsheet.getSheetByName('OKR Dashboard')!;
      return sheet
        .getCharts()
        .filter((c) => c._spec.type === 'LINE')
        .map((c) => ({ id: c.getChartId(), rows: c.getRanges()[0].getValues().length - 1 }));
    });
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) {
      expect(line.rows).toBeGreaterThanOrEqual(2);
      // Two series: the progress line (solid) and the pace (dashed).
      const paths = page.locator(`figure[data-chart-id="${line.id}"] svg path[stroke-dasharray]`);
      expect(await paths.count()).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('OKR Cascade', () => {
  it("colours each Status cell as the sheet's conditional-format rules say, which are the add-on's status colours", async () => {
    await openTab('OKR Cascade');
    const rules = await page.evaluate(() =>
      (window as unknown as PageWindow).alignedPreview.host.spreadsheet
        .getSheetByName('OKR Cascade')!
        .getConditionalFormatRules()
        .map((rule) => {
          const c = rule.getBooleanCondition();
          return { type: c.getCriteriaType(), text: String(c.getCriteriaValues()[0]), background: c.getBackground(), font: c.getFontColor() };
        })
    );
    // The text rules are the add-on's colours for the core's labels (the number rules after them colour the Score column).
    expect(rules.filter((rule) => rule.type === 'TEXT_EQUAL_TO')).toEqual(
      (Object.keys(STATUS_COLOURS) as StatusCode[]).map((code) => ({
        type: 'TEXT_EQUAL_TO',
        text: STATUS_LABELS[code],
        background: STATUS_COLOURS[code].background,
        font: STATUS_COLOURS[code].font,
      }))
    );
    const cells = await page.locator('table.sheet tbody tr:not([data-row="1"]) td[data-col="status"]').evaluateAll((tds) =>
      tds.map((td) => ({ text: td.textContent ?? '', background: getComputedStyle(td).backgroundColor, color: getComputedStyle(td).color }))
    );
    const statuses = cells.filter((c) => c.text !== '');
    expect(statuses.length).toBeGreaterThan(10);
    const wrong = statuses.filter((cell) => {
      const rule = rules.find((r) => r.text.toLowerCase() === cell.text.toLowerCase());
      return !rule || cell.background !== hexToRgb(rule.background) || cell.color !== hexToRgb(rule.font);
    });
    expect(wrong).toEqual([]);
    expect(new Set(statuses.map((s) => s.text)).size).toBeGreaterThan(1);

    // Score cells take the band colours of the score rules: red below 0.4, yellow below 0.7, green from 0.7.
    const bands = { red: SCORE_COLOURS.red, yellow: SCORE_COLOURS.yellow, green: SCORE_COLOURS.green };
    const scores = await page.locator('table.sheet tbody tr:not([data-row="1"]) td[data-col="score"]').evaluateAll((tds) =>
      tds.map((td) => ({ text: td.textContent ?? '', background: getComputedStyle(td).backgroundColor }))
    );
    const scored = scores.filter((c) => /^\d\.\d/.test(c.text));
    expect(scored.length).toBeGreaterThan(10);
    const miscoloured = scored.filter((cell) => {
      const value = Number(cell.text.slice(0, 3));
      const band = value < 0.4 ? bands.red : value < 0.7 ? bands.yellow : bands.green;
      return cell.background !== hexToRgb(band.background);
    });
    expect(miscoloured).toEqual([]);
  });

  it('shows the indentation, number formats, progress bar colour and column widths the add-on set', async () => {
    const values = await sheetValues('OKR Cascade');
    const header = values[0].map(String);
    const titles = await page.locator('table.sheet tbody tr:not([data-row="1"]) td[data-col="title"]').allTextContents();
    expect(titles.map((t) => t.length - t.trimStart().length)).toEqual(values.slice(1).map((r) => String(r[header.indexOf('Title')]).length - String(r[header.indexOf('Title')]).trimStart().length));
    expect(titles.some((t) => t.startsWith('    '))).toBe(true);
    const progress = await page.locator('table.sheet tbody tr:not([data-row="1"]) td[data-col="progress"]').allTextContents();
    progress.filter((p) => p !== '').forEach((text) => expect(text).toMatch(/^-?\d+%$/));
    const scores = await page.locator('table.sheet tbody tr:not([data-row="1"]) td[data-col="score"]').allTextContents();
    // Scores of running periods carry the add-on's `0.0" projected"` format; ended ones are final.
    scores.filter((s) => s !== '').forEach((text) => expect(text).toMatch(/^\d\.\d( projected)?$/));
    expect(scores.some((text) => text.endsWith(' projected'))).toBe(true);
    const bar = page.locator('table.sheet tbody tr[data-row="2"] td[data-col="bar"]');
    expect(await bar.textContent()).toMatch(/^[█░]{10}$/);
    expect(await bar.evaluate((td) => getComputedStyle(td).color)).toBe(hexToRgb('#1a73e8'));
    const titleWidth = await page.locator('table.sheet thead th').nth(header.indexOf('Title') + 1).evaluate((th) => th.getBoundingClientRect().width);
    expect(Math.round(titleWidth)).toBeGreaterThanOrEqual(319);
    expect(Math.round(titleWidth)).toBeLessThanOrEqual(322);
    const texts = await page.locator('table.sheet td').allTextContents();
    for (const text of texts) expect(text).not.toMatch(/NaN|undefined|Infinity|\[object/);
  });
});

describe('OKRs sheet', () => {
  let demo: DemoPayload;
  let asOf: number;

  beforeAll(async () => {
    await openTab('OKRs');
    const rows = await sheetValues('OKRs');
    asOf = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    demo = { rows, params: { seed: 42, start: 0, years: 3, asOf }, series: { time: [], leads: [], deals: [], amount: [] } };
  });

  it("fills Rolled up, Score and Status with OKR_ROLLUP, OKR_PROJECTED_SCORE and OKR_STATUS, equal to the core's", async () => {
    const ids = demoColumn(demo, 'ID');
    const sheetProgress = (await gridColumn('progress')).map((t) => (t !== '' && !Number.isNaN(Number(t)) ? Number(t) : t));
    const weights = demoColumn(demo, 'Weight').map((w) => (w === null ? '' : w));
    const coreRolled = rollupColumns(ids, demoColumn(demo, 'Parent'), sheetProgress, weights, { firstRowNumber: 1 });
    const rolled = await gridColumn('rolled-up');
    const scores = await gridColumn('score');
    const scoreTexts = await page.locator('table.sheet tbody tr:not([data-row="1"]) td[data-col="score"]').allTextContents();
    const kinds = demoColumn(demo, 'Kind').map((k) => (k === null || k === '' ? null : (String(k) as KrKind)));
    const statuses = await gridColumn('status');
    // A date cell is ISO text or, once Sheets has read the typed text as a date, a Date (sent as ISO text).
    const day = (d: unknown) => Date.parse(String(d).length === 10 ? `${String(d)}T00:00:00Z` : String(d));
    const starts = demoColumn(demo, 'Start').map(day);
    const ends = demoColumn(demo, 'End').map(day);
    let compared = 0;
    ids.forEach((id, row) => {
      const core = coreRolled[row];
      if (core === null || rolled[row] === '' || Number.isNaN(Number(rolled[row]))) return;
      expect(Number(rolled[row]), `${String(id)} rolled up`).toBeCloseTo(core, 9);
      const expected = expectedProgress(starts[row], ends[row], asOf, 'UTC');
      const grade = periodGrade({ progress: core, end: ends[row], asOf, projection: projectProgress({ progress: core, expected, kind: kinds[row] }) });
      if (grade.score === null) {
        expect(scoreTexts[row], `${String(id)} score`).toContain(grade.explain);
      } else {
        expect(Number(scores[row]), `${String(id)} score`).toBeCloseTo(grade.score, 9);
        expect(scoreTexts[row], `${String(id)} score`).toBe(grade.basis === 'projected' ? `${grade.score.toFixed(1)} projected` : grade.score.toFixed(1));
      }
      const judged = status({ progress: core, expected, start: starts[row], end: ends[row], asOf });
      expect(statuses[row], `${String(id)} status`).toBe(judged.label);
      compared++;
    });
    expect(compared).toBeGreaterThan(ids.length / 2);
  });

  it("fills Progress with OKR_PROGRESS, equal to the core's progress of each measured key result", async () => {
    const ids = demoColumn(demo, 'ID').map(String);
    const kinds = demoColumn(demo, 'Kind').map(String);
    const evaluations = cascadeEvaluations(demo, asOf);
    const progress = await gridColumn('progress');
    let compared = 0;
    ids.forEach((id, row) => {
      const core = evaluations.get(id)!;
      if (!['increase', 'decrease', 'above', 'below', 'milestone'].includes(kinds[row]) || core.source !== 'own') return;
      if (core.progress === null) expect(progress[row], `${id} progress`).toBe('');
      else expect(Number(progress[row]), `${id} progress`).toBeCloseTo(core.progress, 9);
      compared++;
    });
    expect(compared).toBeGreaterThan(20);
  });
});

describe('a check-in through the sidebar', () => {
  it('appends one log row, changes one user cell, and after Build shows in the cascade and the trend chart', async () => {
    // A key result with a trend chart, so the chart must change too.
    const trended = await page.evaluate(() => {
      const sheet = (window as unknown as PageWindow).alignedPreview.host.spreadsheet.getSheetByName('OKR Dashboard')!;
      const line = sheet.getCharts().find((c) => c._spec.type === 'LINE')!;
      const values = line.getRanges()[0].getValues();
      return { id: String(values[0][1]).replace(/ progress$/, ''), points: values.length - 1 };
    });
    const okrsBefore = await sheetValues('OKRs');
    const logBefore = await sheetValues('Check-ins');
    const header = okrsBefore[0].map(String);
    const idColumn = header.indexOf('ID');
    const currentColumn = header.indexOf('Current');
    const row = okrsBefore.findIndex((r) => r[idColumn] === trended.id);
    expect(row).toBeGreaterThan(0);
    const newValue = Math.round(Number(okrsBefore[row][currentColumn]) * 1.5) + 7;

    await page.getByRole('tab', { name: 'Aligned: check in' }).click();
    const frame = await sidebarFrame('Aligned: check in');
    await frame.locator('#kr').selectOption(trended.id);
    // The script's own words reach it through the page (not as a printed script value): the current value shows.
    expect(await frame.locator('#current').textContent()).toMatch(/^Current value: [\d$,.]+/);
    await frame.locator('#value').fill(String(newValue));
    await frame.locator('#confidence').selectOption('7');
    await frame.locator('#comment').fill('From the browser test');
    await frame.locator('#save').click();
    await expect.poll(() => frame.locator('#message').getAttribute('class')).toBe('ok');
    expect(await frame.locator('#message').textContent()).toContain(`for ${trended.id}`);

    const logAfter = await sheetValues('Check-ins');
    expect(logAfter.length).toBe(logBefore.length + 1);
    expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
    expect(logAfter[logAfter.length - 1].slice(1, 5)).toEqual([trended.id, newValue, 0.7, 'From the browser test']);

    const okrsAfter = await sheetValues('OKRs');
    const changed: string[] = [];
    okrsAfter.forEach((r, i) => r.forEach((v, j) => v !== okrsBefore[i][j] && changed.push(`${i + 1},${j + 1}`)));
    expect(changed).toEqual([`${row + 1},${currentColumn + 1}`]);
    expect(okrsAfter[row][currentColumn]).toBe(newValue);

    // The grid shows it at once (the page redraws after every execution).
    await openTab('OKRs');
    const cell = page.locator(`table.sheet tbody tr[data-row="${row + 1}"] td[data-col="current"]`);
    expect(await cell.getAttribute('data-value')).toBe(String(newValue));

    await menu('Build cascade');
    await expect.poll(() => page.locator('.sheet-area').getAttribute('data-sheet')).toBe('OKR Cascade');
    const cascade = await sheetValues('OKR Cascade');
    const cascadeRow = cascade.find((r) => r[cascade[0].indexOf('ID')] === trended.id)!;
    expect(cascadeRow[cascade[0].indexOf('Current')]).toBe(newValue);

    await menu('Build dashboard');
    await expect.poll(() => page.locator('.sheet-area').getAttribute('data-sheet')).toBe('OKR Dashboard');
    const points = await page.evaluate((id) => {
      const sheet = (window as unknown as PageWindow).alignedPreview.host.spreadsheet.getSheetByName('OKR Dashboard')!;
      const line = sheet.getCharts().find((c) => c._spec.type === 'LINE' && String(c.getRanges()[0].getValues()[0][1]) === `${id} progress`)!;
      return line.getRanges()[0].getValues().length - 1;
    }, trended.id);
    expect(points).toBe(trended.points + 1);
    await expect.poll(() => page.locator('figure.embedded-chart svg').count()).toBeGreaterThanOrEqual(4);
  });

  it('shows the Validate sidebar from the built HTML, and Insert sample adds a sheet without touching the log', async () => {
    await page.getByRole('tab', { name: 'Aligned: validate' }).click();
    const body = (await (await sidebarFrame('Aligned: validate')).locator('body').textContent()) ?? '';
    expect(body).toMatch(/No problems found in "OKRs"|problems? in "OKRs"/);
    const logBefore = await sheetValues('Check-ins');
    await menu('Insert sample OKRs');
    await expect.poll(() => page.locator('#tabs [role="tab"]').allTextContents()).toContain('OKRs (2)');
    expect(await page.locator('#toast').textContent()).toContain('OKRs (2)');
    expect(await sheetValues('Check-ins')).toEqual(logBefore);
  });
});

describe('Map columns', () => {
  it('prefills the detected columns, saves the mapping in the document, writes nothing into the sheet, and detects again on request', async () => {
    const okrsBefore = await sheetValues('OKRs');
    await menu('Map columns…');
    await expect.poll(() => page.locator('iframe[title="Aligned: map columns"]').count()).toBe(1);
    const frame = await sidebarFrame('Aligned: map columns');
    await expect.poll(() => frame.locator('#roles select').count()).toBeGreaterThan(5);
    await expect.poll(() => frame.locator('#preview tr').count()).toBeGreaterThan(1);
    const picked = async () =>
      Object.fromEntries(
        await frame.locator('#roles select').evaluateAll((selects) => selects.map((s) => [s.getAttribute('data-role'), (s as HTMLSelectElement).value]))
      ) as Record<string, string>;
    const detected = await picked();
    // The sample sheet has its ID, title and target columns; the reader found them.
    for (const role of ['id', 'title', 'target']) expect(detected[role], role).not.toBe('');

    await frame.locator('#save').click();
    await expect.poll(() => frame.locator('#message').textContent()).toMatch(/^Saved\. .*Every command now reads the sheet this way\.$/);
    const stored = await page.evaluate(() => (window as unknown as { alignedPreview: { host: { gas: { properties: { document: Map<string, string> } } } } }).alignedPreview.host.gas.properties.document.get('aligned:column-mapping'));
    const mapping = JSON.parse(stored ?? 'null') as { roles: Record<string, number> } | null;
    expect(mapping).not.toBeNull();
    for (const [role, index] of Object.entries(detected)) {
      if (index !== '') expect(mapping!.roles[role], role).toBe(Number(index));
    }
    expect(await sheetValues('OKRs')).toEqual(okrsBefore);

    await frame.locator('#clear').click();
    // Cleared, then read again as detected (the sidebar reloads and says so).
    await expect.poll(() => frame.locator('#message').textContent()).toBe('Detected; nothing is saved yet.');
    const cleared = await page.evaluate(() => (window as unknown as { alignedPreview: { host: { gas: { properties: { document: Map<string, string> } } } } }).alignedPreview.host.gas.properties.document.has('aligned:column-mapping'));
    expect(cleared).toBe(false);
    expect(await sheetValues('OKRs')).toEqual(okrsBefore);
    await page.getByRole('button', { name: 'Close Aligned: map columns' }).click();
    await expect.poll(() => page.locator('iframe[title="Aligned: map columns"]').count()).toBe(0);
    await page.getByRole('tab', { name: 'Aligned: validate' }).click(); // as the earlier tests left the dock
  });
});

describe('a small window', () => {
  it('closes the sidebars and shows the dashboard at 800 × 600', async () => {
    await openTab('OKR Dashboard');
    // The front sidebar first (the Validate one, last looked at), then the other.
    for (const title of ['Aligned: validate', 'Aligned: check in']) {
      await page.getByRole('button', { name: `Close ${title}` }).click();
    }
    await expect.poll(() => page.locator('#sidebar-dock').isHidden()).toBe(true);
    await page.setViewportSize({ width: 800, height: 600 });
    const toast = page.getByRole('button', { name: 'Dismiss' });
    if (await toast.isVisible()) await toast.click();
    await page.locator('figure[data-chart-type="BAR"]').evaluate((figure) => figure.scrollIntoView({ block: 'nearest', inline: 'end' }));
    const figure = (await page.locator('figure[data-chart-type="BAR"]').boundingBox())!;
    expect(figure.x).toBeGreaterThanOrEqual(0);
    expect(figure.x + figure.width).toBeLessThanOrEqual(800);
    await page.screenshot({ path: screenshotPath('sheets-dashboard-800x600') });
  });
});

describe('the whole session', () => {
  it('logged no console error and had no failed request', () => {
    expect(preview.problems.failedRequests).toEqual([]);
    expect(preview.problems.consoleErrors).toEqual([]);
  });
});
