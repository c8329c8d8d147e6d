// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import {
  AS_OF,
  OKR_HEADER,
  PERIOD_END,
  PERIOD_START,
  okrFrame,
  panelOptions,
  renderPanel,
  row,
  smallCascadeRows,
} from './tree.fixtures'; // first: stubs jsdom before @grafana/ui loads
import { createTheme, FieldType, toDataFrame } from '@grafana/data';
import { BulletsView } from '../../grafana-panel/src/modes/bullets/BulletsView';
import { scoreBandColor, statusColor } from '../../grafana-panel/src/theme/statusColors';

afterEach(cleanup);

const bulletsOptions = (bullets: Record<string, unknown> = {}) => panelOptions('bullets', { bullets });

function bulletIds(): string[] {
  return Array.from(document.querySelectorAll('[data-bullet-id]')).map((el) => el.getAttribute('data-bullet-id') ?? '');
}

function bullet(id: string): HTMLElement {
  const el = document.querySelector(`[data-bullet-id="${id}"]`);
  if (!el) {
    throw new Error(`no bullet ${id}`);
  }
  return el as HTMLElement;
}

/** 50 key results under 5 objectives, progress 0 %, 2 %, … 98 % of a half-elapsed year. */
function fiftyRows() {
  const period = { Start: PERIOD_START, End: PERIOD_END };
  const rows = [];
  for (let o = 0; o < 5; o++) {
    rows.push(row({ ID: `O${o}`, Type: 'objective', Title: `Objective ${o}`, Owner: `Team ${o}`, ...period }));
  }
  for (let k = 0; k < 50; k++) {
    rows.push(
      row({
        ID: `K${k}`,
        Parent: `O${k % 5}`,
        Type: 'key result',
        Title: `Key result ${k}`,
        Owner: `Owner ${k % 7}`,
        Kind: 'increase',
        Baseline: 0,
        Target: 50,
        Current: k,
        ...period,
      })
    );
  }
  return rows;
}

describe('BulletsView', () => {
  it('draws one readable bullet per key result, 50 in an 800 × 600 panel, as compact list rows', () => {
    renderPanel(BulletsView, [okrFrame(fiftyRows())], bulletsOptions(), { width: 800, height: 600 });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(screen.getAllByRole('img')).toHaveLength(50);
    // Compact rows (list layout), not cards, when 50 cards would not fit.
    expect(bullet('K0').style.height).toBe('34px');
    expect(within(bullet('K0')).getByText('Off track')).toBeTruthy();
    expect(within(bullet('K49')).getByText('On track')).toBeTruthy();
    // One cell per grid column in every row (the alert cell too, empty for OKR rows), so no cell wraps to a row of its own.
    const columns = (getComputedStyle(bullet('K0')).gridTemplateColumns.match(/minmax\([^)]*\)|[^\s]+/g) ?? []).length;
    expect(columns).toBe(6);
    for (const item of items) expect(item.children).toHaveLength(columns);
  });

  it('shows the status in words and in the theme colour, the figures, the score and the owner', () => {
    renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions());
    const theme = createTheme({ colors: { mode: 'light' } });
    const off = within(bullet('KR2')).getByText('Off track');
    expect(off.style.color).toBe(cssColor(statusColor(theme, 'off_track')));
    expect(within(bullet('KR2')).getByText('10 / 100 · 10 %')).toBeTruthy();
    // 10 % at half time projects to 20 %: a red "0.2 projected", in the theme's red.
    const score = within(bullet('KR2')).getByTestId('aligned-score');
    expect(score.textContent).toBe('0.2 projected');
    expect(score.style.color).toBe(cssColor(scoreBandColor(theme, 'red')));
    expect(score.getAttribute('aria-label')).toMatch(/^Score 0\.2 projected\. Projected 0\.2: at the current pace 20 % by /);
    expect(within(bullet('KR2')).getByText('Bob')).toBeTruthy();
    // Only key results become bullets, not objectives or the mission.
    expect(bulletIds().sort()).toEqual(['KR1', 'KR2', 'KR3', 'KR4']);
    cleanup();
    // The dark theme has its own shade, and the words stay.
    renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions(), { themeMode: 'dark' });
    const dark = createTheme({ colors: { mode: 'dark' } });
    const darkOff = within(bullet('KR2')).getByText('Off track');
    expect(darkOff.style.color).toBe(cssColor(statusColor(dark, 'off_track')));
    expect(darkOff.style.color).not.toBe(off.style.color);
  });

  it('places the bar, target, pace tick and pace bands, and says them in words', () => {
    renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions({ layout: 'list' }));
    const chart = within(bullet('KR1')).getByRole('img');
    const label = chart.getAttribute('aria-label') ?? '';
    expect(label).toContain('current 60');
    expect(label).toContain('target 100');
    expect(label).toContain('pace expects 50 % of the way today');
    expect(label).toContain('bands: off-track pace, at-risk pace, on-track pace');
    expect(label).toContain('status On track');
    const left = (part: string) => parseFloat((chart.querySelector(`[data-part="${part}"]`) as HTMLElement).style.left);
    // The bar starts at the baseline, the pace tick sits between baseline and target, the target right of both.
    expect(left('target')).toBeGreaterThan(left('pace'));
    expect(left('pace')).toBeGreaterThan(left('bar'));
    expect(chart.querySelectorAll('[data-band]')).toHaveLength(3);
    // A decreasing key result (100 → 50) has its target left of its baseline.
    const kr3 = within(bullet('KR3')).getByRole('img');
    const kr3Left = (part: string) => parseFloat((kr3.querySelector(`[data-part="${part}"]`) as HTMLElement).style.left);
    expect(kr3Left('target')).toBeLessThan(kr3Left('pace'));
  });

  it('sorts by status (worst first), by progress and by name', () => {
    const { unmount } = renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions({ sortBy: 'status' }));
    // KR2 off track; KR3 and KR4 at risk (40 %, tie keeps query order); KR1 on track.
    expect(bulletIds()).toEqual(['KR2', 'KR3', 'KR4', 'KR1']);
    unmount();
    const byName = renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions({ sortBy: 'name' }));
    // Cost per unit, Deals closed, Leads per month, Suppliers renegotiated.
    expect(bulletIds()).toEqual(['KR3', 'KR2', 'KR1', 'KR4']);
    byName.unmount();
    const rows = smallCascadeRows().map((r) => [...r]);
    rows[3][OKR_HEADER.indexOf('Current')] = 30; // KR1 drops to 30 %: off track, but above KR2's 10 %
    renderPanel(BulletsView, [okrFrame(rows)], bulletsOptions({ sortBy: 'progress' }));
    expect(bulletIds()).toEqual(['KR2', 'KR1', 'KR3', 'KR4']);
  });

  it('groups by objective or by owner, with a heading per group', () => {
    renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions({ groupBy: 'objective', sortBy: 'source' }));
    expect(screen.getByRole('heading', { name: 'Grow sales' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cut costs' })).toBeTruthy();
    const sales = screen.getByRole('list', { name: 'Key results of Grow sales' });
    expect(within(sales).getAllByRole('listitem').map((el) => el.getAttribute('data-bullet-id'))).toEqual(['KR1', 'KR2']);
    cleanup();
    renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions({ groupBy: 'owner', sortBy: 'status' }));
    // One group per owner, the group holding the worst key result (Bob's KR2) first.
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Bob', 'Cy', 'Di', 'Ann']);
  });

  it('uses a grid of cards when few key results fit a wide panel', () => {
    renderPanel(BulletsView, [okrFrame(smallCascadeRows())], bulletsOptions(), { width: 1200, height: 400 });
    const list = screen.getByRole('list', { name: 'Key results' });
    expect(list.style.gridTemplateColumns).toBe('repeat(4, minmax(0, 1fr))');
  });

  it('takes a live Current from the series a row names by refId', () => {
    const rows = smallCascadeRows().map((r) => [...r]);
    rows[4][OKR_HEADER.indexOf('Metric')] = 'D'; // KR2 (table Current 10) reads query D
    const live = toDataFrame({
      refId: 'D',
      fields: [
        { name: 'time', type: FieldType.time, values: [AS_OF - 86_400_000, AS_OF] },
        { name: 'deals', type: FieldType.number, values: [40, 55] },
      ],
    });
    renderPanel(BulletsView, [okrFrame(rows), live], bulletsOptions());
    expect(within(bullet('KR2')).getByText('55 / 100 · 55 %')).toBeTruthy();
    expect(within(bullet('KR2')).getByText('On track')).toBeTruthy();
  });

  it('draws one bullet per numeric series when there are no OKR rows', () => {
    const series = toDataFrame({
      refId: 'A',
      fields: [
        { name: 'time', type: FieldType.time, values: [AS_OF - 2 * 86_400_000, AS_OF - 86_400_000] },
        { name: 'signups', type: FieldType.number, values: [10, 20] },
        { name: 'revenue', type: FieldType.number, values: [5, 8] },
      ],
    });
    const options = panelOptions('bullets', {
      bullets: {},
      keyResult: { ...panelOptions('bullets').keyResult, target: '40', baselineSource: 'option', baseline: '0' },
    });
    renderPanel(BulletsView, [series], options);
    const titles = screen.getAllByRole('listitem').map((el) => within(el).getAllByTitle(/signups|revenue/)[0].textContent);
    expect(titles.sort()).toEqual(['revenue', 'signups']);
    expect(screen.getByText('20 / 40 · 50 %')).toBeTruthy();
  });

  it('opens the data links of the key result\'s row from its title', () => {
    const frame = okrFrame(smallCascadeRows());
    const title = frame.fields.find((f) => f.name === 'Title')!;
    title.config.links = [{ title: 'Details', url: 'https://okr.example/${__value.raw}' }];
    title.getLinks = ({ valueRowIndex }) => [
      { href: `https://okr.example/${frame.fields[0].values[valueRowIndex!]}`, title: 'Details', target: '_self', origin: title },
    ];
    renderPanel(BulletsView, [frame], bulletsOptions());
    expect(within(bullet('KR3')).getByText('Cost per unit').closest('a')?.getAttribute('href')).toBe('https://okr.example/KR3');
  });

  it('renders hostile HTML in titles and owners as text', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const rows = [
      row({ ID: 'O', Type: 'objective', Title: '<b>objective</b>', Start: PERIOD_START, End: PERIOD_END }),
      row({ ID: 'K', Parent: 'O', Type: 'key result', Title: evil, Owner: '<i>me</i>', Kind: 'increase', Baseline: 0, Target: 10, Current: 5 }),
    ];
    const { container } = renderPanel(BulletsView, [okrFrame(rows)], bulletsOptions({ groupBy: 'objective' }));
    expect(screen.getByText(evil)).toBeTruthy();
    expect(screen.getByText('<i>me</i>')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '<b>objective</b>' })).toBeTruthy();
    expect(container.querySelector('img, b, i')).toBeNull();
  });

  it('lists row problems and still draws the good key results', () => {
    const rows = [
      ...smallCascadeRows(),
      row({ ID: 'KR9', Parent: 'O1', Type: 'key result', Title: 'Broken', Kind: 'increase', Baseline: 0, Target: 'ten', Current: 1 }),
    ];
    renderPanel(BulletsView, [okrFrame(rows)], bulletsOptions());
    expect(screen.getByRole('button', { name: /problem/ })).toBeTruthy();
    expect(bulletIds()).toEqual(expect.arrayContaining(['KR1', 'KR2', 'KR3', 'KR4']));
  });
});

/** jsdom normalises colours in style to rgb(); compare like with like. */
function cssColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  return probe.style.color;
}
