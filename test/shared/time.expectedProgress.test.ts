import { describe, expect, it } from 'vitest';
import { expectedProgress } from '@aligned/core/time/index';

const start = Date.UTC(2026, 0, 1);
const end = Date.UTC(2026, 11, 31);

describe('expectedProgress', () => {
  it('on 2 July, any time of day, 182 of 365 days have passed', () => {
    expect(expectedProgress(start, end, Date.UTC(2026, 6, 2))).toBe(182 / 365);
    expect(expectedProgress(start, end, Date.UTC(2026, 6, 2, 23, 59, 59, 999))).toBe(182 / 365);
    expect(expectedProgress(start, end, Date.UTC(2026, 6, 3))).toBe(183 / 365);
  });
  it('is 0 before and on the first day, 1 after the end day', () => {
    expect(expectedProgress(start, end, Date.UTC(2025, 11, 1))).toBe(0);
    expect(expectedProgress(start, end, Date.UTC(2026, 0, 1, 18))).toBe(0);
    expect(expectedProgress(start, end, Date.UTC(2026, 11, 31, 12))).toBe(364 / 365);
    expect(expectedProgress(start, end, Date.UTC(2027, 0, 1))).toBe(1);
  });
  it('counts days in the given zone', () => {
    const tz = 'America/Los_Angeles';
    const s = Date.UTC(2026, 0, 1, 8); // midnight 1 Jan in LA
    const e = Date.UTC(2026, 11, 31, 8);
    // 2 July 20:00 in LA is 3 July 03:00 UTC: still 2 July there.
    expect(expectedProgress(s, e, Date.UTC(2026, 6, 3, 3), tz)).toBe(182 / 365);
    expect(expectedProgress(s, e, Date.UTC(2026, 6, 3, 3))).toBe(183 / 365);
  });
  it('end before start: 1 once the end day is over, else 0', () => {
    expect(expectedProgress(end, start, Date.UTC(2026, 0, 1, 12))).toBe(0);
    expect(expectedProgress(end, start, Date.UTC(2026, 0, 2))).toBe(1);
  });
  it('a one-day period', () => {
    expect(expectedProgress(start, start, start + 5)).toBe(0);
    expect(expectedProgress(start, start, start + 86_400_000)).toBe(1);
  });
  it('is null without dates', () => {
    expect(expectedProgress(null, end, start)).toBeNull();
    expect(expectedProgress(start, NaN, start)).toBeNull();
    expect(expectedProgress(start, end, undefined)).toBeNull();
  });
});
