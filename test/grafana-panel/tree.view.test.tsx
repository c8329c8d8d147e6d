// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
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
  stubBrowser,
} from './tree.fixtures'; // first: stubs jsdom before @grafana/ui loads
import { FieldType, toDataFrame } from '@grafana/data';
import { TreeView } from '../../grafana-panel/src/modes/tree/TreeView';

beforeAll(stubBrowser);
afterEach(cleanup);

const treeOptions = (tree: Record<string, unknown> = {}) => panelOptions('tree', { tree });

function treeItem(id: string): HTMLElement {
  const el = document.querySelector(`[role="treeitem"][data-node-id="${id}"]`);
  if (!el) {
    throw new Error(`no tree item for ${id}`);
  }
  return el as HTMLElement;
}

function visibleIds(): string[] {
  return screen.getAllByRole('treeitem').map((el) => el.getAttribute('data-node-id') ?? '');
}

describe('TreeView', () => {
  it('shows every node with its status in words, its owner and score', () => {
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], treeOptions());
    expect(screen.getByRole('tree', { name: 'OKR cascade' })).toBeTruthy();
    // Half the year gone: 60 % is on track, 10 % off track, 40 % at risk (core's 0.9/0.7 pace rule).
    expect(within(treeItem('KR1')).getByText('On track')).toBeTruthy();
    expect(within(treeItem('KR2')).getByText('Off track')).toBeTruthy();
    expect(within(treeItem('KR3')).getByText('At risk')).toBeTruthy();
    expect(within(treeItem('KR1')).getByText('Ann')).toBeTruthy();
    expect(within(treeItem('KR1')).getByText('60 %')).toBeTruthy();
    // Scores are graded at the period's end: 60 % at half time projects to 100 %, 40 % to 80 %.
    const kr1Score = within(treeItem('KR1')).getByTestId('aligned-score');
    expect(kr1Score.textContent).toBe('1.0 projected');
    expect(kr1Score.getAttribute('title')).toMatch(/^Projected 1\.0: at the current pace 100 % by \d+ \w{3}\.$/);
    expect(within(treeItem('KR2')).getByTestId('aligned-score').textContent).toBe('0.2 projected');
    // At risk beside a green 0.8: the tooltip says why they differ.
    const kr3Score = within(treeItem('KR3')).getByTestId('aligned-score');
    expect(kr3Score.textContent).toBe('0.8 projected');
    expect(kr3Score.getAttribute('title')).toMatch(/At risk: progress is behind the pace the status asks for, yet the score 0\.8 projected/);
    expect(treeItem('M').getAttribute('aria-level')).toBe('1');
    expect(treeItem('KR1').getAttribute('aria-level')).toBe('3');
  });

  it('shows no score for a key result with no data, and says why', () => {
    const silent = row({ ID: 'KR5', Parent: 'O2', Level: 'annual', Type: 'key result', Title: 'Audits passed', Kind: 'increase', Baseline: 0, Target: 4, Start: PERIOD_START, End: PERIOD_END });
    renderPanel(TreeView, [okrFrame([...smallCascadeRows(), silent])], treeOptions());
    const score = within(treeItem('KR5')).getByTestId('aligned-score');
    expect(score.textContent).toBe('—');
    expect(score.getAttribute('title')).toBe('No score: no data yet.');
    expect(within(treeItem('KR5')).getByText('No data')).toBeTruthy();
  });

  it('scores with the panel\'s status rule, and names an unknown rule as a problem', () => {
    const viva = panelOptions('tree', { tree: {}, keyResult: { ...panelOptions('tree').keyResult, statusPreset: 'viva' } });
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], viva);
    // Viva: on track only at or ahead of the pace, so 40 % of an expected 50 % is behind.
    expect(within(treeItem('KR3')).getByText('Off track')).toBeTruthy();
    cleanup();
    const unknown = panelOptions('tree', { tree: {}, keyResult: { ...panelOptions('tree').keyResult, statusPreset: 'strict' } });
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], unknown);
    fireEvent.click(screen.getByRole('button', { name: /1 problem/ }));
    expect(screen.getByText(/"strict", which is not a status rule/)).toBeTruthy();
    expect(within(treeItem('KR3')).getByText('At risk')).toBeTruthy(); // the default rule
  });

  it('collapses and expands a branch with the mouse', () => {
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], treeOptions());
    expect(visibleIds()).toContain('KR1');
    fireEvent.click(screen.getByRole('button', { name: 'Collapse Grow sales' }));
    expect(visibleIds()).not.toContain('KR1');
    expect(treeItem('O1').getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Expand Grow sales' }));
    expect(visibleIds()).toContain('KR1');
  });

  it('collapses and expands with the keyboard', () => {
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], treeOptions());
    const tree = screen.getByRole('tree');
    tree.focus();
    fireEvent.keyDown(tree, { key: 'ArrowDown' }); // focus the mission
    expect(treeItem('M').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' }); // collapse it
    expect(visibleIds()).toEqual(['M']);
    fireEvent.keyDown(tree, { key: 'ArrowRight' }); // open it again
    expect(visibleIds()).toEqual(['M', 'O1', 'KR1', 'KR2', 'O2', 'KR3', 'KR4']);
    fireEvent.keyDown(tree, { key: 'ArrowRight' }); // into the first child
    expect(treeItem('O1').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tree, { key: 'Enter' }); // toggle it
    expect(visibleIds()).toEqual(['M', 'O1', 'O2', 'KR3', 'KR4']);
    expect(tree.getAttribute('aria-activedescendant')).toBe(treeItem('O1').id);
  });

  it('opens only the first levels by default, as set by "Levels open at first"', () => {
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], treeOptions({ expandDepth: 1 }));
    expect(visibleIds()).toEqual(['M', 'O1', 'O2']);
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(visibleIds()).toHaveLength(7);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(visibleIds()).toEqual(['M']);
  });

  it('orders children worst status first when asked, and keeps the query order otherwise', () => {
    const [m, o1, o2, ...krs] = smallCascadeRows();
    const rows = [m, o2, o1, ...krs]; // the query lists "Cut costs" first
    const { unmount } = renderPanel(TreeView, [okrFrame(rows)], treeOptions());
    expect(visibleIds()).toEqual(['M', 'O2', 'KR3', 'KR4', 'O1', 'KR1', 'KR2']);
    unmount();
    renderPanel(TreeView, [okrFrame(rows)], treeOptions({ childOrder: 'worstFirst' }));
    // O1 (35 %) and O2 (40 %) are both at risk: the lower progress first; within O1 the off-track
    // KR2 first; KR3 and KR4 tie (both 40 %, at risk) and keep the query order.
    expect(visibleIds()).toEqual(['M', 'O1', 'KR2', 'KR1', 'O2', 'KR3', 'KR4']);
  });

  it('highlights the weakest branch and jumps to it', () => {
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], treeOptions({ expandDepth: 1 }));
    const badges = screen.getAllByText('Weakest');
    expect(badges.map((b) => b.closest('[role="treeitem"]')?.getAttribute('data-node-id'))).toEqual(['M', 'O1']);
    fireEvent.click(screen.getByRole('button', { name: /Show weakest branch/ }));
    expect(treeItem('KR2').getAttribute('aria-selected')).toBe('true');
    expect(within(treeItem('KR2')).getByText('Weakest')).toBeTruthy();
  });

  it('explains the rollup on hover', async () => {
    renderPanel(TreeView, [okrFrame(smallCascadeRows())], treeOptions());
    const progress = within(treeItem('O1')).getByLabelText(/^Progress 35 %/);
    expect(progress.getAttribute('aria-label')).toMatch(/2 of 2/);
    await act(async () => {
      fireEvent.mouseEnter(progress);
      fireEvent.pointerEnter(progress);
    });
    const tips = await screen.findAllByText(/2 of 2/, {}, { timeout: 2000 });
    expect(tips.length).toBeGreaterThan(0);
  });

  it('lists problems with row and column while the good rows still render', () => {
    const rows = [
      ...smallCascadeRows(),
      row({ ID: 'KR1', Parent: 'O1', Type: 'key result', Title: 'Duplicate of KR1', Kind: 'increase', Target: 5, Current: 1 }),
      row({ ID: 'X1', Parent: 'NOPE', Type: 'objective', Title: 'Orphan objective' }),
      row({ ID: 'C1', Parent: 'C2', Type: 'objective', Title: 'Loop one' }),
      row({ ID: 'C2', Parent: 'C1', Type: 'objective', Title: 'Loop two' }),
      row({ ID: 'BAD', Parent: 'O2', Type: 'key result', Title: 'Bad target', Kind: 'increase', Baseline: 0, Target: 'lots', Current: 3 }),
    ];
    renderPanel(TreeView, [okrFrame(rows)], treeOptions());
    const toggle = screen.getByRole('button', { name: /problems/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const list = screen.getByRole('list', { name: 'Problems in the OKR rows' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(toggle.textContent).toContain(`${items.length} problems`);
    // The header is row 1, so the n-th data row is row n + 1, as in the CSV or sheet.
    expect(items.some((t) => /Row 9/.test(t) && /KR1/.test(t))).toBe(true); // duplicate ID
    expect(items.some((t) => /Row 10, column Parent/.test(t) && /NOPE/.test(t))).toBe(true); // unknown parent
    expect(items.some((t) => /C1/.test(t) && /C2/.test(t))).toBe(true); // the cycle names both IDs
    expect(items.some((t) => /Row 13, column Target/.test(t) && /lots/.test(t))).toBe(true); // bad number
    // Good rows are all there; the orphan is shown as a root; the duplicate is not drawn twice.
    expect(visibleIds()).toEqual(expect.arrayContaining(['M', 'O1', 'KR1', 'KR2', 'O2', 'KR3', 'KR4', 'X1']));
    expect(visibleIds().filter((id) => id === 'KR1')).toHaveLength(1);
    expect(within(treeItem('KR2')).getByText('Off track')).toBeTruthy();
  });

  it('takes Current from the live series a row names by refId, keeping the table target', () => {
    const rows = smallCascadeRows().map((r) => [...r]);
    const metric = OKR_HEADER.indexOf('Metric');
    rows[3][metric] = 'B'; // KR1 (table Current 60) now reads query B
    const live = toDataFrame({
      refId: 'B',
      fields: [
        { name: 'time', type: FieldType.time, values: [AS_OF - 2 * 86_400_000, AS_OF - 86_400_000, AS_OF] },
        { name: 'leads', type: FieldType.number, values: [70, 90, null] },
      ],
    });
    renderPanel(TreeView, [okrFrame(rows), live], treeOptions());
    // Last non-null of B is 90: 90 % of the table's 0 → 100.
    const kr1 = treeItem('KR1');
    expect(within(kr1).getByText('90 %')).toBeTruthy();
    expect(within(kr1).getByLabelText(/Current from B · leads/)).toBeTruthy();
  });

  it('uses the chosen reducer for live values', () => {
    const rows = smallCascadeRows().map((r) => [...r]);
    rows[3][OKR_HEADER.indexOf('Metric')] = 'leads'; // by field name this time
    const live = toDataFrame({
      refId: 'B',
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 2, 3] },
        { name: 'leads', type: FieldType.number, values: [10, 20, 30] },
      ],
    });
    renderPanel(TreeView, [okrFrame(rows), live], treeOptions({ reducer: 'mean' }));
    expect(within(treeItem('KR1')).getByText('20 %')).toBeTruthy();
  });

  it('warns about a Metric naming no series, and keeps the table value', () => {
    const rows = smallCascadeRows().map((r) => [...r]);
    rows[3][OKR_HEADER.indexOf('Metric')] = 'Z';
    const live = toDataFrame({ refId: 'B', fields: [{ name: 'leads', type: FieldType.number, values: [1] }] });
    renderPanel(TreeView, [okrFrame(rows), live], treeOptions());
    fireEvent.click(screen.getByRole('button', { name: /1 problem/ }));
    expect(screen.getByText(/Metric "Z" names no query refId or field/)).toBeTruthy();
    expect(screen.getByText('Row 5, column Metric:')).toBeTruthy();
    expect(within(treeItem('KR1')).getByText('60 %')).toBeTruthy();
  });

  it('opens the Grafana data links of the OKR table from a node, for that node\'s row', () => {
    const frame = okrFrame(smallCascadeRows());
    const title = frame.fields.find((f) => f.name === 'Title')!;
    title.config.links = [{ title: 'Open in tracker', url: 'https://tracker.example/${__value.raw}' }];
    // What applyFieldOverrides installs: links evaluated for one row.
    title.getLinks = ({ valueRowIndex }) => [
      { href: `https://tracker.example/${frame.fields[0].values[valueRowIndex!]}`, title: 'Open in tracker', target: '_blank', origin: title },
    ];
    renderPanel(TreeView, [frame], treeOptions());
    const link = within(treeItem('KR2')).getByText('Deals closed').closest('a');
    expect(link?.getAttribute('href')).toBe('https://tracker.example/KR2');
  });

  it('renders hostile HTML in titles and owners as text', () => {
    const evil = '<img src=x onerror="alert(1)"><b>bold</b>';
    const rows = [row({ ID: 'E', Type: 'objective', Title: evil, Owner: '<script>x()</script>', Start: PERIOD_START, End: PERIOD_END })];
    const { container } = renderPanel(TreeView, [okrFrame(rows)], treeOptions());
    expect(screen.getByText(evil)).toBeTruthy();
    expect(screen.getByText('<script>x()</script>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('says what is missing when no query returns OKR rows', () => {
    const series = toDataFrame({ refId: 'A', fields: [{ name: 'Value', type: FieldType.number, values: [1, 2] }] });
    renderPanel(TreeView, [series], treeOptions());
    expect(screen.getByRole('status').textContent).toMatch(/No query returns OKR rows: expected a table with a Title \(or Objective \/ Key result\) column/);
  });

  it('renders only a window of a 1,000-node cascade', () => {
    const rows = [row({ ID: 'root', Type: 'objective', Title: 'Root', Start: PERIOD_START, End: PERIOD_END })];
    for (let i = 0; i < 999; i++) {
      rows.push(
        row({ ID: `n${i}`, Parent: i < 9 ? 'root' : `n${i % 9}`, Type: 'key result', Title: `Node ${i}`, Kind: 'increase', Baseline: 0, Target: 100, Current: i % 100 })
      );
    }
    renderPanel(TreeView, [okrFrame(rows)], treeOptions(), { height: 600 });
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getByText('1000 nodes, 1000 shown')).toBeTruthy();
    const rendered = screen.getAllByRole('treeitem').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
  });
});
