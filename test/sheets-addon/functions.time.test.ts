/** OKR_EXPECTED, OKR_STATUS and OKR_FORECAST against the TypeScript sources (UTC unless a zone is stubbed). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectedProgress, paceForecast, status } from '@aligned/core';
import { OKR_EXPECTED } from '../../sheets-addon/src/functions/okrExpected';
import { OKR_FORECAST } from '../../sheets-addon/src/functions/okrForecast';
import { OKR_STATUS } from '../../sheets-addon/src/functions/okrStatus';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const JAN1 = day('2026-01-01');
const DEC31 = day('2026-12-31');
const JUL2 = day('2026-07-02');

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('OKR_EXPECTED', () => {
  it('counts the end date whole: on 2 July 182 of 365 days have passed', () => {
    expect(OKR_EXPECTED(JAN1, DEC31, JUL2)).toBeCloseTo(182 / 365, 12);
    expect(OKR_EXPECTED(JAN1, DEC31, new Date('2026-07-02T23:59:00Z'))).toBeCloseTo(182 / 365, 12);
    expect(OKR_EXPECTED(JAN1, DEC31, JAN1)).toBe(0);
    expect(OKR_EXPECTED(JAN1, DEC31, day('2027-01-01'))).toBe(1);
    expect(OKR_EXPECTED(JAN1, JAN1, day('2026-01-02'))).toBe(1);
  });

  it('reads serial numbers and ISO text as dates', () => {
    expect(OKR_EXPECTED(46023, 46387, 46205)).toBeCloseTo(182 / 365, 12);
    expect(OKR_EXPECTED('2026-01-01', '2026-12-31', '2026-07-02')).toBeCloseTo(182 / 365, 12);
  });

  it('measures to today when as_of is blank', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-07-02T15:00:00Z'));
    expect(OKR_EXPECTED(JAN1, DEC31)).toBeCloseTo(182 / 365, 12);
    expect(OKR_EXPECTED(JAN1, DEC31, '')).toBeCloseTo(182 / 365, 12);
  });

  it("takes day boundaries in the sheet's zone", () => {
    vi.stubGlobal('Session', { getScriptTimeZone: () => 'Asia/Tokyo' });
    // Tokyo date cells are Tokyo midnights (15:00 UTC the day before). Read in UTC, the year would
    // start on 31 December and 183 days would be gone by 2 July 10:00 UTC; in Tokyo it is 182.
    const asOf = new Date('2026-07-02T10:00:00Z');
    const startTokyo = new Date('2026-01-01T00:00:00+09:00');
    const endTokyo = new Date('2026-12-31T00:00:00+09:00');
    expect(OKR_EXPECTED(startTokyo, endTokyo, asOf)).toBeCloseTo(182 / 365, 12);
    expect(expectedProgress(startTokyo.getTime(), endTokyo.getTime(), asOf.getTime(), 'UTC')).toBeCloseTo(183 / 365, 12);
  });

  it('leaves an empty row blank and explains a half-filled or reversed period', () => {
    expect(OKR_EXPECTED([[''], [JAN1]], [[''], [DEC31]], JUL2)).toEqual([[''], [182 / 365]]);
    expect(() => OKR_EXPECTED(JAN1, '')).toThrow('end_date is blank: enter the last day of the period (counted whole).');
    expect(() => OKR_EXPECTED('', DEC31)).toThrow('start_date is blank: enter the first day of the period.');
    expect(() => OKR_EXPECTED(DEC31, JAN1)).toThrow('end_date (2026-01-01) is before start_date (2026-12-31); swap them.');
    expect(() => OKR_EXPECTED('soon', DEC31)).toThrow(/^start_date: expected a date/);
  });
});

describe('OKR_STATUS', () => {
  it('follows the core pace rule', () => {
    const e = 182 / 365;
    for (const p of [0, 0.1, 0.3, 0.4, 0.45, 0.5, 0.99, 1, 1.2]) {
      expect(OKR_STATUS(p, JAN1, DEC31, JUL2)).toBe(status({ progress: p, expected: e, start: JAN1.getTime(), end: DEC31.getTime(), asOf: JUL2.getTime() }).label);
    }
    expect(OKR_STATUS([[1], [0.45], [0.36], [0.1]], JAN1, DEC31, JUL2)).toEqual([['Achieved'], ['On track'], ['At risk'], ['Off track']]);
  });

  it('says Not started before the period and No data without progress', () => {
    expect(OKR_STATUS(0.5, JAN1, DEC31, day('2025-12-31'))).toBe('Not started');
    expect(OKR_STATUS('', JAN1, DEC31, JUL2)).toBe('No data');
    expect(OKR_STATUS([['']], [['']], [['']])).toEqual([['']]);
  });

  it('reads text percentages and explains bad progress', () => {
    expect(OKR_STATUS('45 %', JAN1, DEC31, JUL2)).toBe('On track');
    expect(() => OKR_STATUS('most of it', JAN1, DEC31, JUL2)).toThrow(/^progress: expected a number/);
  });
});

describe('OKR_FORECAST', () => {
  it('projects the end-of-period value at the pace so far', () => {
    const e = 182 / 365;
    expect(OKR_FORECAST(30, 100, 0, JAN1, DEC31, JUL2)).toBeCloseTo(30 / e, 9);
    expect(OKR_FORECAST(30, 100, 10, JAN1, DEC31, JUL2)).toBe(paceForecast(30, 10, e));
    expect(OKR_FORECAST(30, 100, '', JAN1, DEC31, JUL2)).toBe(paceForecast(30, 0, e));
    // A decreasing metric: from 8 % towards 4 %, at 7 % after half a year.
    expect(OKR_FORECAST(0.07, 0.04, 0.08, JAN1, DEC31, JUL2)).toBeCloseTo(0.08 - 0.01 / e, 12);
  });

  it('explains why there is no forecast on the first day or without a period', () => {
    expect(() => OKR_FORECAST(10, 100, 0, JAN1, DEC31, JAN1)).toThrow(
      'no pace yet: the period starts on 2026-01-01 and no whole day of it has passed by 2026-01-01; a forecast is possible from the second day.',
    );
    expect(() => OKR_FORECAST(10, 100, 0, '', '')).toThrow('start_date and end_date are blank');
    expect(() => OKR_FORECAST(10, 'lots', 0, JAN1, DEC31, JUL2)).toThrow(/^target: expected a number/);
  });

  it('leaves rows without a current value blank', () => {
    expect(OKR_FORECAST([[''], [10]], 100, 0, JAN1, DEC31, JUL2)).toEqual([[''], [10 / (182 / 365)]]);
  });
});
