import { describe, expect, it } from 'vitest';
import { rollup, rollupColumns } from '@aligned/core/cascade/index';

describe('rollup', () => {
  it('is the weighted mean of clamped progress', () => {
    const r = rollup([0.2, 0.8, 1.5, -0.3], [1, 3, 1, 1]);
    expect(r.progress).toBeCloseTo((0.2 + 2.4 + 1 + 0) / 6, 12);
    expect(r.reason).toBe('ok');
    expect(r.coverage).toEqual({ reporting: 4, total: 4, text: '4 of 4 reporting' });
    expect(r.explain).toMatch(/^4 of 4 children reporting, weighted mean \d+ %\.$/);
  });

  it('says "mean" when all weights are equal', () => {
    const r = rollup([0.5, 1]);
    expect(r.progress).toBe(0.75);
    expect(r.explain).toBe('2 of 2 children reporting, mean 75 %.');
  });

  it('excludes weight-0 children from mean and coverage', () => {
    const r = rollup([1, 0, 0.5], [1, 0, 1]);
    expect(r.progress).toBe(0.75);
    expect(r.coverage.text).toBe('2 of 2 reporting');
    expect(r.explain).toContain('1 with weight 0 left out');
  });

  it('returns null with no_weighted_children when every weight is 0, never NaN or 0', () => {
    const r = rollup([0.4, 0.9], [0, 0]);
    expect(r.progress).toBeNull();
    expect(r.reason).toBe('no_weighted_children');
    expect(rollup([]).progress).toBeNull();
    expect(rollup([]).reason).toBe('no_weighted_children');
  });

  it('leaves missing children out of the mean but counts them in coverage', () => {
    const r = rollup([0.6, null, 0.4]);
    expect(r.progress).toBeCloseTo(0.5, 12);
    expect(r.coverage).toEqual({ reporting: 2, total: 3, text: '2 of 3 reporting' });
    expect(r.explain.startsWith('2 of 3 children reporting')).toBe(true);
  });

  it('counts missing children as 0 with missingAs zero', () => {
    const r = rollup([0.6, null, 0.3], undefined, { missingAs: 'zero' });
    expect(r.progress).toBeCloseTo(0.3, 12);
    expect(r.coverage.text).toBe('2 of 3 reporting');
    expect(r.explain).toContain('1 without data counted as 0');
  });

  it('is no_data when weighted children exist but none reports', () => {
    const r = rollup([null, undefined, NaN]);
    expect(r.progress).toBeNull();
    expect(r.reason).toBe('no_data');
    expect(r.coverage.text).toBe('0 of 3 reporting');
  });

  it('ignores negative and NaN weights and says so', () => {
    const r = rollup([1, 0, 0.5], [1, -2, NaN]);
    expect(r.progress).toBe(1);
    expect(r.explain).toContain('2 with a negative or non-numeric weight ignored');
  });

  it('min mode takes the weakest weighted child', () => {
    const r = rollup([0.9, 0.3, 0.1], [1, 1, 0], { mode: 'min' });
    expect(r.progress).toBe(0.3);
    expect(r.explain).toContain('lowest 30 %');
  });

  it('respects the cap', () => {
    expect(rollup([1.5, 0.5], undefined, { cap: 1.2 }).progress).toBeCloseTo(0.85, 12);
  });
});

describe('rollupColumns (OKR_ROLLUP)', () => {
  it('rolls progress up through the whole cascade', () => {
    const ids = ['O1', 'O2', 'KR1', 'KR2', 'KR3', 'KR4'];
    const parents = ['', 'O1', 'O1', 'O1', 'O2', 'O2'];
    const progress = [null, null, 0.5, 1, 0.2, '40 %'];
    const out = rollupColumns(ids, parents, progress);
    expect(out.problems).toEqual([]);
    expect(out[5]).toBeCloseTo(0.4, 12);
    expect(out[1]).toBeCloseTo(0.3, 12);
    expect(out[0]).toBeCloseTo((0.3 + 0.5 + 1) / 3, 12);
    expect(out.slice(2, 5)).toEqual([0.5, 1, 0.2]);
  });

  it('uses weights and unwraps one-cell rows from a sheet range', () => {
    const out = rollupColumns([['O'], ['A'], ['B']], [[''], ['O'], ['O']], [[''], [1], [0]], [[1], [3], [1]]);
    expect(out[0]).toBeCloseTo(0.75, 12);
  });

  it('reports cycles and duplicates with rows and returns null for them', () => {
    const out = rollupColumns(['A', 'B', 'C', 'C'], ['B', 'A', '', ''], [0.1, 0.2, 0.3, 0.4], null, { firstRowNumber: 2 });
    expect(out.slice()).toEqual([null, null, 0.3, null]);
    expect(out.problems.map((p) => [p.code, p.row])).toEqual([
      ['duplicate_id', 5],
      ['cycle', 2],
    ]);
  });

  it('reports bad cells with row and column', () => {
    const out = rollupColumns(['A'], [''], ['lots'], ['-1'], { firstRowNumber: 7 });
    expect(out[0]).toBeNull();
    expect(out.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['bad_number', 7, 'Progress'],
      ['negative_weight', 7, 'Weight'],
    ]);
  });

  it('gives a parent null when no child has data, and keeps numeric IDs', () => {
    const out = rollupColumns([1, 2, 3], ['', 1, 1], [0.9, null, '']);
    expect(out.slice()).toEqual([null, null, null]);
  });
});
