import { dailyCheckIns, trendForecast } from '@aligned/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestOfEachDay, latestSampleOfEachDay } from '../../grafana-panel/src/data/scoreSeries';

const START = Date.UTC(2026, 2, 1);
const END = Date.UTC(2026, 4, 31);

describe('the trend gets only the latest check-in of each day', () => {
  it('gives the core exactly the check-ins it would keep, in any zone (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.integer({ min: 0, max: 90 * 86_400_000 }), value: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }), { maxLength: 400 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'),
        (raw, zone) => {
          const checkIns = raw.map((r) => ({ time: START + r.offset, value: r.value })).sort((a, b) => a.time - b.time);
          const thinned = latestOfEachDay(checkIns, zone);
          const asOf = START + 91 * 86_400_000;
          expect(dailyCheckIns(thinned, asOf, zone)).toEqual(dailyCheckIns(checkIns, asOf, zone));
          const options = { target: 2e6, baseline: -1e6, start: START, end: END, asOf, timeZone: zone };
          expect(trendForecast(thinned, options)).toEqual(trendForecast(checkIns, options));
        }
      ),
      { seed: 16, numRuns: 300 }
    );
  });

  it('picks from the samples in one pass exactly what it picks from their check-ins (seeded: gaps, NaN, out of order, out of window)', () => {
    const sample = fc.record({
      offset: fc.oneof(
        // A few days, so that most days hold several samples.
        fc.integer({ min: -1 * 86_400_000, max: 8 * 86_400_000 }),
        // On and either side of UTC midnight: the day boundaries, where an off-by-one would show.
        fc.tuple(fc.integer({ min: -1, max: 8 }), fc.constantFrom(-1, 0, 1)).map(([day, ms]) => day * 86_400_000 + ms),
        fc.constant(Number.NaN)
      ),
      value: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)),
    });
    fc.assert(
      fc.property(
        fc.array(sample, { maxLength: 300 }),
        fc.constantFrom('sorted', 'sorted with NaN times', 'any order'),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'),
        fc.integer({ min: 0, max: 9 }),
        (raw, order, zone, asOfDay) => {
          // 'sorted' takes the binary searches, a NaN time among sorted ones the single pass.
          const kept = order === 'sorted' ? raw.filter((r) => !Number.isNaN(r.offset)) : order === 'any order' ? raw : [...raw, { offset: Number.NaN, value: 1 }];
          const rows = order === 'any order' ? kept : [...kept].sort((a, b) => (a.offset || 0) - (b.offset || 0));
          const times = rows.map((r) => START + r.offset);
          const values = rows.map((r) => r.value);
          const asOf = START + asOfDay * 86_400_000;
          const checkIns = rows
            .map((_, i) => ({ time: times[i], value: values[i] }))
            .filter((c) => c.time >= START && c.time <= asOf && c.value !== null);
          expect(latestSampleOfEachDay(times, values, START, asOf, zone)).toEqual(latestOfEachDay(checkIns, zone));
        }
      ),
      { seed: 16, numRuns: 1500 }
    );
  });

  it('passes unsorted check-ins through unchanged', () => {
    const unsorted = [{ time: 2, value: 1 }, { time: 1, value: 2 }];
    expect(latestOfEachDay(unsorted, 'UTC')).toBe(unsorted);
  });
});
