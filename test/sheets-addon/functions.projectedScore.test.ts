/** OKR_PROJECTED_SCORE against the TypeScript sources (UTC), and OKR_SCORE keeping its meaning beside it. */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { score } from '@aligned/core';
import { OKR_PROJECTED_SCORE } from '../../sheets-addon/src/functions/okrProjectedScore';
import { OKR_SCORE } from '../../sheets-addon/src/functions/okrScore';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const JAN1 = day('2026-01-01');
const DEC31 = day('2026-12-31');
const JUL2 = day('2026-07-02'); // 182 of 365 days gone

afterEach(() => {
  vi.useRealTimers();
});

describe('OKR_PROJECTED_SCORE', () => {
  it('grades an on-pace key result green mid-period, where OKR_SCORE of today\'s progress is yellow', () => {
    expect(OKR_SCORE(0.45)).toBe(0.5);
    expect(OKR_PROJECTED_SCORE(0.45, JAN1, DEC31, JUL2)).toBe(0.9); // 0.45 ÷ 0.4986 = 90 %
    expect(OKR_PROJECTED_SCORE(0.5, JAN1, DEC31, JUL2)).toBe(1);
  });

  it('grades behind-pace key results lower', () => {
    expect(OKR_PROJECTED_SCORE(0.3, JAN1, DEC31, JUL2)).toBe(0.6);
    expect(OKR_PROJECTED_SCORE(0.1, JAN1, DEC31, JUL2)).toBe(0.2);
  });

  it('is the final score, OKR_SCORE\'s, from the end day on', () => {
    for (const asOf of [DEC31, day('2027-02-01')]) {
      expect(OKR_PROJECTED_SCORE(0.65, JAN1, DEC31, asOf)).toBe(0.7);
      expect(OKR_PROJECTED_SCORE(0.1, JAN1, DEC31, asOf)).toBe(0.1);
    }
    fc.assert(
      fc.property(fc.double({ min: -1, max: 2, noNaN: true }), (p) => {
        expect(OKR_PROJECTED_SCORE(p, JAN1, DEC31, DEC31)).toBe(OKR_SCORE(p));
      }),
      { seed: 17, numRuns: 200 },
    );
  });

  it('leaves no data blank, never 0.0', () => {
    // A blank single cell comes back as Sheets' blank, '' (as every function here answers).
    expect(OKR_PROJECTED_SCORE('', JAN1, DEC31, JUL2)).toBe('');
    expect(OKR_PROJECTED_SCORE(null, JAN1, DEC31, JUL2)).toBe('');
    expect(OKR_PROJECTED_SCORE([[0.5], [''], [0.1]], JAN1, DEC31, JUL2)).toEqual([[1], [''], [0.2]]);
  });

  it('holds conditions, grades milestones 1.0 once done, and says why there is no figure', () => {
    expect(OKR_PROJECTED_SCORE(1, JAN1, DEC31, JUL2, 'above')).toBe(1);
    expect(OKR_PROJECTED_SCORE(0, JAN1, DEC31, JUL2, 'below')).toBe(0);
    expect(OKR_PROJECTED_SCORE(1, JAN1, DEC31, JUL2, 'milestone')).toBe(1);
    expect(() => OKR_PROJECTED_SCORE(0, JAN1, DEC31, JUL2, 'milestone')).toThrow('No projected score yet: not done yet; a milestone scores 1.0 once it is done.');
    expect(() => OKR_PROJECTED_SCORE(0.2, JAN1, DEC31, JAN1)).toThrow('No projected score yet: no whole day of the period has passed yet.');
    expect(() => OKR_PROJECTED_SCORE(0.2, JAN1, DEC31, JUL2, 'sideways')).toThrow(/kind: expected one of "auto", .*found "sideways"/);
    expect(() => OKR_PROJECTED_SCORE(0.2, '', '', JUL2)).toThrow(/start_date and end_date are blank/);
    expect(() => OKR_PROJECTED_SCORE('lots', JAN1, DEC31, JUL2)).toThrow(/^progress: expected/);
  });

  it('grades as of today when as_of is blank', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-07-02T15:00:00Z'));
    expect(OKR_PROJECTED_SCORE(0.3, JAN1, DEC31)).toBe(0.6);
  });

  it('answers a score in 0..1 or a worded message for hostile cells (seeded)', () => {
    const cell = fc.oneof(fc.double(), fc.string(), fc.constant(''), fc.constant(null), fc.boolean(), fc.date({ noInvalidDate: false }));
    fc.assert(
      fc.property(cell, cell, cell, cell, (p, s, e, a) => {
        const out = OKR_PROJECTED_SCORE([[p]], [[s]], [[e]], [[a]]) as unknown[][];
        const v = out[0][0];
        if (typeof v === 'number') expect(v >= 0 && v <= 1 && v === score(v)).toBe(true);
        else expect(typeof v === 'string' && !/NaN|undefined|Infinity|TypeError/.test(v)).toBe(true);
      }),
      { seed: 1717, numRuns: 400 },
    );
  });
});
