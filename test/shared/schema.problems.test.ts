import { describe, expect, it } from 'vitest';
import { parseRows } from '@aligned/core/schema/index';

const HEADER = ['ID', 'Parent', 'Title', 'Kind', 'Baseline', 'Target', 'Current', 'Weight', 'Start', 'End', 'Confidence', 'Level', 'Type'];

function row(values: Partial<Record<string, unknown>>): unknown[] {
  return HEADER.map((h) => values[h] ?? '');
}

describe('parseRows: problems', () => {
  it('names row and column, says what was expected and found, and keeps the row', () => {
    const { nodes, problems } = parseRows([
      HEADER,
      row({ ID: 'KR1', Title: 'ok', Baseline: 0, Target: 10, Current: 5 }),
      row({ ID: 'KR2', Title: 'bad target', Baseline: 0, Target: 'abc', Current: 5 }),
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['KR1', 'KR2']);
    expect(nodes[1].target).toBeNull();
    const problem = problems.find((p) => p.code === 'bad_number');
    expect(problem).toMatchObject({ row: 3, column: 'Target', severity: 'error' });
    expect(problem!.message).toMatch(/^Row 3, column Target: expected a number.*found "abc"\. \S/);
  });

  it.each([
    ['Current', { Current: 'lots' }, 'bad_number'],
    ['Start', { Start: 'next Tuesday' }, 'bad_date'],
    ['End', { End: '2025-02-30' }, 'bad_date'],
    ['Kind', { Kind: 'sideways' }, 'bad_kind'],
    ['Level', { Level: 'decade' }, 'bad_level'],
    ['Type', { Type: 'idea' }, 'bad_type'],
    ['Weight', { Weight: -2 }, 'negative_weight'],
    ['Confidence', { Confidence: 250 }, 'bad_confidence'],
    ['Current', { Kind: 'milestone', Current: 'maybe' }, 'bad_boolean'],
  ])('column %s: %o → %s', (column, values, code) => {
    const { nodes, problems } = parseRows([HEADER, row({ ID: 'X', Title: 't', ...values })], { firstRowNumber: 10 });
    expect(nodes).toHaveLength(1);
    const found = problems.filter((p) => p.code === code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ row: 11, column });
    expect(found[0].message).toContain(`Row 11, column ${column}: expected `);
    expect(found[0].message).toContain('found ');
  });

  it('negative weights fall back to 1 with a problem', () => {
    const { nodes } = parseRows([HEADER, row({ ID: 'X', Title: 't', Weight: '-1' })]);
    expect(nodes[0].weight).toBe(1);
  });

  it('skips a row without an ID with a problem', () => {
    const { nodes, problems } = parseRows([HEADER, row({ Title: 'orphan', Target: 5 }), row({ ID: 'B', Title: 'b' })]);
    expect(nodes.map((n) => n.id)).toEqual(['B']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 2, column: 'ID', code: 'missing_id' });
  });

  it('reports missing required columns', () => {
    const noId = parseRows([['Title', 'Target'], ['a', 1]]);
    expect(noId.nodes).toEqual([]);
    expect(noId.problems.find((p) => p.code === 'missing_column')).toMatchObject({ column: 'ID', row: 1 });
    const noTitle = parseRows([['ID', 'Target'], ['A', 1]]);
    expect(noTitle.nodes).toHaveLength(1);
    expect(noTitle.nodes[0].title).toBe('A');
    expect(noTitle.problems.find((p) => p.code === 'missing_column')).toMatchObject({ column: 'Title' });
  });

  it('warns about an empty title and shows the ID instead', () => {
    const { nodes, problems } = parseRows([HEADER, row({ ID: 'KR9' })]);
    expect(nodes[0].title).toBe('KR9');
    expect(problems[0]).toMatchObject({ code: 'missing_title', severity: 'warning', row: 2, column: 'Title' });
  });

  it('reports a table without a header', () => {
    expect(parseRows([]).problems[0].code).toBe('no_header');
    expect(parseRows(['not a row']).problems[0].code).toBe('no_header');
  });

  it('reports a second column for the same field once and reads the first', () => {
    const { nodes, problems } = parseRows([['ID', 'Title', 'Target', 'Goal'], ['A', 'a', 5, 7]]);
    expect(nodes[0].target).toBe(5);
    const duplicates = problems.filter((p) => p.code === 'duplicate_column');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ column: 'Target', row: 1 });
    expect(duplicates[0].message).toContain('"Goal"');
  });
});

describe('parseRows: validation', () => {
  it('flags a target equal to the baseline as degenerate', () => {
    const { problems } = parseRows([HEADER, row({ ID: 'X', Title: 't', Kind: 'increase', Baseline: 10, Target: 10 })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'degenerate', row: 2, column: 'Target' });
  });

  it('flags an end before the start', () => {
    const { nodes, problems } = parseRows([HEADER, row({ ID: 'X', Title: 't', Start: '2025-03-01', End: '2025-02-01' })]);
    expect(nodes).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'end_before_start', row: 2, column: 'End' });
    expect(problems[0].message).toContain('2025-02-01');
  });

  it('flags a target on the wrong side of the baseline for the kind', () => {
    const { problems } = parseRows([HEADER, row({ ID: 'X', Title: 't', Kind: 'decrease', Baseline: 5, Target: 10, Current: 7 })]);
    expect(problems.map((p) => p.code)).toEqual(['direction_mismatch']);
  });

  it('flags a key result without a baseline or target', () => {
    const { problems } = parseRows([
      HEADER,
      row({ ID: 'X', Title: 't', Kind: 'increase', Target: 10, Current: 7 }),
      row({ ID: 'Y', Title: 't', Kind: 'above', Current: 7 }),
    ]);
    expect(problems.map((p) => [p.code, p.row])).toEqual([
      ['missing_baseline', 2],
      ['missing_target', 3],
    ]);
  });
});
