/**
 * Worked examples from the team reference note (/work/shared/reference/okr-scoring.md,
 * §1, §3, §4, §7 and §8), one row per example, with the section it comes from.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, ratio } from '@aligned/core/aggregate/index';
import { paceForecast } from '@aligned/core/forecast/index';
import type { KeyResultInput } from '@aligned/core/progress/index';
import { scoreKeyResult } from '@aligned/core/progress/index';
import { confidenceBand, score, scoreBand, scoreVerdict, status, worstStatus } from '@aligned/core/status/index';
import { expectedProgress } from '@aligned/core/time/index';

const kr = (input: Partial<KeyResultInput>) => scoreKeyResult({ kind: null, ...input });

describe('key-result progress (§1, §8.2)', () => {
  const rows: Array<[string, Partial<KeyResultInput>, number | null, number | null, string]> = [
    // [source, input, raw, progress, reason]
    ['§1.1 Quantive decrease: bugs 100 → 60, actual 50 ⇒ 125 %', { kind: 'decrease', baseline: 100, target: 60, current: 50, cap: null }, 1.25, 1.25, 'ok'],
    ['§8.2 same, default cap 1', { kind: 'decrease', baseline: 100, target: 60, current: 50 }, 1.25, 1, 'capped'],
    ['§1.1 decrease 100 → 60, actual 80 ⇒ 50 %', { kind: 'decrease', baseline: 100, target: 60, current: 80 }, 0.5, 0.5, 'ok'],
    ['§1.1 okr-tracker: below start ⇒ negative raw, floored', { kind: 'increase', baseline: 100, target: 200, current: 75 }, -0.25, 0, 'floored'],
    ['§1.6 signed metric: −50k → +20k at −15k ⇒ 50 %', { kind: 'increase', baseline: -50_000, target: 20_000, current: -15_000 }, 0.5, 0.5, 'ok'],
    ['§1.3 break even $220k, endpoint $240k, at $230k ⇒ 50 %', { kind: 'range', low: 220_000, target: 240_000, current: 230_000 }, 0.5, 0.5, 'ok'],
    ['§1.3 floor $220k scores 0', { kind: 'range', low: 220_000, target: 240_000, current: 220_000 }, 0, 0, 'ok'],
    ['§1.3 target $240k scores 1', { kind: 'range', low: 220_000, target: 240_000, current: 240_000 }, 1, 1, 'ok'],
    ['§8.2 degenerate increase, met', { kind: 'increase', baseline: 50, target: 50, current: 50 }, 1, 1, 'degenerate'],
    ['§8.2 degenerate decrease, not met (never 0.5)', { kind: 'decrease', baseline: 50, target: 50, current: 51 }, 0, 0, 'degenerate'],
    ['§8.2 missing current ⇒ no data, not 0', { kind: 'increase', baseline: 0, target: 10, current: null }, null, null, 'no_data'],
    ['§1.2 Quantive stay above, exclusive: equal ⇒ 0 %', { kind: 'above', target: 95, current: 95, inclusive: false }, 0, 0, 'not_met'],
    ['§1.2 Perdoo stay at or above (inclusive) ⇒ 100 %', { kind: 'above', target: 95, current: 95 }, 1, 1, 'met'],
    ['§1.2 ServiceNow maintain: gap counts as not met', { kind: 'below', target: 5, mode: 'periods', history: [4, null, 6, 3] }, 0.5, 0.5, 'ok'],
    ['§1.2 ServiceNow maintain: empty until the first actual', { kind: 'below', target: 5, mode: 'periods', history: [null, null] }, null, null, 'no_data'],
    ['§1.4 ServiceNow milestone yes ⇒ 100 %', { kind: 'milestone', done: true }, 1, 1, 'met'],
    ['§1.4 ServiceNow milestone no ⇒ 0 %', { kind: 'milestone', done: false }, 0, 0, 'not_met'],
    ['§8.2 empty checklist ⇒ missing, not 0 % or 100 %', { kind: 'milestone', checklist: [] }, null, null, 'empty_checklist'],
    ['§1.6 Viva "Measure baseline" ⇒ not scored', { kind: 'track', current: 12 }, null, null, 'track'],
  ];
  it.each(rows)('%s', (_source, input, raw, progress, reason) => {
    const r = kr(input);
    expect(r.reason).toBe(reason);
    if (raw === null) expect(r.raw).toBeNull();
    else expect(r.raw).toBeCloseTo(raw, 12);
    if (progress === null) expect(r.progress).toBeNull();
    else expect(r.progress).toBeCloseTo(progress, 12);
  });

  it('§1.2 Profit.co "in between" 4–5: 9 of 13 weekly check-ins in band ⇒ 69 %', () => {
    const weeks = [4.5, 4.2, 6, 4.9, 5, 3.8, 4.1, 4.4, 5.5, 4.6, 4, 7, 4.8];
    const r = kr({ kind: 'range', low: 4, high: 5, mode: 'periods', history: weeks });
    expect(r.progress).toBeCloseTo(9 / 13, 12);
    expect(r.explain).toMatch(/^69 % = 9 of 13 periods met/);
  });
  it('§1.2 Profit.co: one met check-in of 13 ⇒ 7.69 %', () => {
    const weeks = [96, ...Array(12).fill(90)];
    expect(kr({ kind: 'above', target: 95, mode: 'periods', history: weeks }).progress).toBeCloseTo(0.0769, 4);
  });
  it('§1.4 Lattice: 3 steps, one done ⇒ 33 %', () => {
    expect(kr({ kind: 'milestone', checklist: [{ done: true }, { done: false }, { done: false }] }).explain).toBe('33 % = 1 of 3 steps done');
  });
  it('§1.1 the explanation format', () => {
    expect(kr({ kind: 'increase', baseline: 12, target: 43, current: 31 }).explain).toBe('61 % = (31 − 12) ÷ (43 − 12)');
  });
});

describe('expected progress and status (§3.1, §8.4)', () => {
  it('1 Jan – 31 Dec, on 2 July: e = 182/365', () => {
    const e = expectedProgress(Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31), Date.UTC(2026, 6, 2, 17, 45));
    expect(e).toBe(182 / 365);
  });
  it('Viva: day 30 of 90 ⇒ 33 %', () => {
    const start = Date.UTC(2026, 0, 1);
    expect(expectedProgress(start, start + 89 * 86_400_000, start + 30 * 86_400_000)).toBeCloseTo(1 / 3, 12);
  });
  it('§8.4 end before start ⇒ e = 1 once past the end, else 0', () => {
    expect(expectedProgress(Date.UTC(2026, 5, 1), Date.UTC(2026, 4, 1), Date.UTC(2026, 4, 1, 12))).toBe(0);
    expect(expectedProgress(Date.UTC(2026, 5, 1), Date.UTC(2026, 4, 1), Date.UTC(2026, 4, 2))).toBe(1);
  });
  it('Mooncamp: 50 % progress is on track mid-cycle and off track at the end', () => {
    expect(status({ progress: 0.5, expected: 0.5, thresholds: 'mooncamp' }).code).toBe('on_track');
    expect(status({ progress: 0.5, expected: 1, thresholds: 'mooncamp' }).code).toBe('off_track');
  });
  it('UpRaise: ≥ 0.95 of ideal on track, 0.75–0.95 lagging, below at risk', () => {
    expect(status({ progress: 0.95, expected: 1 - 1e-9, thresholds: 'upraise' }).code).toBe('on_track');
    expect(status({ progress: 0.8, expected: 0.99, thresholds: 'upraise' }).code).toBe('at_risk');
    expect(status({ progress: 0.7, expected: 0.99, thresholds: 'upraise' }).code).toBe('off_track');
  });
  it('Engagedly: gap < 16.5 % on track, to 33 % behind, beyond at risk', () => {
    expect(status({ progress: 0.4, expected: 0.55, thresholds: 'engagedly' }).code).toBe('on_track');
    expect(status({ progress: 0.3, expected: 0.55, thresholds: 'engagedly' }).code).toBe('at_risk');
    expect(status({ progress: 0.2, expected: 0.55, thresholds: 'engagedly' }).code).toBe('off_track');
  });
  it('§8.3 raw ≥ 1 − 1e-9 counts as done', () => {
    expect(status({ progress: (0.1 + 0.2 + 0.7) * (1 - 1e-12), expected: 0.3 }).code).toBe('achieved');
  });
  it('§3.2 Perdoo: objective status is the weakest KR, excluding none', () => {
    expect(worstStatus(['on_track', 'at_risk', 'no_data'])).toBe('at_risk');
  });
});

describe('grades, confidence, forecast and aggregation (§3.3, §3.2, §4.1, §7)', () => {
  it.each([
    [0.0, 'red'],
    [0.3, 'red'],
    [0.4, 'yellow'],
    [0.6, 'yellow'],
    [0.7, 'green'],
    [1.0, 'green'],
  ])('Google colour bands: %d is %s', (g, band) => {
    expect(scoreBand(g)).toBe(band);
  });
  it('Google grades in tenths; committed 1.0, aspirational 0.7', () => {
    expect(score(0.65)).toBe(0.7);
    expect(scoreVerdict(0.7, false).succeeded).toBe(true);
    expect(scoreVerdict(0.7, true).succeeded).toBe(false);
    expect(scoreVerdict(0.7, true).postmortem).toBe(true);
  });
  it('WorkBoard confidence: high ≥ 70 %, medium 40–70 %', () => {
    expect(confidenceBand(0.7)).toBe('high');
    expect(confidenceBand(0.55)).toBe('medium');
    expect(confidenceBand(0.3)).toBe('low');
  });
  it('§4.1 pace projection v = s + (c − s)/e', () => {
    expect(paceForecast(230, 200, 0.5)).toBe(260);
  });
  it('§7 avg actions per user = SUM(actions) ÷ COUNT DISTINCT(user)', () => {
    const w = { from: 0, to: 100, label: '30D' };
    const times = [1, 2, 3, 4, 5];
    const actions = [3, 1, 4, 1, 5];
    const users = ['ann', 'bob', 'ann', 'cy', 'bob'];
    expect(ratio(aggregate(times, actions, 'sum', w), aggregate(times, actions, 'distinct', w, users))).toBeCloseTo(14 / 3, 12);
  });
});
