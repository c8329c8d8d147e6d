import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionStatus, STATUS_LABELS, STATUS_PRESETS, status, statusCode, worstStatus } from '@aligned/core/status/index';
import { ValueError } from '@aligned/core/values/index';

describe('status precedence (first match wins)', () => {
  const base = { start: 100, end: 1000, asOf: 500 };
  it('closed beats everything', () => {
    expect(status({ ...base, progress: null, expected: 0.5, closed: true, asOf: 0 }).code).toBe('closed');
  });
  it('not started before the start day', () => {
    const start = Date.UTC(2026, 0, 10, 9, 30);
    expect(status({ start, end: start + 9e9, asOf: Date.UTC(2026, 0, 9, 23, 59), progress: 0.9, expected: 0 }).code).toBe('not_started');
  });
  it('no data when progress is missing', () => {
    expect(status({ ...base, progress: null, expected: 0.5 })).toMatchObject({ code: 'no_data', label: 'No data', ratio: null });
  });
  it('achieved at 100 %, tolerant of float noise', () => {
    expect(status({ progress: 0.1 + 0.2 + 0.7 - 1e-12, expected: 0.2 }).code).toBe('achieved');
  });
});

describe('pace status', () => {
  it('on track at r ≥ 0.9', () => {
    const s = status({ progress: 0.45, expected: 0.5 });
    expect(s.code).toBe('on_track');
    expect(s.ratio).toBeCloseTo(0.9, 12);
    expect(s.label).toBe('On track');
  });
  it('on track within 5 points even when the ratio is low (early period)', () => {
    expect(status({ progress: 0, expected: 0.05 }).code).toBe('on_track');
    expect(status({ progress: 0.01, expected: 0.06 }).code).toBe('on_track');
    expect(status({ progress: 0.01, expected: 0.07 }).code).toBe('off_track');
  });
  it('at risk at 0.7 ≤ r < 0.9, off track below', () => {
    expect(status({ progress: 0.35, expected: 0.5 }).code).toBe('at_risk');
    expect(status({ progress: 0.34, expected: 0.5 }).code).toBe('off_track');
  });
  it('explains the numbers', () => {
    expect(status({ progress: 0.3, expected: 0.5 }).explain).toMatch(/30 % done of 50 % expected/);
  });
  it('ratio is null when nothing is expected yet', () => {
    expect(status({ progress: 0, expected: 0 })).toMatchObject({ code: 'on_track', ratio: null });
  });
  it('without a period, judges progress against the whole target', () => {
    const s = status({ progress: 0.5, expected: null });
    expect(s.code).toBe('off_track');
    expect(s.explain).toMatch(/no period is set/);
  });
  it('custom thresholds', () => {
    expect(status({ progress: 0.4, expected: 0.5, thresholds: { onTrack: 0.8, atRisk: 0.5 } }).code).toBe('on_track');
  });
  it('presets reproduce other tools', () => {
    expect(status({ progress: 0.49, expected: 0.5, thresholds: 'viva' }).code).toBe('off_track');
    expect(status({ progress: 0.5, expected: 0.5, thresholds: 'viva' }).code).toBe('on_track');
    expect(status({ progress: 0.46, expected: 0.5, thresholds: 'upraise' }).code).toBe('at_risk');
    expect(status({ progress: 0.3, expected: 0.5, thresholds: 'burningokr' }).code).toBe('on_track');
    expect(status({ progress: 0.25, expected: 0.5, thresholds: 'burningokr' }).code).toBe('at_risk');
    expect(status({ progress: 0.05, expected: 0.5, thresholds: 'burningokr' }).code).toBe('off_track');
    expect(status({ progress: 0.4, expected: 0.5, thresholds: 'engagedly' }).code).toBe('on_track');
    expect(status({ progress: 0.8, expected: 0.1, thresholds: 'servicenow' }).code).toBe('at_risk');
    expect(Object.keys(STATUS_PRESETS)).toEqual(expect.arrayContaining(['mooncamp', 'upraise', 'viva', 'zokri']));
  });
  it('refuses unknown presets and inverted thresholds', () => {
    expect(() => status({ progress: 0.1, expected: 0.5, thresholds: 'nope' })).toThrow(ValueError);
    expect(() => status({ progress: 0.1, expected: 0.5, thresholds: { onTrack: 0.5, atRisk: 0.9 } })).toThrow(/onTrack ≥ atRisk/);
  });
});

describe('labels, worst status and condition status', () => {
  it('labels every code', () => {
    expect(STATUS_LABELS).toEqual({
      achieved: 'Achieved',
      on_track: 'On track',
      at_risk: 'At risk',
      off_track: 'Off track',
      not_started: 'Not started',
      no_data: 'No data',
      closed: 'Closed',
    });
  });
  it('worstStatus ignores not started, no data and closed', () => {
    expect(worstStatus(['on_track', 'at_risk', 'no_data', 'achieved'])).toBe('at_risk');
    expect(worstStatus(['on_track', 'off_track', 'not_started'])).toBe('off_track');
    expect(worstStatus(['achieved', 'closed'])).toBe('achieved');
    expect(worstStatus(['no_data', 'not_started'])).toBe('no_data');
    expect(worstStatus(['not_started', 'not_started'])).toBe('not_started');
    expect(worstStatus(['closed'])).toBe('closed');
    expect(worstStatus([])).toBe('no_data');
  });
  it('threshold and range key results: met ⇒ on track, else off track while open', () => {
    const period = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 2, 31) };
    expect(conditionStatus({ met: true, ...period, asOf: Date.UTC(2026, 1, 1) }).code).toBe('on_track');
    expect(conditionStatus({ met: false, ...period, asOf: Date.UTC(2026, 1, 1) }).code).toBe('off_track');
    expect(conditionStatus({ met: true, ...period, asOf: Date.UTC(2026, 2, 31, 20) }).code).toBe('on_track');
    expect(conditionStatus({ met: true, ...period, asOf: Date.UTC(2026, 3, 1) }).code).toBe('achieved');
    expect(conditionStatus({ met: null, ...period, asOf: Date.UTC(2026, 1, 1) }).code).toBe('no_data');
    expect(conditionStatus({ met: true, ...period, asOf: Date.UTC(2025, 1, 1) }).code).toBe('not_started');
    expect(conditionStatus({ met: false, closed: true }).code).toBe('closed');
  });
});

describe('statusCode', () => {
  it('is the code status() gives, for any input, thresholds and preset (seeded)', () => {
    const share = fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constantFrom(null, undefined, NaN, 0, 1, 0.7, 0.9));
    const thresholds = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...Object.keys(STATUS_PRESETS)),
      fc.record({ onTrack: fc.double({ min: 0.5, max: 1, noNaN: true }), atRisk: fc.double({ min: 0, max: 0.5, noNaN: true }), grace: fc.option(fc.double({ min: 0, max: 0.2, noNaN: true }), { nil: undefined }) }),
      fc.record({ method: fc.constant('gap' as const), onTrack: fc.double({ min: 0, max: 0.2, noNaN: true }), atRisk: fc.double({ min: 0.2, max: 0.6, noNaN: true }) })
    );
    const day = 86_400_000;
    fc.assert(
      fc.property(share, share, thresholds, fc.boolean(), fc.integer({ min: -5, max: 20 }), (progress, expected, t, closed, asOfDay) => {
        const input = { progress, expected, thresholds: t, closed, start: 0, end: 10 * day, asOf: asOfDay * day };
        expect(statusCode(input)).toBe(status(input).code);
      }),
      { seed: 20261202, numRuns: 5000 }
    );
  });
});
