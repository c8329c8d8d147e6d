import { describe, expect, it } from 'vitest';
import { parseRows } from '@aligned/core/schema/index';

const DAY = 86_400_000;

describe('parseRows: reading', () => {
  it('reads columns in any order under aliases and ignores unknown columns with one warning', () => {
    const { nodes, problems, columns } = parseRows([
      ['Notes', 'Goal', 'Name', 'ID', 'Parent ID', 'Actual', 'Start value', 'Extra'],
      ['n1', 100, 'Revenue', 'KR1', 'O1', 40, 0, 'x'],
      ['n2', 50, 'Churn', 'KR2', 'O1', 7, 10, 'y'],
    ]);
    expect(columns.ID).toBe(3);
    expect(columns.Target).toBe(1);
    expect(nodes).toHaveLength(2);
    expect(nodes[0]).toMatchObject({ id: 'KR1', parentId: 'O1', title: 'Revenue', target: 100, current: 40, baseline: 0, type: 'key_result', kind: 'increase', weight: 1, row: 2 });
    const unknown = problems.filter((p) => p.code === 'unknown_column');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].severity).toBe('warning');
    expect(unknown[0].message).toContain('"Notes"');
    expect(unknown[0].message).toContain('"Extra"');
  });

  it('reads numbers typed as text', () => {
    const { nodes, problems } = parseRows([
      ['ID', 'Title', 'Baseline', 'Target', 'Current', 'Weight'],
      ['KR1', 'Revenue', '0', '$1.2M', '1,200', '2'],
      ['KR2', 'Conversion', '10 %', '15 %', '12.5%', ''],
    ]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(nodes[0]).toMatchObject({ baseline: 0, target: 1_200_000, current: 1200, weight: 2, unit: '$' });
    expect(nodes[1].baseline).toBeCloseTo(0.1);
    expect(nodes[1].target).toBeCloseTo(0.15);
    expect(nodes[1].current).toBeCloseTo(0.125);
    expect(nodes[1].unit).toBe('%');
    expect(nodes[1].weight).toBe(1);
  });

  it('reads dates as Date, ISO text, spreadsheet serials and epoch ms', () => {
    const jan1 = Date.UTC(2025, 0, 1);
    const { nodes, problems } = parseRows([
      ['ID', 'Title', 'Start', 'End'],
      ['A', 'Date objects', new Date(jan1), new Date(jan1 + 30 * DAY)],
      ['B', 'ISO text', '2025-01-01', '2025-01-31'],
      ['C', 'Serials', 45658, 45688],
      ['D', 'Epoch ms', jan1, jan1 + 30 * DAY],
    ]);
    expect(problems).toEqual([]);
    for (const node of nodes) {
      expect(node.start).toBe(jan1);
      expect(node.end).toBe(jan1 + 30 * DAY);
    }
  });

  it('reads dates in the given time zone', () => {
    const { nodes } = parseRows([['ID', 'Title', 'Start'], ['A', 'Tokyo', '2025-04-01']], { timeZone: 'Asia/Tokyo' });
    expect(nodes[0].start).toBe(Date.UTC(2025, 2, 31, 15));
  });

  it('matches Level, Type and Kind leniently and applies defaults', () => {
    const { nodes, problems } = parseRows([
      ['ID', 'Parent', 'Level', 'Type', 'Kind', 'Title', 'Baseline', 'Target', 'Current'],
      ['O1', '', 'Annual', '', '', 'Grow', '', '', ''],
      ['KR1', 'O1', 'Q', 'KR', 'positive', 'Revenue', 0, 10, 5],
      ['KR2', 'O1', 'quarter', '', 'negative', 'Churn', 10, 5, 7],
      ['KR3', 'O1', 'Quarterly', '', '', 'Cost', 100, 80, 90],
      ['T1', 'O1', 'task', '', 'binary', 'Launch', '', '', 'done'],
      ['KR4', 'O1', 'Q', 'key_result', 'at least', 'NPS', '', 40, 42],
      ['KR5', 'O1', 'Q', 'Key Result', 'baseline', 'Visits', '', '', 1000],
    ]);
    expect(problems).toEqual([]);
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
    expect(byId.O1).toMatchObject({ type: 'objective', level: 'annual', kind: null });
    expect(byId.KR1).toMatchObject({ type: 'key_result', level: 'quarterly', kind: 'increase' });
    expect(byId.KR2).toMatchObject({ type: 'key_result', kind: 'decrease' });
    expect(byId.KR3).toMatchObject({ type: 'key_result', kind: 'decrease' }); // from baseline > target
    expect(byId.T1).toMatchObject({ type: 'initiative', kind: 'milestone', done: true, current: null });
    expect(byId.KR4).toMatchObject({ kind: 'above', target: 40 });
    expect(byId.KR5).toMatchObject({ kind: 'track', current: 1000 });
  });

  it('reads milestone Current as done / not done', () => {
    const { nodes, problems } = parseRows([
      ['ID', 'Title', 'Kind', 'Current'],
      ['M1', 'a', 'milestone', true],
      ['M2', 'b', 'milestone', 'FALSE'],
      ['M3', 'c', 'milestone', 'yes'],
      ['M4', 'd', 'milestone', 'no'],
      ['M5', 'e', 'milestone', 'done'],
      ['M6', 'f', 'milestone', ''],
      ['M7', 'g', '', 'TRUE'],
    ]);
    expect(problems).toEqual([]);
    expect(nodes.map((n) => n.done)).toEqual([true, false, true, false, true, null, true]);
    expect(nodes[6].kind).toBe('milestone');
  });

  it('maps confidence from 0–10 and 0–100 to 0–1', () => {
    const { nodes, problems } = parseRows([
      ['ID', 'Title', 'Confidence %'],
      ['A', 'a', 0.7],
      ['B', 'b', 7],
      ['C', 'c', 70],
      ['D', 'd', '70 %'],
      ['E', 'e', ''],
    ]);
    expect(problems).toEqual([]);
    expect(nodes.map((n) => n.confidence)).toEqual([0.7, 0.7, 0.7, 0.7, null]);
  });

  it('skips fully blank rows silently and counts sheet rows from firstRowNumber', () => {
    const { nodes, problems } = parseRows(
      [
        ['ID', 'Title', 'Target'],
        ['', '', null],
        [],
        ['A', 'a', 'abc'],
      ],
      { firstRowNumber: 5 },
    );
    expect(nodes).toHaveLength(1);
    expect(nodes[0].row).toBe(8);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 8, column: 'Target', code: 'bad_number' });
  });

  it('never turns missing into 0', () => {
    const { nodes } = parseRows([['ID', 'Title', 'Baseline', 'Target', 'Current', 'Low', 'High'], ['A', 'a', '', ' ', null, undefined, NaN]]);
    expect(nodes[0]).toMatchObject({ baseline: null, target: null, current: null, low: null, high: null });
  });
});
