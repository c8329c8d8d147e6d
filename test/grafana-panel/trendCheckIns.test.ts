import { dailyCheckIns, trendForecast } from '@aligned/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestOfEachDay } from '../../grafana-panel/src/data/scoreSeries';

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

  it('passes unsorted check-ins through unchanged', () => {
    const unsorted = [{ time: 2, value: 1 }, { time: 1, value: 2 }];
    expect(latestOfEachDay(unsorted, 'UTC')).toBe(unsorted);
  });
});
