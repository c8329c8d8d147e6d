import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDay, endOfDay, startOfDay, startOfNextDay, zoneOffset, zonedParts } from '@aligned/core/time/index';
import { ValueError } from '@aligned/core/values/index';

const H = 3_600_000;

describe('day boundaries', () => {
  it('UTC by default', () => {
    const t = Date.UTC(2026, 6, 2, 15, 30);
    expect(startOfDay(t)).toBe(Date.UTC(2026, 6, 2));
    expect(endOfDay(t)).toBe(Date.UTC(2026, 6, 3) - 1);
    expect(startOfNextDay(t)).toBe(Date.UTC(2026, 6, 3));
  });
  it('in the given zone', () => {
    // 2 July 23:30 in New York is 3 July 03:30 UTC.
    const t = Date.UTC(2026, 6, 3, 3, 30);
    expect(startOfDay(t, 'America/New_York')).toBe(Date.UTC(2026, 6, 2, 4));
    expect(startOfDay(t)).toBe(Date.UTC(2026, 6, 3));
    expect(endOfDay(t, 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 3, 18, 30) - 1);
  });
  it('handles 23- and 25-hour days', () => {
    const spring = Date.UTC(2026, 2, 29, 12); // Paris switches to summer time on 29 March 2026
    expect(startOfNextDay(spring, 'Europe/Paris') - startOfDay(spring, 'Europe/Paris')).toBe(23 * H);
    const autumn = Date.UTC(2026, 9, 25, 12);
    expect(startOfNextDay(autumn, 'Europe/Paris') - startOfDay(autumn, 'Europe/Paris')).toBe(25 * H);
  });
  it('finds the start of a day whose midnight is skipped', () => {
    // Santiago springs forward at 00:00 on 6 Sep 2026: the day starts at 01:00 local (04:00 UTC).
    const noon = Date.UTC(2026, 8, 6, 16);
    const start = startOfDay(noon, 'America/Santiago');
    expect(zonedParts(start, 'America/Santiago')).toMatchObject({ day: 6, hour: 1, minute: 0 });
    expect(zonedParts(start - 1, 'America/Santiago').day).toBe(5);
  });
  it('reports offsets and civil days', () => {
    expect(zoneOffset(Date.UTC(2026, 6, 1), 'Europe/Paris')).toBe(2 * H);
    expect(zoneOffset(Date.UTC(2026, 0, 1), 'Europe/Paris')).toBe(1 * H);
    expect(civilDay(Date.UTC(1970, 0, 2, 23))).toBe(1);
  });
  it('names a bad time zone', () => {
    expect(() => startOfDay(0, 'Nowhere/Land')).toThrow(ValueError);
  });
});

describe('startOfNextDay in UTC (the arithmetic fast path)', () => {
  it('is the next calendar midnight of the UTC date, for any instant (seeded)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 - 86_400_000 }), (t) => {
        const d = new Date(t);
        const expected = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
        expect(startOfNextDay(t, 'UTC')).toBe(expected);
        expect(startOfNextDay(t, 'Etc/UTC')).toBe(expected);
      }),
      { seed: 20261202, numRuns: 20_000 }
    );
    expect(startOfNextDay(Date.UTC(2026, 0, 1) - 1)).toBe(Date.UTC(2026, 0, 1));
    expect(startOfNextDay(Date.UTC(2026, 0, 1))).toBe(Date.UTC(2026, 0, 2));
    expect(startOfNextDay(-1)).toBe(0);
    expect(startOfNextDay(NaN)).toBeNaN();
  });
});
