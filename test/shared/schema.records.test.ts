import { describe, expect, it } from 'vitest';
import { fromColumns, parseRecords } from '@aligned/core/schema/index';

describe('parseRecords and fromColumns', () => {
  it('reads objects with any keys, numbering records from 1', () => {
    const { nodes, problems } = parseRecords([
      { id: 'O1', name: 'Grow' },
      { ID: 'KR1', 'Parent ID': 'O1', Name: 'Revenue', Goal: '$1M', Actual: 250_000, 'Start value': 0 },
      { ID: 'KR2', Name: 'Bad', Goal: 'lots' },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['O1', 'KR1', 'KR2']);
    expect(nodes[1]).toMatchObject({ parentId: 'O1', target: 1_000_000, current: 250_000, baseline: 0, row: 2 });
    // "id" and "ID" name one column: no duplicate-column warning for records.
    expect(problems.find((p) => p.code === 'duplicate_column')).toBeUndefined();
    expect(problems.find((p) => p.code === 'bad_number')).toMatchObject({ row: 3, column: 'Target' });
  });

  it('reads a DataFrame as names and value columns', () => {
    const { nodes, problems } = fromColumns(
      ['ID', 'Title', 'Target', 'Current'],
      [['A', 'B'], ['a', 'b'], new Float64Array([10, 20]), [5, null]],
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(nodes.map((n) => [n.id, n.target, n.current, n.row])).toEqual([
      ['A', 10, 5, 1],
      ['B', 20, null, 2],
    ]);
  });
});

describe('parseCheckIns', () => {
  it('reads check-ins per ID, sorted by date, with problems by row and column', async () => {
    const { parseCheckIns, attachCheckIns, parseRows } = await import('@aligned/core');
    const { checkIns, problems } = parseCheckIns([
      ['Key result', 'When', 'Actual', 'Confidence', 'Note'],
      ['KR1', '2025-01-15', '1,200', 7, 'slow start'],
      ['KR1', '2025-01-08', 800, '', ''],
      ['KR2', 'yesterday', 5],
      ['KR2', '2025-01-08', 'lots'],
    ]);
    expect(checkIns.get('KR1')).toEqual([
      { time: Date.UTC(2025, 0, 8), value: 800 },
      { time: Date.UTC(2025, 0, 15), value: 1200, confidence: 0.7, comment: 'slow start' },
    ]);
    expect(checkIns.get('KR2')).toEqual([{ time: Date.UTC(2025, 0, 8), value: null }]);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['bad_date', 4, 'Date'],
      ['bad_check_in', 4, undefined],
      ['bad_number', 5, 'Value'],
    ]);
    const { nodes } = parseRows([['ID', 'Title'], ['KR1', 'Revenue']]);
    attachCheckIns(nodes, checkIns);
    expect(nodes[0].checkIns).toHaveLength(2);
  });

  it('reports missing columns', async () => {
    const { parseCheckIns } = await import('@aligned/core');
    const { problems } = parseCheckIns([['ID', 'Value']]);
    expect(problems.map((p) => p.column)).toEqual(['Date']);
  });
});
