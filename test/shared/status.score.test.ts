import { describe, expect, it } from 'vitest';
import { confidenceBand, score, scoreBand, scoreVerdict, toConfidence } from '@aligned/core/status/index';
import { ValueError } from '@aligned/core/values/index';

describe('score', () => {
  it.each([
    [0.65, 0.7],
    [0.64, 0.6],
    [0.35, 0.4],
    [0.05, 0.1],
    [0.04, 0],
    [13 / 20, 0.7],
    [1.3, 1],
    [-0.2, 0],
    [0.95, 1],
  ])('%d → %d', (p, s) => {
    expect(score(p)).toBe(s);
  });
  it('no data is no grade', () => {
    expect(score(null)).toBeNull();
    expect(score(NaN)).toBeNull();
  });
});

describe('scoreBand (half-open)', () => {
  it.each([
    [0, 'red'],
    [0.3, 'red'],
    [0.39, 'red'],
    [0.4, 'yellow'],
    [0.69, 'yellow'],
    [0.7, 'green'],
    [1, 'green'],
  ])('%d → %s', (s, band) => {
    expect(scoreBand(s)).toBe(band);
  });
  it('null stays null', () => expect(scoreBand(null)).toBeNull());
});

describe('scoreVerdict', () => {
  it('committed succeed only at 1.0, otherwise postmortem', () => {
    expect(scoreVerdict(1, true)).toMatchObject({ succeeded: true, expected: 1, postmortem: false });
    const v = scoreVerdict(0.9, true);
    expect(v).toMatchObject({ succeeded: false, postmortem: true });
    expect(v.explain).toMatch(/postmortem/);
  });
  it('aspirational succeed at 0.7', () => {
    expect(scoreVerdict(0.7, false)).toMatchObject({ succeeded: true, expected: 0.7 });
    expect(scoreVerdict(0.6, false)).toMatchObject({ succeeded: false, postmortem: false });
  });
  it('no grade yet', () => expect(scoreVerdict(null, true).succeeded).toBeNull());
});

describe('confidence', () => {
  it('maps 0–10 and 0–100 to 0–1', () => {
    expect(toConfidence(7, 10)).toBe(0.7);
    expect(toConfidence(40, 100)).toBe(0.4);
    expect(toConfidence(0.5)).toBe(0.5);
    expect(toConfidence(null, 10)).toBeNull();
    expect(() => toConfidence(11, 10)).toThrow(ValueError);
    expect(() => toConfidence(7)).toThrow(/between 0 and 1/);
  });
  it('bands: high ≥ 0.7, medium ≥ 0.4, low', () => {
    expect(confidenceBand(0.7)).toBe('high');
    expect(confidenceBand(toConfidence(7, 10))).toBe('high');
    expect(confidenceBand(0.4)).toBe('medium');
    expect(confidenceBand(0.39)).toBe('low');
    expect(confidenceBand(null)).toBeNull();
  });
});
