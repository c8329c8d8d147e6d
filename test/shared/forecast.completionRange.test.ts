import { describe, expect, it } from 'vitest';
import { trendForecast } from '@aligned/core';

const DAY = 86_400_000;
const START = Date.UTC(2026, 6, 1);

describe('trendForecast on a nearly flat trend', () => {
  it('says the target is never reached instead of throwing "Invalid time value"', () => {
    // Found by the panel's fuzzing: progress just above 10 %, a slope of 1e-9 a day towards the target.
    const checkIns = Array.from({ length: 20 }, (_, i) => ({ time: START + i * DAY, value: 20 + i * 1e-9 }));
    const result = trendForecast(checkIns, { target: 100, baseline: 10, start: START, end: START + 91 * DAY, asOf: START + 20 * DAY, timeZone: 'UTC' });
    expect(result.completionTime).toBeNull();
    expect(result.explain).toContain('never reaches the target');
  });
});
