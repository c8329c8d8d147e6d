import { describe, expect, it } from 'vitest';
import { resolveWindow, WINDOW_SPECS } from '@aligned/core/aggregate/index';
import { ValueError } from '@aligned/core/values/index';

const asOf = Date.UTC(2026, 4, 14, 10); // Thursday 14 May 2026, 10:00 UTC
const nextDay = Date.UTC(2026, 4, 15);

describe('resolveWindow', () => {
  it('to-date windows run to the end of the asOf day', () => {
    expect(resolveWindow('WTD', asOf)).toMatchObject({ from: Date.UTC(2026, 4, 11), to: nextDay });
    expect(resolveWindow('MTD', asOf)).toMatchObject({ from: Date.UTC(2026, 4, 1), to: nextDay, label: 'Month to date' });
    expect(resolveWindow('QTD', asOf)).toMatchObject({ from: Date.UTC(2026, 3, 1), to: nextDay });
    expect(resolveWindow('ytd', asOf)).toMatchObject({ from: Date.UTC(2026, 0, 1), to: nextDay });
  });
  it('fiscal quarters and years', () => {
    expect(resolveWindow('YTD', asOf, { fiscalYearStartMonth: 7 }).from).toBe(Date.UTC(2025, 6, 1));
    expect(resolveWindow('QTD', asOf, { fiscalYearStartMonth: 2 }).from).toBe(Date.UTC(2026, 4, 1));
    expect(resolveWindow('previous quarter', asOf, { fiscalYearStartMonth: 2 })).toMatchObject({
      from: Date.UTC(2026, 1, 1),
      to: Date.UTC(2026, 4, 1),
    });
  });
  it('rolling windows are N whole days including today', () => {
    expect(resolveWindow('7D', asOf)).toMatchObject({ from: Date.UTC(2026, 4, 8), to: nextDay, label: 'Last 7 days' });
    expect(resolveWindow('30d', asOf).from).toBe(Date.UTC(2026, 3, 15));
    expect(resolveWindow('90D', asOf).from).toBe(Date.UTC(2026, 1, 14));
  });
  it('previous complete periods', () => {
    expect(resolveWindow('previous week', asOf)).toMatchObject({ from: Date.UTC(2026, 4, 4), to: Date.UTC(2026, 4, 11) });
    expect(resolveWindow('Previous Month', asOf)).toMatchObject({ from: Date.UTC(2026, 3, 1), to: Date.UTC(2026, 4, 1) });
    expect(resolveWindow('previous_year', asOf)).toMatchObject({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 0, 1) });
    expect(resolveWindow('previous month', Date.UTC(2026, 0, 10))).toMatchObject({ from: Date.UTC(2025, 11, 1), to: Date.UTC(2026, 0, 1) });
  });
  it('the OKR period, whole days', () => {
    const w = resolveWindow('period', asOf, { period: { start: Date.UTC(2026, 3, 1, 9), end: Date.UTC(2026, 5, 30) } });
    expect(w).toMatchObject({ from: Date.UTC(2026, 3, 1), to: Date.UTC(2026, 6, 1) });
    expect(() => resolveWindow('period', asOf)).toThrow(/Set Start and End/);
  });
  it('uses the zone for day boundaries', () => {
    // 14 May 23:00 in New York is 15 May 03:00 UTC.
    const w = resolveWindow('MTD', Date.UTC(2026, 4, 15, 3), { timeZone: 'America/New_York' });
    expect(w).toMatchObject({ from: Date.UTC(2026, 4, 1, 4), to: Date.UTC(2026, 4, 15, 4) });
  });
  it('unknown text lists the accepted windows', () => {
    expect(() => resolveWindow('fortnight', asOf)).toThrow(ValueError);
    try {
      resolveWindow('fortnight', asOf);
    } catch (e) {
      for (const spec of WINDOW_SPECS) expect((e as Error).message).toContain(spec);
    }
    expect(() => resolveWindow('MTD', asOf, { fiscalYearStartMonth: 0 })).toThrow(/fiscal/);
  });
});
