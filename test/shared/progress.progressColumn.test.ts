import { describe, expect, it } from 'vitest';
import { linearProgress, progressColumn } from '@aligned/core/progress/index';
import { ValueError } from '@aligned/core/values/index';

describe('progressColumn', () => {
  const c = Float64Array.from([31, 50, 5, NaN, 10, 12, 80]);
  const s = Float64Array.from([12, 100, 10, 0, 10, 0, 100]);
  const t = Float64Array.from([43, 60, 20, 10, 10, NaN, 60]);

  it('matches linearProgress row by row, with NaN for missing', () => {
    const out = progressColumn(c, s, t);
    for (let i = 0; i < c.length; i++) {
      const one = linearProgress(Number.isNaN(c[i]) ? null : c[i], s[i], Number.isNaN(t[i]) ? null : t[i]);
      if (one === null) expect(out[i]).toBeNaN();
      else expect(out[i]).toBe(one);
    }
    expect(Array.from(out.slice(0, 3))).toEqual([19 / 31, 1, 0]);
  });

  it('honours the cap and reuses an output buffer', () => {
    const buffer = new Float64Array(10).fill(7);
    const out = progressColumn(c, s, t, null, buffer);
    expect(out).toBe(buffer);
    expect(out[1]).toBe(1.25);
    expect(out[7]).toBe(7); // untouched past n
  });

  it('refuses columns of different lengths or a short buffer with a ValueError', () => {
    expect(() => progressColumn(c, s.subarray(1), t)).toThrow(ValueError);
    expect(() => progressColumn(c, s, t, 1, new Float64Array(2))).toThrow(/buffer/);
  });
});
