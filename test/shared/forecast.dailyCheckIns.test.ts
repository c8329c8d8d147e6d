import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyCheckIns } from '@aligned/core/forecast/index';
import { civilDay } from '@aligned/core/time/civilDay';
import { isMissing } from '@aligned/core/values/isMissing';
import type { CheckIn } from '@aligned/core/types';

/** The rule as first written (one object per check-in, civilDay for every one): the oracle for the fast version. */
function reference(checkIns: readonly CheckIn[], asOf = Infinity, timeZone = 'UTC') {
  const byDay = new Map<number, { day: number; time: number; value: number }>();
  for (const c of checkIns) {
    if (isMissing(c.time) || isMissing(c.value) || c.time > asOf) continue;
    const day = civilDay(c.time, timeZone);
    const kept = byDay.get(day);
    if (kept === undefined || c.time >= kept.time) byDay.set(day, { day, time: c.time, value: c.value as number });
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

const DAY = 86_400_000;
const time = fc.oneof(
  fc.integer({ min: -3 * DAY, max: 3 * DAY }), // around the epoch, where −0 and negative days live
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 3, 1) }),
  fc.constantFrom(NaN, Infinity, -Infinity, 8.64e15, -8.64e15, 8.64e15 + 1),
);
const value = fc.oneof(fc.double({ noNaN: false }), fc.constant(null));
const checkIns = fc.array(fc.record({ time, value }), { maxLength: 60 });
const asOf = fc.oneof(fc.constant(Infinity), fc.integer({ min: -3 * DAY, max: Date.UTC(2026, 3, 1) }));

describe('dailyCheckIns equals the per-check-in rule', () => {
  it('in UTC (the fast path), for any check-ins, duplicates and edge times', () => {
    fc.assert(
      fc.property(checkIns, asOf, fc.constantFrom('UTC', 'Etc/UTC'), (cs, at, zone) => {
        expect(dailyCheckIns(cs, at, zone)).toEqual(reference(cs, at, zone));
      }),
      { numRuns: 500 },
    );
  });
  it('in other zones', () => {
    const finite = fc.array(fc.record({ time: fc.integer({ min: Date.UTC(2026, 2, 20), max: Date.UTC(2026, 3, 5) }), value }), { maxLength: 40 });
    fc.assert(
      fc.property(finite, fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata'), (cs, zone) => {
        expect(dailyCheckIns(cs, Infinity, zone)).toEqual(reference(cs, Infinity, zone));
      }),
      { numRuns: 100 },
    );
  });
  it('keeps the later of two check-ins at the same time by position, as before', () => {
    const t = Date.UTC(2026, 0, 5, 9);
    const cs = [{ time: t, value: 1 }, { time: t, value: 2 }, { time: t - 1, value: 3 }];
    expect(dailyCheckIns(cs)).toEqual([{ day: civilDay(t), time: t, value: 2 }]);
  });
});
