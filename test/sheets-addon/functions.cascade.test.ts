/** OKR_ROLLUP, OKR_AGGREGATE and OKR_HEALTH against the TypeScript sources (UTC). */
import { describe, expect, it } from 'vitest';
import { kpiHealth, rollupColumns } from '@aligned/core';
import { OKR_AGGREGATE } from '../../sheets-addon/src/functions/okrAggregate';
import { OKR_HEALTH } from '../../sheets-addon/src/functions/okrHealth';
import { OKR_ROLLUP } from '../../sheets-addon/src/functions/okrRollup';

const col = (...values: unknown[]) => values.map((v) => [v]);

describe('OKR_ROLLUP', () => {
  it('keeps leaf progress and rolls weighted means up the whole cascade', () => {
    const out = OKR_ROLLUP(
      col('M', 'O1', 'K1', 'K2', 'O2', 'K3'),
      col('', 'M', 'O1', 'O1', 'M', 'O2'),
      col('', '', 0.5, 1, 0.9, 0.2),
      col(1, 1, 1, 3, 1, 1),
    ) as number[][];
    const o1 = (0.5 + 3 * 1) / 4;
    expect(out.slice(1)).toEqual(col(o1, 0.5, 1, 0.2, 0.2));
    expect(out[0][0]).toBeCloseTo((o1 + 0.2) / 2, 12);
    const core = rollupColumns(['M', 'O1', 'K1', 'K2', 'O2', 'K3'], ['', 'M', 'O1', 'O1', 'M', 'O2'], ['', '', 0.5, 1, 0.9, 0.2], [1, 1, 1, 3, 1, 1]);
    expect(out.map((r) => r[0])).toEqual([...core]);
  });

  it('returns the shape of ids: a row for a row, and weights may be one value for all', () => {
    expect(OKR_ROLLUP([['O', 'K1', 'K2']], [['', 'O', 'O']], [['', 0.2, 0.4]], 1)).toEqual([[0.30000000000000004, 0.2, 0.4]]);
    expect(OKR_ROLLUP(col('O', 'K1', 'K2'), col('', 'O', 'O'), col('', 0.2, 0.4))).toEqual(col(0.30000000000000004, 0.2, 0.4));
  });

  it('puts each problem on the rows it concerns and still computes the others', () => {
    const out = OKR_ROLLUP(
      col('O', 'K1', 'K1', 'A', 'B', 'K9', 'K4'),
      col('', 'O', 'O', 'B', 'A', 'nobody', 'O'),
      col('', 0.5, 0.9, 0.1, 0.1, 0.3, 'lots'),
    ) as string[][];
    expect(out[0][0]).toBe(0.5);
    expect(out[1][0]).toBe(0.5);
    expect(out[2][0]).toMatch(/ID "K1" is used by row 2 and row 3/);
    expect(out[3][0]).toMatch(/loop/);
    expect(out[4][0]).toBe(out[3][0]);
    expect(out[5][0]).toMatch(/column Parent: expected the ID of another row, found "nobody"/);
    expect(out[6][0]).toMatch(/Row 7, column Progress: expected a number/);
  });

  it('leaves rows without data blank and refuses columns of different lengths', () => {
    expect(OKR_ROLLUP(col('O', ''), col('', ''), col('', ''))).toEqual(col('', ''));
    expect(() => OKR_ROLLUP(col('O', 'K'), col('', 'O', 'X'), col('', 1))).toThrow(
      'OKR_ROLLUP: ids has 2 cells but parents is 3 rows × 1 column (3 cells). Give columns of the same length, starting on the same row.',
    );
  });

  it('handles a single row like the other functions', () => {
    expect(OKR_ROLLUP('K', '', 0.4)).toBe(0.4);
    expect(() => OKR_ROLLUP('K', 'K', 0.4)).toThrow(/"K" is its own parent/);
  });
});

describe('OKR_AGGREGATE', () => {
  const at = (iso: string) => new Date(iso);
  const dates = col(at('2026-03-31T23:00:00Z'), at('2026-04-01T00:00:00Z'), at('2026-06-15T12:00:00Z'), at('2026-06-30T23:59:59Z'), at('2026-07-01T00:00:00Z'), '', '');
  const values = col(100, 5, '7', 3, 1000, '', '');
  const asOf = at('2026-06-30T00:00:00Z');

  it('aggregates the values dated in the window, the as_of day counted whole', () => {
    expect(OKR_AGGREGATE(dates, values, 'sum', 'QTD', asOf)).toBe(15);
    expect(OKR_AGGREGATE(dates, values, 'count', 'QTD', asOf)).toBe(3);
    expect(OKR_AGGREGATE(dates, values, 'avg', 'QTD', asOf)).toBe(5);
    expect(OKR_AGGREGATE(dates, values, 'min', 'QTD', asOf)).toBe(3);
    expect(OKR_AGGREGATE(dates, values, 'max', 'QTD', asOf)).toBe(7);
    expect(OKR_AGGREGATE(dates, values, 'first', 'QTD', asOf)).toBe(5);
    expect(OKR_AGGREGATE(dates, values, 'last', 'QTD', asOf)).toBe(3);
    expect(OKR_AGGREGATE(dates, values, 'sum', 'MTD', asOf)).toBe(10);
    expect(OKR_AGGREGATE(dates, values, 'sum', 'previous quarter', asOf)).toBe(100);
    expect(OKR_AGGREGATE(dates, values, 'sum', 'previous month', asOf)).toBe(0);
    expect(OKR_AGGREGATE(dates, values, 'sum', '30D', asOf)).toBe(10);
    expect(OKR_AGGREGATE(dates, values, 'sum', 'YTD', asOf)).toBe(115);
  });

  it('computes one cell per aggregation and window asked for', () => {
    expect(OKR_AGGREGATE(dates, values, [['sum', 'count']], [['MTD'], ['QTD']], asOf)).toEqual([
      [10, 2],
      [15, 3],
    ]);
  });

  it('counts distinct text values and refuses text only for numeric aggregations', () => {
    const customers = col('acme', 'Globex', 'acme ', 'n/a', '', '', '');
    expect(OKR_AGGREGATE(dates, customers, 'distinct', 'YTD', asOf)).toBe(3);
    expect(OKR_AGGREGATE(dates, customers, 'count', 'QTD', asOf)).toBe(3);
    expect(() => OKR_AGGREGATE(dates, customers, 'sum', 'QTD', asOf)).toThrow(
      /^values \(cell 1 of the range\): expected a number .* found "acme"\. .* Only "count" and "distinct" accept text values\.$/,
    );
  });

  it('gives blank, not 0, for an average of nothing', () => {
    expect(OKR_AGGREGATE(dates, values, 'avg', '7D', at('2026-09-30T00:00:00Z'))).toBe('');
    expect(OKR_AGGREGATE(dates, values, 'sum', '7D', at('2026-09-30T00:00:00Z'))).toBe(0);
  });

  it('explains bad arguments', () => {
    expect(() => OKR_AGGREGATE(dates, values, 'median', 'QTD', asOf)).toThrow(/^aggregation: expected an aggregation: count, distinct/);
    expect(() => OKR_AGGREGATE(dates, values, '', 'QTD', asOf)).toThrow('aggregation is blank');
    expect(() => OKR_AGGREGATE(dates, values, 'sum', 'period', asOf)).toThrow(/^window: expected one of "WTD", "MTD"/);
    expect(() => OKR_AGGREGATE(col(at('2026-06-01'), ''), col(1, 2), 'sum', 'QTD', asOf)).toThrow(
      'dates: cell 2 of the range is blank but values holds 2 there; enter the date or clear the value.',
    );
    expect(() => OKR_AGGREGATE(col('Date', at('2026-06-01')), col('Amount', 2), 'sum', 'QTD', asOf)).toThrow(/^dates \(cell 1 of the range\): expected a date/);
    expect(() => OKR_AGGREGATE(col(at('2026-06-01')), col(1, 2), 'sum', 'QTD', asOf)).toThrow('dates has 1 cells but values has 2');
  });
});

describe('OKR_HEALTH', () => {
  it('labels values by the core KPI health rule', () => {
    const cases: [number, number, number][] = [[5, 0, 10], [10.5, 0, 10], [11, 0, 10], [11.01, 0, 10], [-1, 0, 10], [96, 95, 100]];
    for (const [v, lo, hi] of cases) expect(OKR_HEALTH(v, lo, hi)).toBe(kpiHealth(v, lo, hi).label);
    expect(OKR_HEALTH(col(5, 10.5, 12, ''), 0, 10)).toEqual(col('Healthy', 'Watch', 'Unhealthy', 'No data'));
  });

  it('accepts one-sided bands, says No data without bounds, and leaves empty rows blank', () => {
    expect(OKR_HEALTH(0.97, '95 %', '')).toBe('Healthy');
    expect(OKR_HEALTH(0.9, '95 %', '')).toBe('Watch'); // within 10 % of the bound itself
    expect(OKR_HEALTH(0.8, '95 %', '')).toBe('Unhealthy');
    expect(OKR_HEALTH(5, '', '')).toBe('No data');
    expect(OKR_HEALTH(col('', ''), col('', 1), col('', 2))).toEqual(col('', 'No data'));
    expect(() => OKR_HEALTH(5, 10, 0)).toThrow('low (10) is above high (0); swap them.');
  });
});
