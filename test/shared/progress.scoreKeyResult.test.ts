import { describe, expect, it } from 'vitest';
import type { KeyResultInput } from '@aligned/core/progress/index';
import { scoreKeyResult } from '@aligned/core/progress/index';

const score = (input: Partial<KeyResultInput> & { kind: KeyResultInput['kind'] }) => scoreKeyResult(input as KeyResultInput);

describe('scoreKeyResult: increase and decrease', () => {
  it('explains the formula with the user’s numbers, real minus and ÷', () => {
    const r = score({ kind: 'increase', baseline: 12, target: 43, current: 31 });
    expect(r.progress).toBeCloseTo(0.6129, 4);
    expect(r.reason).toBe('ok');
    expect(r.explain).toBe('61 % = (31 \u2212 12) ÷ (43 \u2212 12)');
  });
  it('keeps raw overshoot and says it capped', () => {
    const r = score({ kind: 'decrease', baseline: 100, target: 60, current: 50 });
    expect(r).toMatchObject({ raw: 1.25, progress: 1, reason: 'capped' });
    expect(r.explain).toContain('125 %');
  });
  it('floors going the wrong way and says so', () => {
    const r = score({ kind: 'increase', baseline: 10, target: 20, current: 5 });
    expect(r).toMatchObject({ raw: -0.5, progress: 0, reason: 'floored' });
    expect(r.explain).toMatch(/wrong way/);
  });
  it('brackets negative operands', () => {
    expect(score({ kind: 'increase', baseline: -50_000, target: 20_000, current: -15_000 }).explain).toBe(
      '50 % = ((\u221215,000) \u2212 (\u221250,000)) ÷ (20,000 \u2212 (\u221250,000))',
    );
  });
  it('scores the degenerate span by direction and says how to fix it', () => {
    expect(score({ kind: 'increase', baseline: 10, target: 10, current: 12 })).toMatchObject({ progress: 1, reason: 'degenerate', met: true });
    expect(score({ kind: 'decrease', baseline: 10, target: 10, current: 12 })).toMatchObject({ progress: 0, reason: 'degenerate', met: false });
    expect(score({ kind: 'increase', baseline: 10, target: 10, current: 12, direction: 'decrease' }).progress).toBe(0);
    expect(score({ kind: 'increase', baseline: 10, target: 10, current: 9 }).explain).toMatch(/baseline different from the target/);
  });
  it('gives no_data (null, not 0) for a missing current', () => {
    for (const current of [null, undefined, NaN]) {
      expect(score({ kind: 'increase', baseline: 0, target: 10, current })).toMatchObject({ raw: null, progress: null, reason: 'no_data' });
    }
  });
  it('asks for a target or a baseline when missing', () => {
    const r = score({ kind: 'increase', baseline: 0, target: null, current: 5 });
    expect(r).toMatchObject({ progress: null, reason: 'invalid' });
    expect(r.explain).toMatch(/set a target/);
    expect(score({ kind: 'increase', target: 10, current: 5 }).explain).toMatch(/set a baseline/);
  });
  it('refuses a span too small to divide by instead of showing Infinity', () => {
    const r = score({ kind: 'increase', baseline: -5e-324, target: 0, current: -8.881784197001252e-16 });
    expect(r).toMatchObject({ raw: null, progress: null, reason: 'invalid' });
    expect(r.explain).toMatch(/too small to divide by/);
  });
  it('refuses numbers that contradict the direction', () => {
    const r = score({ kind: 'decrease', baseline: 10, target: 20, current: 12 });
    expect(r.reason).toBe('invalid');
    expect(r.explain).toMatch(/swap Baseline and Target/);
  });
  it('honours a custom cap and refuses a meaningless one', () => {
    expect(score({ kind: 'increase', baseline: 0, target: 100, current: 150, cap: 1.2 }).progress).toBe(1.2);
    expect(score({ kind: 'increase', baseline: 0, target: 100, current: 150, cap: null }).progress).toBe(1.5);
    expect(score({ kind: 'increase', baseline: 0, target: 100, current: 50, cap: 0 }).reason).toBe('invalid');
  });
  it('infers the kind when it is empty', () => {
    expect(score({ kind: null, baseline: 100, target: 60, current: 80 }).progress).toBe(0.5);
    expect(score({ kind: null, done: true }).progress).toBe(1);
    expect(score({ kind: null, current: 7 }).reason).toBe('track');
  });
});

describe('scoreKeyResult: above and below', () => {
  it('binary mode is inclusive by default', () => {
    expect(score({ kind: 'above', target: 95, current: 95 })).toMatchObject({ progress: 1, reason: 'met', met: true });
    expect(score({ kind: 'above', target: 95, current: 94.9 })).toMatchObject({ progress: 0, reason: 'not_met', met: false });
    expect(score({ kind: 'below', target: 2, current: 2 })).toMatchObject({ progress: 1, met: true });
    expect(score({ kind: 'below', target: 2, current: 2.1 }).progress).toBe(0);
  });
  it('strict mode excludes the target itself (Quantive)', () => {
    expect(score({ kind: 'above', target: 95, current: 95, inclusive: false }).progress).toBe(0);
    expect(score({ kind: 'below', target: 2, current: 2, inclusive: false }).progress).toBe(0);
    expect(score({ kind: 'below', target: 2, current: 1.9, inclusive: false }).progress).toBe(1);
  });
  it('periods mode: met ÷ elapsed up to the latest actual, gaps count as not met', () => {
    const r = score({ kind: 'above', target: 95, mode: 'periods', history: [96, null, 94, 97, null, null] });
    expect(r.progress).toBe(0.5);
    expect(r.met).toBe(true);
    expect(r.explain).toMatch(/2 of 4 periods met/);
    expect(r.explain).toMatch(/1 period without an actual counts as not met/);
  });
  it('periods mode is empty until the first actual', () => {
    expect(score({ kind: 'above', target: 95, mode: 'periods', history: [null, null] })).toMatchObject({ progress: null, reason: 'no_data' });
    expect(score({ kind: 'above', target: 95, mode: 'periods', history: [] }).progress).toBeNull();
  });
  it('distance mode: (c − critical) ÷ (t − critical)', () => {
    expect(score({ kind: 'above', target: 100, criticalLow: 80, current: 90, mode: 'distance' }).progress).toBe(0.5);
    expect(score({ kind: 'below', target: 1, criticalHigh: 2, current: 1.5, mode: 'distance' }).progress).toBe(0.5);
    expect(score({ kind: 'below', target: 1, criticalHigh: 2, current: 3, mode: 'distance' }).progress).toBe(0);
    expect(score({ kind: 'above', target: 100, current: 90, mode: 'distance' }).explain).toMatch(/Critical low/);
    expect(score({ kind: 'above', target: 100, criticalLow: 120, current: 90, mode: 'distance' }).reason).toBe('invalid');
  });
  it('needs a line to stay above', () => {
    expect(score({ kind: 'above', current: 3 }).explain).toMatch(/set the value to stay above/);
  });
});

describe('scoreKeyResult: range', () => {
  it('band: 1 inside, 0 outside without critical limits', () => {
    expect(score({ kind: 'range', low: 30, high: 50, current: 40 })).toMatchObject({ progress: 1, reason: 'inside_range', met: true });
    expect(score({ kind: 'range', low: 30, high: 50, current: 30 }).progress).toBe(1);
    expect(score({ kind: 'range', low: 30, high: 50, current: 30, inclusive: false }).progress).toBe(0);
    expect(score({ kind: 'range', low: 30, high: 50, current: 55 })).toMatchObject({ progress: 0, reason: 'outside_range', met: false });
  });
  it('band: linear to 0 at the critical limits', () => {
    expect(score({ kind: 'range', low: 30, high: 50, criticalLow: 20, current: 25 }).progress).toBe(0.5);
    expect(score({ kind: 'range', low: 30, high: 50, criticalHigh: 70, current: 65 }).progress).toBe(0.25);
    expect(score({ kind: 'range', low: 30, high: 50, criticalHigh: 70, current: 90 }).progress).toBe(0);
    expect(score({ kind: 'range', low: 30, high: 50, criticalLow: 35, current: 25 }).reason).toBe('invalid');
  });
  it('band: periods mode counts periods inside', () => {
    expect(score({ kind: 'range', low: 4, high: 5, mode: 'periods', history: [4.5, 6, 5, 3] }).progress).toBe(0.5);
  });
  it('floor to target: floor scores 0, target 1', () => {
    expect(score({ kind: 'range', low: 220_000, target: 240_000, current: 220_000 }).progress).toBe(0);
    expect(score({ kind: 'range', low: 220_000, target: 240_000, current: 240_000 }).progress).toBe(1);
    expect(score({ kind: 'range', low: 220_000, target: 240_000, current: 230_000 }).progress).toBe(0.5);
  });
  it('ceiling to target mirrors it downwards', () => {
    expect(score({ kind: 'range', high: 10, target: 6, current: 8 }).progress).toBe(0.5);
  });
  it('asks for the missing bound and refuses swapped ones', () => {
    expect(score({ kind: 'range', low: 3, current: 4 }).explain).toMatch(/Low and High/);
    expect(score({ kind: 'range', low: 50, high: 30, current: 40 }).explain).toMatch(/swap/);
  });
});

describe('scoreKeyResult: milestone and track', () => {
  it('done → 1, not done → 0, unknown → no data', () => {
    expect(score({ kind: 'milestone', done: true })).toMatchObject({ progress: 1, met: true });
    expect(score({ kind: 'milestone', done: false })).toMatchObject({ progress: 0, met: false });
    expect(score({ kind: 'milestone', done: null }).reason).toBe('no_data');
    expect(score({ kind: 'milestone', current: 1 }).progress).toBe(1);
  });
  it('checklist: Σ w·done ÷ Σ w', () => {
    expect(score({ kind: 'milestone', checklist: [{ done: true }, { done: false }, { done: true }] }).progress).toBeCloseTo(2 / 3, 12);
    const weighted = score({ kind: 'milestone', checklist: [{ done: true, weight: 3 }, { done: false, weight: 2 }, { done: null }] });
    expect(weighted.progress).toBe(0.5);
    expect(weighted.explain).toMatch(/weight 3 of 6/);
  });
  it('empty checklist → null with reason empty_checklist', () => {
    expect(score({ kind: 'milestone', checklist: [] })).toMatchObject({ progress: null, reason: 'empty_checklist' });
  });
  it('refuses negative weights and all-zero weights without NaN', () => {
    expect(score({ kind: 'milestone', checklist: [{ done: true, weight: -1 }] }).reason).toBe('invalid');
    expect(score({ kind: 'milestone', checklist: [{ done: true, weight: 0 }] })).toMatchObject({ progress: null, reason: 'no_weighted_children' });
  });
  it('track: not scored', () => {
    expect(score({ kind: 'track', current: 5, target: 9 })).toMatchObject({ progress: null, reason: 'track' });
  });
  it('unknown kind lists the kinds', () => {
    expect(score({ kind: 'stretch' as never, current: 1 }).explain).toMatch(/increase, decrease, above, below, range, milestone or track/);
  });
});
