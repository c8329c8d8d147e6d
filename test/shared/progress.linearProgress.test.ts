import { describe, expect, it } from 'vitest';
import { inferDirection, linearProgress, relativeTarget } from '@aligned/core/progress/index';

describe('linearProgress', () => {
  it('is (c − s) ÷ (t − s) inside the span', () => {
    expect(linearProgress(31, 12, 43)).toBeCloseTo(19 / 31, 12);
    expect(linearProgress(50, 0, 100)).toBe(0.5);
  });
  it('works for decreases and any signs', () => {
    expect(linearProgress(80, 100, 60)).toBe(0.5);
    expect(linearProgress(-15_000, -50_000, 20_000)).toBe(0.5);
    expect(linearProgress(-20, 0, -40)).toBe(0.5);
  });
  it('clamps to [0, cap]', () => {
    expect(linearProgress(50, 100, 60)).toBe(1);
    expect(linearProgress(5, 10, 20)).toBe(0);
    expect(linearProgress(130, 0, 100, 1.2)).toBe(1.2);
    expect(linearProgress(110, 0, 100, 1.2)).toBeCloseTo(1.1, 12);
  });
  it('returns exactly the cap for any overshoot, however large', () => {
    expect(linearProgress(1e20, 0, 1)).toBe(1);
    expect(linearProgress(3.0000001, 0, 1)).toBe(1);
    expect(linearProgress(1e300, -1e300, 1, 1.2)).toBe(1.2);
    expect(linearProgress(0.1, 0, 1)).toBe(0.1);
  });
  it('leaves overshoot unclamped with cap null or Infinity', () => {
    expect(linearProgress(50, 100, 60, null)).toBe(1.25);
    expect(linearProgress(150, 0, 100, Infinity)).toBe(1.5);
  });
  it('never returns −0', () => {
    expect(Object.is(linearProgress(10, 10, 0), 0)).toBe(true);
  });
  it('scores a degenerate span (target = baseline) met = 1, else 0, by direction', () => {
    expect(linearProgress(10, 10, 10)).toBe(1);
    expect(linearProgress(11, 10, 10)).toBe(1);
    expect(linearProgress(9, 10, 10)).toBe(0);
    expect(linearProgress(9, 10, 10, 1, 'decrease')).toBe(1);
    expect(linearProgress(11, 10, 10, 1, 'decrease')).toBe(0);
  });
  it.each([
    [null, 0, 10],
    [undefined, 0, 10],
    [NaN, 0, 10],
    [Infinity, 0, 10],
    [5, null, 10],
    [5, 0, NaN],
    [5, 0, Infinity],
    [5, -Infinity, Infinity],
  ])('returns null (not 0, not NaN) for missing inputs %j', (c, s, t) => {
    expect(linearProgress(c, s, t)).toBeNull();
  });
});

describe('inferDirection', () => {
  it('reads decrease from a target below the baseline', () => {
    expect(inferDirection(100, 60)).toBe('decrease');
    expect(inferDirection(0, 10)).toBe('increase');
    expect(inferDirection(10, 10)).toBe('increase');
    expect(inferDirection(null, 5)).toBe('increase');
  });
});

describe('relativeTarget', () => {
  it('is base × (1 + change) for a positive base', () => {
    expect(relativeTarget(200, 0.2)).toBeCloseTo(240, 10);
    expect(relativeTarget(200, -0.1)).toBeCloseTo(180, 10);
  });
  it('still means "better" for a negative base', () => {
    expect(relativeTarget(-100, 0.2)).toBeCloseTo(-80, 10);
  });
  it('is null when an input is missing', () => {
    expect(relativeTarget(null, 0.2)).toBeNull();
    expect(relativeTarget(100, NaN)).toBeNull();
  });
});
