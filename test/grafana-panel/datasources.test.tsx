// @vitest-environment jsdom
import { canvasText } from './dom-stubs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { DataFrame } from '@grafana/data';
import React from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadModeViews } from '../../grafana-panel/src/components/AlignedPanel';
import { plugin } from '../../grafana-panel/src/module';
import { prepareSeries } from '../../grafana-panel/src/data/longFrames';
import type { AlignedOptions } from '../../grafana-panel/src/types';
import * as ds from './datasourceFrames';
import { initEditorRegistry, NOW, options, panelProps } from './fixtures';

// Bullets and the tree are lazy chunks in the built plugin; load them once so every render is synchronous.
beforeAll(() => loadModeViews());

const Panel = plugin.panel!;
const BAD_TEXT = /NaN|undefined|Infinity|\[object/;

beforeAll(() => {
  initEditorRegistry();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 250));
  vi.useRealTimers();
});
afterEach(cleanup);

async function renderPanel(series: DataFrame[], opts: AlignedOptions, onOptionsChange?: (o: AlignedOptions) => void) {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  canvasText.length = 0;
  const props = panelProps(series, opts, { width: 900, height: 420 });
  if (onOptionsChange) props.onOptionsChange = onOptionsChange as typeof props.onOptionsChange;
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<Panel {...props} />);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  const text = result!.container.textContent ?? '';
  expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  errors.mockRestore();
  expect(text).not.toContain('The panel could not draw this data');
  expect(text).not.toMatch(BAD_TEXT);
  expect(canvasText.join(' ')).not.toMatch(BAD_TEXT);
  return { container: result!.container, text };
}

interface SeriesCase {
  name: string;
  frames: () => DataFrame[];
  target: string;
  /** How the unit reads in the bullets' figures. */
  unit?: RegExp;
  /** The series that carry that unit (default: all). */
  unitOn?: string[];
}

/** The figures beside a bullet ("1.01K req/s / 1.5K req/s · 42 %"). */
const figures = (item: Element) => item.querySelector('[tabindex="0"]')?.textContent ?? '';

const SERIES_CASES: SeriesCase[] = [
  { name: 'Prometheus matrix with labels', frames: () => ds.prometheusMatrix(false), target: '1500', unit: /^\d\.\d+K req\/s \/ 1\.50?K req\/s/ },
  { name: 'Prometheus matrix with a legend', frames: () => ds.prometheusMatrix(true), target: '1500', unit: /req\/s/ },
  { name: 'Loki metric query', frames: ds.lokiMetric, target: '10' },
  { name: 'SQL long rows, Format as Time series', frames: ds.sqlLongAsTimeSeries, target: '1000' },
  { name: 'SQL wide rows with a currency unit', frames: ds.sqlWideCurrency, target: '30000', unit: /^\$25\.5K \/ \$30K/, unitOn: ['revenue'] },
  { name: 'Flux with tags', frames: ds.fluxWithTags, target: '50', unit: /%/ },
  { name: 'Google Sheets, typed columns', frames: () => ds.googleSheets(true), target: '1000' },
  { name: 'Infinity JSON', frames: ds.infinityJson, target: '100', unit: /%/ },
];

describe.each(SERIES_CASES)('$name', ({ frames, target, unit, unitOn }) => {
  const names = ds.grafanaNames(frames());

  it('overlay: Grafana display names, no error, no stray text', async () => {
    const { text } = await renderPanel(frames(), options({ mode: 'overlay', keyResult: { target } }));
    for (const name of names) expect(text).toContain(name);
    expect(canvasText.some((t) => t.startsWith('Target'))).toBe(true);
  });

  it('bullets: one bullet per series with the unit as Grafana formats it', async () => {
    const { container } = await renderPanel(frames(), options({ mode: 'bullets', keyResult: { target } }));
    const items = Array.from(container.querySelectorAll('[role="listitem"]'));
    expect(items.map((i) => i.querySelector('[class*="title"], a, span')?.textContent)).toEqual(expect.arrayContaining(names));
    expect(items).toHaveLength(names.length);
    const withUnit = items.filter((i) => !unitOn || unitOn.some((n) => i.textContent?.startsWith(n)));
    expect(withUnit.length).toBeGreaterThan(0);
    if (unit) for (const item of withUnit) expect(figures(item)).toMatch(unit);
  });
});

describe('SQL long rows, Format as Table (time, metric, value)', () => {
  it('splits into one series per metric as Prepare time series does, named as Grafana names them', () => {
    const prepared = prepareSeries(ds.sqlLongTable());
    expect(prepared.problem).toBeNull();
    expect(prepared.series).toHaveLength(2);
    const names = ds.grafanaNames(prepared.series);
    expect(names).toHaveLength(2);
    expect(names.some((n) => n.includes('cpu'))).toBe(true);
    expect(names.some((n) => n.includes('signups'))).toBe(true);
  });

  it('overlay and bullets show each metric with its own values, never mixed', async () => {
    const names = ds.grafanaNames(prepareSeries(ds.sqlLongTable()).series);
    const { text } = await renderPanel(ds.sqlLongTable(), options({ mode: 'overlay', keyResult: { target: '1000' } }));
    for (const name of names) expect(text).toContain(name);
    const { container } = await renderPanel(ds.sqlLongTable(), options({ mode: 'bullets', keyResult: { target: '1000' } }));
    const items = Array.from(container.querySelectorAll('[role="listitem"]'));
    expect(items).toHaveLength(2);
    // cpu ends at 20 + 0.5 × 46 = 43, signups at 100 + 10 × 46 = 560: each bullet shows its own.
    expect(figures(items.find((i) => i.textContent?.includes('cpu'))!)).toMatch(/^43 \/ 1,000/);
    expect(figures(items.find((i) => i.textContent?.includes('signups'))!)).toMatch(/^560 \/ 1,000/);
  });

  it('splits metrics sampled at different times too (no time repeats), and leaves a constant text column alone', () => {
    const [frame] = ds.sqlLongTable();
    const shifted = { ...frame, fields: frame.fields.map((f) => (f.name === 'time' ? { ...f, values: f.values.map((t: number, i: number) => t + (i % 2) * 60_000) } : f)) };
    expect(prepareSeries([shifted]).series).toHaveLength(2);
    const constant = { ...frame, fields: frame.fields.map((f) => (f.name === 'metric' ? { ...f, values: f.values.map(() => 'x') } : f.name === 'time' ? { ...f, values: f.values.map((_: number, i: number) => ds.TIMES[0] + i * 3_600_000) } : f)) };
    expect(prepareSeries([constant]).series).toEqual([constant]);
  });

  it('names the transformation to add when the text columns do not tell the series apart', () => {
    const [frame] = ds.sqlLongTable();
    const sameName = { ...frame, fields: frame.fields.map((f) => (f.name === 'metric' ? { ...f, values: f.values.map(() => 'x') } : f)) };
    const prepared = prepareSeries([sameName]);
    expect(prepared.problem?.action).toContain('Partition by values');
    expect(prepared.problem?.action).toContain('Prepare time series');
  });
});

describe.each([
  { name: 'Google Sheets without types', frames: () => ds.googleSheets(false), conversions: ['"Date" as Time', '"Signups" as Number'] },
  { name: 'Infinity CSV', frames: ds.infinityCsv, conversions: ['"time" as Time', '"value" as Number'] },
])('$name: numbers as text', ({ frames, conversions }) => {
  it.each(['overlay', 'bullets'] as const)('%s names the exact Convert field type transformation to add', async (mode) => {
    const { text } = await renderPanel(frames(), options({ mode, keyResult: { target: '1000' } }));
    expect(text).toContain('Convert field type');
    for (const c of conversions) expect(text).toContain(c);
  });
});

describe.each([
  { name: 'OKR rows from an SQL table', frames: ds.okrSqlTable },
  { name: 'OKR rows from an Infinity CSV (all text)', frames: ds.okrInfinityCsv },
])('$name, without a Baseline column', ({ frames }) => {
  it('shows the tree when the display was never chosen', async () => {
    await renderPanel(frames(), options({ mode: 'auto' }));
    expect(screen.getByRole('tree', { name: 'OKR cascade' })).toBeTruthy();
    expect(screen.getAllByText('Qualified leads').length).toBeGreaterThan(0);
  });

  it('in the Overlay, says these are OKR rows and offers the Tree instead of scoring start_date', async () => {
    const changes: AlignedOptions[] = [];
    const { text } = await renderPanel(frames(), options({ mode: 'overlay' }), (o) => changes.push(o));
    expect(text).toContain('The query returns OKR rows');
    expect(text).not.toContain('The target equals the baseline');
    fireEvent.click(screen.getByRole('button', { name: 'Show as Tree' }));
    expect(changes[0]?.mode).toBe('tree');
  });

  it('tree: no warning about a Baseline column that does not exist, no row printed twice', async () => {
    const { text } = await renderPanel(frames(), options({ mode: 'tree' }));
    const toggle = screen.queryByRole('button', { name: /problem/ });
    if (toggle) fireEvent.click(toggle);
    const all = document.body.textContent ?? '';
    expect(all).not.toMatch(/column Baseline/);
    expect(all).not.toMatch(/(Row \d+, column [A-Za-z]+:)\s*\1/);
    expect(text).toContain('New revenue');
  });

  it('bullets: one bullet per key result', async () => {
    const { container } = await renderPanel(frames(), options({ mode: 'bullets' }));
    expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(2);
  });
});
