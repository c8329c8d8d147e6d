import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyResultInput } from '@aligned/core/progress/index';
import { linearProgress, progressColumn, scoreKeyResult } from '@aligned/core/progress/index';
import { score } from '@aligned/core/status/index';
import { expectedProgress } from '@aligned/core/time/index';
import { formatNumber, toNumber } from '@aligned/core/values/index';

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const maybe = fc.oneof(finite, fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, 0));
const cap = fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 10, noNaN: true }));

describe('properties of progress', () => {
  it('rises with current for an increase (target above baseline)', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, cap, (a, b, c1, c2, k) => {
        fc.pre(a !== b);
        const [s, t] = a < b ? [a, b] : [b, a];
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        expect(linearProgress(lo, s, t, k) as number).toBeLessThanOrEqual(linearProgress(hi, s, t, k) as number);
      }),
    );
  });

  it('falls with current for a decrease (target below baseline)', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (a, b, c1, c2) => {
        fc.pre(a !== b);
        const [t, s] = a < b ? [a, b] : [b, a];
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        expect(linearProgress(lo, s, t, 1, 'decrease') as number).toBeGreaterThanOrEqual(
          linearProgress(hi, s, t, 1, 'decrease') as number,
        );
      }),
    );
  });

  it('clamped progress stays in [0, cap] and is never NaN', () => {
    fc.assert(
      fc.property(maybe, maybe, maybe, cap, (c, s, t, k) => {
        const p = linearProgress(c, s, t, k);
        if (p !== null) {
          expect(Number.isNaN(p)).toBe(false);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(Math.max(k, 1));
        }
      }),
    );
  });

  it('the arithmetic clamp equals the plain comparison clamp exactly', () => {
    const anyCap = fc.oneof(cap, fc.constant(null), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(finite, finite, finite, anyCap, (c, s, t, k) => {
        fc.pre(t !== s);
        const raw = (c - s) / (t - s);
        const expected = raw > 0 ? (k !== null && raw > k ? k : raw) : 0;
        expect(linearProgress(c, s, t, k)).toBe(expected);
        const col = progressColumn(Float64Array.of(c), Float64Array.of(s), Float64Array.of(t), k);
        expect(col[0]).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('progressColumn agrees with linearProgress', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(maybe, finite, maybe), { maxLength: 30 }), (rows) => {
        const num = (v: number | null | undefined) => (v === null || v === undefined ? NaN : v);
        const c = Float64Array.from(rows.map((r) => num(r[0])));
        const s = Float64Array.from(rows.map((r) => r[1]));
        const t = Float64Array.from(rows.map((r) => num(r[2])));
        const out = progressColumn(c, s, t);
        rows.forEach((r, i) => {
          const one = linearProgress(r[0], r[1], r[2]);
          if (one === null) expect(out[i]).toBeNaN();
          else expect(out[i]).toBe(one);
        });
      }),
    );
  });

  it('scoreKeyResult never yields NaN and always explains itself', () => {
    const kinds = fc.constantFrom('increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track', null);
    const input = fc.record(
      {
        kind: kinds,
        baseline: maybe,
        target: maybe,
        current: maybe,
        low: maybe,
        high: maybe,
        criticalLow: maybe,
        criticalHigh: maybe,
        inclusive: fc.boolean(),
        mode: fc.constantFrom('binary', 'periods', 'distance'),
        history: fc.array(maybe, { maxLength: 6 }),
        done: fc.constantFrom(true, false, null),
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(input, (raw) => {
        const r = scoreKeyResult(raw as KeyResultInput);
        for (const v of [r.raw, r.progress]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
        if (r.progress !== null) expect(r.progress).toBeGreaterThanOrEqual(0);
        expect(r.explain.length).toBeGreaterThan(5);
        expect(r.explain).not.toMatch(/NaN|undefined|Infinity/);
      }),
    );
  });
});

describe('properties of score and time', () => {
  it('score is in [0, 1] with one decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (p) => {
        const s = score(p) as number;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBe(Math.round(s * 10) / 10);
        expect(Math.abs(s - Math.min(1, Math.max(0, p)))).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  const day = 86_400_000;
  const epoch = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
  const zone = fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe');

  it('expectedProgress is in [0, 1] and never decreases as time passes', () => {
    fc.assert(
      fc.property(epoch, fc.integer({ min: -5, max: 800 }), epoch, fc.integer({ min: 0, max: 60 * day }), zone, (s, len, a, step, tz) => {
        const e = s + len * day;
        const e1 = expectedProgress(s, e, a, tz) as number;
        const e2 = expectedProgress(s, e, a + step, tz) as number;
        expect(e1).toBeGreaterThanOrEqual(0);
        expect(e2).toBeLessThanOrEqual(1);
        expect(e2).toBeGreaterThanOrEqual(e1);
      }),
      { numRuns: 300 },
    );
  });

  it('formatNumber output reads back with toNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(toNumber(formatNumber(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
