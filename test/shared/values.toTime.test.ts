import { describe, expect, it } from 'vitest';
import { toTime, ValueError } from '@aligned/core/values/index';

describe('toTime', () => {
  it('keeps Dates and epoch milliseconds', () => {
    expect(toTime(new Date(Date.UTC(2026, 6, 2, 9)))).toBe(Date.UTC(2026, 6, 2, 9));
    expect(toTime(1_782_950_400_000)).toBe(1_782_950_400_000);
  });

  it('reads a date-only ISO string as midnight in the given zone', () => {
    expect(toTime('2026-07-02')).toBe(Date.UTC(2026, 6, 2));
    expect(toTime('2026-07-02', 'Europe/Paris')).toBe(Date.UTC(2026, 6, 1, 22)); // CEST = UTC+2
    expect(toTime('2026-01-15', 'America/New_York')).toBe(Date.UTC(2026, 0, 15, 5)); // EST = UTC−5
    expect(toTime('2026-04-01', 'Asia/Tokyo')).toBe(Date.UTC(2026, 2, 31, 15));
  });

  it('reads ISO date-times with and without an offset', () => {
    expect(toTime('2026-07-02T09:30:00Z', 'Europe/Paris')).toBe(Date.UTC(2026, 6, 2, 9, 30));
    expect(toTime('2026-07-02T09:30+02:00')).toBe(Date.UTC(2026, 6, 2, 7, 30));
    expect(toTime('2026-07-02T09:30', 'Europe/Paris')).toBe(Date.UTC(2026, 6, 2, 7, 30));
    expect(toTime('2026-07-02 09:30:15.250')).toBe(Date.UTC(2026, 6, 2, 9, 30, 15, 250));
  });

  it('reads spreadsheet serials (days since 1899-12-30) below 100000, epoch ms above', () => {
    expect(toTime(46000)).toBe(Date.UTC(2025, 11, 9));
    expect(toTime(1)).toBe(Date.UTC(1899, 11, 31));
    expect(toTime(46000.5)).toBe(Date.UTC(2025, 11, 9, 12));
    expect(toTime(46000, 'America/New_York')).toBe(Date.UTC(2025, 11, 9, 5));
    expect(toTime('46000')).toBe(Date.UTC(2025, 11, 9));
    expect(toTime(100_000)).toBe(100_000);
  });

  it('returns null for empty values', () => {
    expect(toTime('')).toBeNull();
    expect(toTime(null)).toBeNull();
    expect(toTime(undefined)).toBeNull();
    expect(toTime(NaN)).toBeNull();
  });

  it.each([['next Tuesday'], ['02/07/2026'], ['2026-02-30'], ['2026-13-01'], [new Date('nope')], [true]])(
    'refuses %j with a ValueError saying how to type a date',
    (v) => {
      expect(() => toTime(v)).toThrow(ValueError);
    },
  );

  it('names an unknown time zone in the error', () => {
    expect(() => toTime('2026-07-02', 'Mars/Olympus')).toThrow(/IANA time zone/);
  });
});
