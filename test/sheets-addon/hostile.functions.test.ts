/** Regressions for the custom-function defects of issue 14 (4–7), against the TypeScript sources. */
import { describe, expect, it } from 'vitest';
import { toTime, ValueError } from '@aligned/core';
import { OKR_EXPECTED } from '../../sheets-addon/src/functions/okrExpected';
import { OKR_FORECAST } from '../../sheets-addon/src/functions/okrForecast';
import { OKR_PROGRESS } from '../../sheets-addon/src/functions/okrProgress';
import { OKR_ROLLUP } from '../../sheets-addon/src/functions/okrRollup';
import { OKR_STATUS } from '../../sheets-addon/src/functions/okrStatus';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const JAN1 = day('2026-01-01');
const DEC31 = day('2026-12-31');
const JUL2 = day('2026-07-02');

describe('date arguments are dates or serials of a plausible day (defect 4)', () => {
  it('a date typed as YYYYMMDD is refused with the argument named and the fix spelt out', () => {
    expect(() => OKR_EXPECTED(20260101, 20261231, JUL2)).toThrow(
      /^start_date: expected a date .* found 20260101\. It looks like a date typed as YYYYMMDD: enter it as 2026-01-01 or DATE\(2026, 1, 1\)\.$/,
    );
    expect(() => OKR_EXPECTED(JAN1, '20261231', JUL2)).toThrow(/^end_date: .*found "20261231".*2026-12-31/);
    expect(() => OKR_STATUS(0.5, JAN1, DEC31, 20260702)).toThrow(/^as_of: .*2026-07-02/);
  });
  it.each([[1e300, '1E300'], [-5, '-5'], [0.5, '0.5'], [1e-300, '1E-300'], [100_000, '100000'], [1.7e12, '1700000000000']])(
    '%s is no date, and the message says so',
    (n, shown) => {
      expect(() => OKR_EXPECTED(n, DEC31, JUL2)).toThrow(`start_date: expected a date`);
      expect(() => OKR_EXPECTED(n, DEC31, JUL2)).toThrow(`found ${shown}.`);
      expect(() => OKR_FORECAST(5, 10, 0, JAN1, DEC31, n)).toThrow(/^as_of: expected a date/);
    },
  );
  it('serial numbers in range still work, with or without a time of day', () => {
    expect(OKR_EXPECTED(46023, 46387, 46205)).toBeCloseTo(182 / 365, 12);
    expect(OKR_EXPECTED(46023, 46387, 46205.75)).toBeCloseTo(182 / 365, 12);
    expect(OKR_EXPECTED('46023', '46387', '46205')).toBeCloseTo(182 / 365, 12);
  });
  it('in a range, the bad cell says why and the others compute', () => {
    expect(OKR_EXPECTED([[JAN1], [20260101]], DEC31, JUL2)).toEqual([[expect.closeTo(182 / 365, 12)], [expect.stringMatching(/^start_date: .*YYYYMMDD/)]]);
  });
  it('the core refuses numbers beyond any date instead of "Invalid time value"', () => {
    expect(() => toTime(1e300)).toThrow(ValueError);
    expect(() => toTime(-9e15)).toThrow(/between the years 1000 and 9999/);
    expect(() => toTime(new Date(8.64e15))).toThrow(/between the years 1000 and 9999/);
    expect(toTime(1.7e12)).toBe(1.7e12); // epoch ms stay valid for Grafana
  });
});

describe('overflow gets a clear message (defect 5)', () => {
  it('OKR_PROGRESS(1E308, 1E308, -1E308) says the arithmetic overflowed, not a blank', () => {
    expect(() => OKR_PROGRESS(1e308, 1e308, -1e308)).toThrow(/^the result overflows: with these current, baseline and target/);
    expect(() => OKR_PROGRESS(0, 1e308, -1e308, 'increase')).toThrow(/^the result overflows/);
    expect(OKR_PROGRESS(5e307, 1e308, 0)).toBe(0.5); // huge but representable: computed
  });
  it('OKR_FORECAST with ±1E308 says the result overflowed, not "a fault in Aligned"', () => {
    for (const [c, s] of [[1e308, -1e308], [-1e308, 1e308], [1.7e308, 0]]) {
      let message = '';
      try {
        OKR_FORECAST(c, 10, s, JAN1, DEC31, JUL2);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^the result overflows/);
      expect(message).not.toMatch(/fault in Aligned|Infinity|NaN/);
    }
  });
});

describe('cap holds for every kind (defect 6)', () => {
  it.each([
    [150, 100, 0, 'above'],
    [50, 100, 0, 'below'],
    [true, '', '', 'milestone'],
    ['done', '', '', 'milestone'],
  ])('OKR_PROGRESS(%s, %s, %s, "%s", 0.5) reports at most 50 %', (current, target, baseline, kind) => {
    expect(OKR_PROGRESS(current, target, baseline, kind, 0.5)).toBe(0.5);
    expect(OKR_PROGRESS(current, target, baseline, kind)).toBe(1);
    expect(OKR_PROGRESS(current, target, baseline, kind, 0)).toBe(1);
    expect(OKR_PROGRESS(current, target, baseline, kind, 2)).toBe(1);
  });
  it('as "increase" does', () => {
    expect(OKR_PROGRESS(150, 100, 0, 'increase', 0.5)).toBe(0.5);
  });
  it('a miss stays 0 whatever the cap', () => {
    expect(OKR_PROGRESS(50, 100, 0, 'above', 0.5)).toBe(0);
    expect(OKR_PROGRESS(false, '', '', 'milestone', 0.5)).toBe(0);
  });
});

describe('OKR_ROLLUP refuses ragged ranges (defect 7)', () => {
  it.each(['ids', 'parents', 'progress', 'weights'])('a ragged %s is named, with the row', (name) => {
    const ragged = [['a'], ['b', 'c']];
    const args: unknown[] = [[['A'], ['B']], [[''], ['A']], [[0.5], [0.2]], [[1], [1]]];
    args[['ids', 'parents', 'progress', 'weights'].indexOf(name)] = ragged;
    expect(() => OKR_ROLLUP(...(args as [unknown, unknown, unknown, unknown]))).toThrow(
      `${name}: row 2 of the range has 2 cells but row 1 has 1; give a rectangular range.`,
    );
  });
});
