import { describe, expect, it } from 'vitest';
import { periodOf } from '@aligned/core/time/index';
import { ValueError } from '@aligned/core/values/index';

const t = Date.UTC(2026, 4, 14, 10); // Thursday 14 May 2026

describe('periodOf', () => {
  it('calendar units in UTC', () => {
    expect(periodOf('day', t)).toEqual({ start: Date.UTC(2026, 4, 14), end: Date.UTC(2026, 4, 15) });
    expect(periodOf('week', t)).toEqual({ start: Date.UTC(2026, 4, 11), end: Date.UTC(2026, 4, 18) });
    expect(periodOf('month', t)).toEqual({ start: Date.UTC(2026, 4, 1), end: Date.UTC(2026, 5, 1) });
    expect(periodOf('quarter', t)).toEqual({ start: Date.UTC(2026, 3, 1), end: Date.UTC(2026, 6, 1) });
    expect(periodOf('year', t)).toEqual({ start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) });
  });
  it('weeks start on Monday, also on a Sunday', () => {
    expect(periodOf('week', Date.UTC(2026, 4, 17, 23)).start).toBe(Date.UTC(2026, 4, 11));
    expect(periodOf('week', Date.UTC(2026, 4, 18)).start).toBe(Date.UTC(2026, 4, 18));
  });
  it('fiscal quarters and years', () => {
    const april = { fiscalYearStartMonth: 4 };
    expect(periodOf('quarter', t, april)).toEqual({ start: Date.UTC(2026, 3, 1), end: Date.UTC(2026, 6, 1) });
    expect(periodOf('quarter', Date.UTC(2026, 1, 10), april)).toEqual({ start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 3, 1) });
    expect(periodOf('year', Date.UTC(2026, 1, 10), april)).toEqual({ start: Date.UTC(2025, 3, 1), end: Date.UTC(2026, 3, 1) });
    expect(periodOf('quarter', Date.UTC(2026, 0, 5), { fiscalYearStartMonth: 11 })).toEqual({
      start: Date.UTC(2025, 10, 1),
      end: Date.UTC(2026, 1, 1),
    });
  });
  it('in a zone', () => {
    expect(periodOf('month', Date.UTC(2026, 4, 31, 23), { timeZone: 'Asia/Tokyo' })).toEqual({
      start: Date.UTC(2026, 4, 31, 15),
      end: Date.UTC(2026, 5, 30, 15),
    });
  });
  it('refuses a bad fiscal month or unit', () => {
    expect(() => periodOf('year', t, { fiscalYearStartMonth: 13 })).toThrow(ValueError);
    expect(() => periodOf('year', t, { fiscalYearStartMonth: 13 })).toThrow(/4 for April/);
    expect(() => periodOf('fortnight' as never, t)).toThrow(/day, week, month, quarter, year/);
  });
});
