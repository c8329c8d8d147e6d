import { describe, expect, it } from 'vitest';
import { dailyCheckIns, leastSquares, paceForecast, trendForecast } from '@aligned/core/forecast/index';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const end = Date.UTC(2026, 2, 31); // 90 days

describe('paceForecast', () => {
  it('is baseline + (current − baseline) ÷ e', () => {
    expect(paceForecast(30, 10, 0.5)).toBe(50);
    expect(paceForecast(80, 100, 0.5)).toBe(60);
  });
  it('is null for e = 0 or missing inputs', () => {
    expect(paceForecast(30, 10, 0)).toBeNull();
    expect(paceForecast(null, 10, 0.5)).toBeNull();
    expect(paceForecast(30, 10, NaN)).toBeNull();
  });
});

describe('dailyCheckIns and leastSquares', () => {
  it('keeps the last value of each day, skips empties and the future', () => {
    const days = dailyCheckIns(
      [
        { time: start + 10 * 3_600_000, value: 1 },
        { time: start + 9 * 3_600_000, value: 5 },
        { time: start + DAY, value: null },
        { time: start + 2 * DAY, value: 3 },
        { time: start + 9 * DAY, value: 9 },
      ],
      start + 5 * DAY,
    );
    expect(days.map((d) => d.value)).toEqual([1, 3]);
  });
  it('fits an exact line', () => {
    const fit = leastSquares([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(fit?.slope).toBeCloseTo(2, 12);
    expect(fit?.intercept).toBeCloseTo(1, 12);
    expect(leastSquares([1, 1], [2, 3])).toBeNull();
  });
});

describe('trendForecast', () => {
  const line = (perDay: number, days: number[]) => days.map((d) => ({ time: start + d * DAY + 3_600_000, value: d * perDay }));
  const opts = { target: 90, baseline: 0, start, end };

  it('projects the end value, the slope and the completion date', () => {
    const f = trendForecast(line(1, [0, 10, 20, 30]), { ...opts, asOf: start + 30 * DAY + 5 * 3_600_000 });
    expect(f.reason).toBe('ok');
    expect(f.slopePerDay).toBeCloseTo(1, 6);
    // The fit passes 1 h into each day: at the end of 31 March (90 days) it reads 90 − 1/24.
    expect(f.valueAtEnd).toBeCloseTo(90 - 1 / 24, 6);
    expect(f.completionTime).toBeCloseTo(start + 90 * DAY + 3_600_000, -3);
    expect(f.trendingOffTrack).toBe(true); // a hair short of 100 % while the pace is on track
    expect(f.explain).toMatch(/per day/);
  });

  it('flags trending off track when the trend stalls but the pace is still fine', () => {
    // Fast start then a stall: pace since start looks fine, the fitted line misses.
    const checkIns = [
      { time: start + 1 * DAY, value: 20 },
      { time: start + 5 * DAY, value: 28 },
      { time: start + 10 * DAY, value: 30 },
      { time: start + 20 * DAY, value: 31 },
    ];
    const f = trendForecast(checkIns, { ...opts, asOf: start + 20 * DAY });
    expect(f.reason).toBe('ok');
    expect(f.projectedProgress).toBeLessThan(1);
    expect(f.trendingOffTrack).toBe(true);
  });

  it('no completion time when the trend moves away from the target', () => {
    const checkIns = [20, 18, 15].map((value, i) => ({ time: start + (i * 5 + 1) * DAY, value }));
    const f = trendForecast(checkIns, { ...opts, asOf: start + 12 * DAY });
    expect(f.reason).toBe('ok');
    expect(f.completionTime).toBeNull();
    expect(f.explain).toMatch(/never reaches/);
  });

  it('works for decreasing key results', () => {
    const checkIns = [100, 95, 90].map((value, i) => ({ time: start + i * 5 * DAY, value }));
    const f = trendForecast(checkIns, { target: 50, baseline: 100, start, end, asOf: start + 10 * DAY });
    expect(f.slopePerDay).toBeCloseTo(-1, 9);
    expect(f.completionTime).toBe(start + 50 * DAY);
  });

  it('insufficient data: fewer than 3 days, 7 days or less elapsed, progress outside (10 %, 100 %)', () => {
    expect(trendForecast(line(1, [10, 20]), { ...opts, asOf: start + 30 * DAY }).reason).toBe('insufficient_data');
    const sameDay = [1, 2, 3].map((v) => ({ time: start + 20 * DAY + v, value: 20 + v }));
    expect(trendForecast(sameDay, { ...opts, asOf: start + 30 * DAY }).explain).toMatch(/1 day with check-ins/);
    expect(trendForecast(line(3, [0, 2, 4, 6]), { ...opts, asOf: start + 6 * DAY }).explain).toMatch(/more than 7 days/);
    expect(trendForecast(line(0.1, [0, 10, 20]), { ...opts, asOf: start + 21 * DAY }).explain).toMatch(/between 10 % and 100 %/);
    expect(trendForecast(line(5, [0, 10, 20]), { ...opts, asOf: start + 21 * DAY }).explain).toMatch(/progress is 111 %/);
    const none = trendForecast([], { ...opts, asOf: start + 20 * DAY });
    expect(none).toMatchObject({ valueAtEnd: null, slopePerDay: null, completionTime: null, trendingOffTrack: false });
  });

  it('needs a target', () => {
    expect(trendForecast(line(1, [0, 10, 20]), { ...opts, target: null, asOf: start + 21 * DAY }).reason).toBe('invalid');
  });
});
