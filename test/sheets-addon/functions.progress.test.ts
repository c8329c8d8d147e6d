/** OKR_PROGRESS, OKR_RANGE and OKR_SCORE against the TypeScript sources. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearProgress, scoreKeyResult } from '@aligned/core';
import { OKR_PROGRESS } from '../../sheets-addon/src/functions/okrProgress';
import { OKR_RANGE } from '../../sheets-addon/src/functions/okrRange';
import { OKR_SCORE } from '../../sheets-addon/src/functions/okrScore';

describe('OKR_PROGRESS', () => {
  it('scores increases and decreases from baseline to target, baseline 0 by default', () => {
    expect(OKR_PROGRESS(31, 43, 12)).toBeCloseTo(19 / 31, 12);
    expect(OKR_PROGRESS(50, 200)).toBe(0.25);
    expect(OKR_PROGRESS(50, 200, '')).toBe(0.25);
    // Churn from 8 % down to 4 %: at 5 % three quarters of the way.
    expect(OKR_PROGRESS('5 %', '4 %', '8 %')).toBeCloseTo(0.75, 12);
    expect(OKR_PROGRESS(0.05, 0.04, 0.08, 'decrease')).toBeCloseTo(0.75, 12);
    // A loss of 50k turning into a profit of 20k.
    expect(OKR_PROGRESS(-15000, 20000, -50000, 'increase')).toBe(0.5);
  });

  it('clamps to [0, cap]: 1 by default, any cap above 0, none for 0', () => {
    expect(OKR_PROGRESS(300, 200)).toBe(1);
    expect(OKR_PROGRESS(-10, 200)).toBe(0);
    expect(OKR_PROGRESS(300, 200, 0, 'auto', 1.2)).toBeCloseTo(1.2, 12);
    expect(OKR_PROGRESS(300, 200, 0, 'auto', 0)).toBe(1.5);
    expect(() => OKR_PROGRESS(300, 200, 0, 'auto', -1)).toThrow(/^cap: expected 0 \(no cap\) or a number above 0/);
  });

  it('agrees with the core on every finite input', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (current, target, baseline) => {
          fc.pre(target !== baseline);
          expect(OKR_PROGRESS(current, target, baseline)).toBe(linearProgress(current, baseline, target, 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a target equal to the baseline and a kind that contradicts them', () => {
    expect(() => OKR_PROGRESS(5, 100, 100)).toThrow('target equals baseline (100): there is no distance to measure progress along; set a different baseline.');
    expect(() => OKR_PROGRESS(5, 0)).toThrow('target equals baseline (0)');
    expect(() => OKR_PROGRESS(5, 50, 100, 'increase')).toThrow(
      'kind is "increase" but target (50) is below baseline (100); use "decrease" or "auto", or check the two values.',
    );
    expect(() => OKR_PROGRESS(5, 150, 100, 'decrease')).toThrow('kind is "decrease" but target (150) is above baseline (100)');
    expect(() => OKR_PROGRESS(5, '')).toThrow('target is blank: enter the value that counts as 100 %.');
    expect(() => OKR_PROGRESS(5, 10, 0, 'sideways')).toThrow(
      'kind: expected one of "auto", "increase", "decrease", "above", "below", "range", "milestone", "track", found "sideways"',
    );
  });

  it('accepts every Kind of the row schema', () => {
    for (const kind of ['increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track']) {
      const current = kind === 'milestone' ? true : 5;
      expect(() => OKR_PROGRESS(current, 10, kind === 'decrease' ? 20 : 0, kind), kind).not.toThrow();
    }
  });

  it('scores "range" as the core\'s floor-to-target form: the baseline (floor) scores 0, the target 1', () => {
    // Break even at 220k, aim for 240k: 230k is half-way, not 96 %.
    expect(OKR_PROGRESS(230_000, 240_000, 220_000, 'range')).toBe(0.5);
    expect(OKR_PROGRESS(230_000, 240_000, 220_000, 'Range')).toBe(
      scoreKeyResult({ kind: 'range', low: 220_000, target: 240_000, current: 230_000 }).progress,
    );
    expect(OKR_PROGRESS(210_000, 240_000, 220_000, 'range')).toBe(0);
    expect(OKR_PROGRESS(250_000, 240_000, 220_000, 'range')).toBe(1);
    expect(OKR_PROGRESS(250_000, 240_000, 220_000, 'range', 0)).toBe(1.5); // cap 0: no cap
    // A baseline above the target is a ceiling: cost limit 50k, aim for 40k.
    expect(OKR_PROGRESS(45_000, 40_000, 50_000, 'range')).toBe(
      scoreKeyResult({ kind: 'range', high: 50_000, target: 40_000, current: 45_000 }).progress,
    );
    expect(OKR_PROGRESS(45_000, 40_000, 50_000, 'range')).toBe(0.5);
    expect(OKR_PROGRESS('', 240_000, 220_000, 'range')).toBe('');
  });

  it('explains a "range" without a floor, or with the floor on the target', () => {
    expect(() => OKR_PROGRESS(5, 10, '', 'range')).toThrow(
      'baseline is blank: for kind "range" enter the floor that scores 0 % (for a band between low and high, use OKR_RANGE).',
    );
    expect(() => OKR_PROGRESS(5, 10, 10, 'range')).toThrow('kind is "range" but baseline (the floor, 10) equals target');
    expect(() => OKR_PROGRESS(5, '', 0, 'range')).toThrow('target is blank');
  });

  it('leaves a "track" metric blank: a baseline metric has no progress, whatever its value', () => {
    expect(OKR_PROGRESS(42, '', '', 'track')).toBe('');
    expect(OKR_PROGRESS(42, 100, 0, 'TRACK')).toBe('');
    expect(scoreKeyResult({ kind: 'track', current: 42 }).progress).toBeNull();
    expect(OKR_PROGRESS([[42], [50]], [[''], [100]], [[''], [0]], [['track'], ['increase']])).toEqual([[''], [0.5]]);
  });

  it('scores thresholds and milestones as the core does', () => {
    expect(OKR_PROGRESS(9.2, 9, '', 'above')).toBe(1);
    expect(OKR_PROGRESS(8.9, 9, '', 'ABOVE')).toBe(0);
    expect(OKR_PROGRESS(2, 3, '', 'below')).toBe(1);
    expect(() => OKR_PROGRESS(2, '', '', 'below')).toThrow('target is blank: enter the value to stay below.');
    for (const done of [true, 'yes', 'Done', 1, '✓']) expect(OKR_PROGRESS(done, '', '', 'milestone')).toBe(1);
    for (const notDone of [false, 'no', 'not done', 0]) expect(OKR_PROGRESS(notDone, '', '', 'milestone')).toBe(0);
    expect(OKR_PROGRESS(true, '', '', 'milestone')).toBe(scoreKeyResult({ kind: 'milestone', done: true }).progress);
    expect(() => OKR_PROGRESS('maybe', '', '', 'milestone')).toThrow(/^current: expected TRUE or FALSE/);
  });

  it('leaves a blank current blank (no data is not 0 %)', () => {
    expect(OKR_PROGRESS('', 100)).toBe('');
    expect(OKR_PROGRESS('  ', 100, 0, 'milestone')).toBe('');
    expect(OKR_PROGRESS([[''], [50]], 100)).toEqual([[''], [0.5]]);
  });

  it('computes a whole range in one call, per-row targets and kinds included, errors as text', () => {
    const out = OKR_PROGRESS(
      [[50], [5], [true], ['n/a'], [9]],
      [[100], [4], [''], [100], [10]],
      [[0], [8], [''], [0], ['']],
      [['auto'], ['auto'], ['milestone'], ['auto'], ['above']],
    ) as unknown[][];
    expect(out.slice(0, 3)).toEqual([[0.5], [0.75], [1]]);
    expect(out[3][0]).toMatch(/^current: expected a number .* found "n\/a"/);
    expect(out[4]).toEqual([0]);
  });
});

describe('OKR_RANGE', () => {
  it('is 1 inside the band and falls linearly to 0 at the critical limits', () => {
    expect(OKR_RANGE([[30], [50], [40], [25], [20], [55], [60], [100]], 30, 50, 20, 60)).toEqual([[1], [1], [1], [0.5], [0], [0.5], [0], [0]]);
  });

  it('without critical limits outside scores 0', () => {
    expect(OKR_RANGE([[29.9], [35], [50.1]], 30, 50)).toEqual([[0], [1], [0]]);
  });

  it('explains a band or limit the wrong way round, whatever the value', () => {
    expect(() => OKR_RANGE(40, 50, 30)).toThrow('low (50) is above high (30); swap them.');
    expect(() => OKR_RANGE(40, 30, 50, 35)).toThrow('critical_low (35) is above low (30); it must be at or below low, or blank.');
    expect(() => OKR_RANGE(40, 30, 50, '', 45)).toThrow('critical_high (45) is below high (50)');
    expect(() => OKR_RANGE(40, '', 50)).toThrow('low is blank: enter the lowest value that still scores 100 %.');
    expect(OKR_RANGE('', 30, 50)).toBe('');
  });
});

describe('OKR_SCORE', () => {
  it('clamps to 0.0–1.0 and rounds to the nearest tenth', () => {
    expect(OKR_SCORE([[0.65], [0.64], [1.3], [-0.2], ['73 %'], ['']])).toEqual([[0.7], [0.6], [1], [0], [0.7], ['']]);
    expect(() => OKR_SCORE('good')).toThrow(/^progress: expected a number/);
  });
});
