/**
 * Regressions for the core defects of issue 14: boundary ties of the gap presets, "Not started"
 * by the start day, blank as no data in linearProgress, relativeTarget with a negative base.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCascade, buildCascade, parseRows } from '@aligned/core';
import { linearProgress, relativeTarget } from '@aligned/core/progress/index';
import { conditionStatus, status } from '@aligned/core/status/index';
import { beforeStartDay, startOfCivilDay } from '@aligned/core/time/index';

describe('gap presets decide exact ties like the ratio method (issue 14, defect 11)', () => {
  // Pairs whose float difference lands just above the threshold (0.55 − 0.35 = 0.20000000000000007).
  const ties: [string, number, number, number][] = [
    ['burningokr', 0.2, 0.35, 0.55],
    ['burningokr', 0.2, 0.48, 0.68],
    ['zokri', 0.25, 0.29, 0.54],
    ['zokri', 0.25, 0.41, 0.66],
    ['engagedly', 0.165, 0.11, 0.275],
    ['engagedly', 0.33, 0.21, 0.54],
    ['engagedly', 0.33, 0.35, 0.68],
    ['burningokr', 0.4, 0.41, 0.81],
  ];
  it.each(ties)('%s at exactly %s behind (%s of %s) takes the better status', (preset, gap, p, e) => {
    expect(e - p).toBeGreaterThan(gap); // the noise this test is about
    const onTrackGap = { burningokr: 0.2, zokri: 0.25, engagedly: 0.165 }[preset as 'zokri'];
    const s = status({ progress: p, expected: e, thresholds: preset });
    expect(s.code).toBe(gap === onTrackGap ? 'on_track' : 'at_risk');
    expect(s.explain).toContain(`${Math.round(gap * 100)} points behind`);
  });
  it('a real step past the boundary still changes the status', () => {
    expect(status({ progress: 0.35, expected: 0.5501, thresholds: 'burningokr' }).code).toBe('at_risk');
    expect(status({ progress: 0.21, expected: 0.5401, thresholds: 'engagedly' }).code).toBe('off_track');
  });
});

describe('"Not started" compares with the start of the start day (defect 12)', () => {
  const zone = 'Europe/Berlin';
  const day = startOfCivilDay(2026, 4, 1, zone);
  const start = day + 9.5 * 3600e3; // 09:30 on 1 April
  const end = startOfCivilDay(2026, 6, 30, zone);
  it('08:00 on the start day is started, as expected progress already counts it', () => {
    const asOf = day + 8 * 3600e3;
    expect(beforeStartDay(start, asOf, zone)).toBe(false);
    expect(status({ progress: 0, expected: 0, start, end, asOf, timeZone: zone }).code).not.toBe('not_started');
    expect(conditionStatus({ met: true, start, end, asOf, timeZone: zone }).code).toBe('on_track');
  });
  it('the last instant of the day before is not started', () => {
    const asOf = day - 1;
    expect(beforeStartDay(start, asOf, zone)).toBe(true);
    expect(status({ progress: 0, expected: 0, start, end, asOf, timeZone: zone }).code).toBe('not_started');
    expect(conditionStatus({ met: true, start, end, asOf, timeZone: zone }).code).toBe('not_started');
  });
  it('the cascade judges in its zone too', () => {
    const table = [
      ['ID', 'Title', 'Kind', 'Baseline', 'Target', 'Current', 'Start', 'End'],
      ['K1', 'Key', 'increase', 0, 10, 0, new Date(start), new Date(end)],
    ];
    const parsed = parseRows(table, { timeZone: zone });
    const cascade = buildCascade(parsed.nodes);
    const early = evaluateCascade(cascade, { asOf: day + 8 * 3600e3, timeZone: zone }).get('K1');
    const before = evaluateCascade(cascade, { asOf: day - 1, timeZone: zone }).get('K1');
    expect(early?.status.code).not.toBe('not_started');
    expect(before?.status.code).toBe('not_started');
  });
});

describe('blank is no data in linearProgress (defect 13)', () => {
  it.each([[''], ['  '], [null], [undefined], [NaN], [Infinity]])('target %j → null', (blank) => {
    expect(linearProgress(5, 0, blank as never)).toBeNull();
    expect(linearProgress(blank as never, 0, 10)).toBeNull();
    expect(linearProgress(5, blank as never, 10)).toBeNull();
  });
  it('numbers still score', () => {
    expect(linearProgress(5, 0, 10)).toBe(0.5);
  });
});

describe('relativeTarget: README and code agree (defect 14)', () => {
  it('non-negative bases: base × (1 + change)', () => {
    expect(relativeTarget(200, 0.2)).toBeCloseTo(200 * 1.2, 10);
    expect(relativeTarget(0, 0.2)).toBe(0);
  });
  it('negative bases: "+20 %" is better by a fifth of the base size, not a bigger loss', () => {
    expect(relativeTarget(-100, 0.2)).toBeCloseTo(-80, 10);
    expect(relativeTarget(-100, -0.2)).toBeCloseTo(-120, 10);
  });
});
