import { describe, expect, it } from 'vitest';
import { isMissing } from '@aligned/core/values/index';

describe('isMissing', () => {
  it.each([[''], ['   '], ['\t\n'], [null], [undefined], [NaN], [Infinity], [-Infinity]])('treats %j as missing', (v) => {
    expect(isMissing(v)).toBe(true);
  });
  it.each([[0], [-0], ['0'], [' x '], [false], [true], [new Date(0)], [-1e300]])('treats %j as present', (v) => {
    expect(isMissing(v)).toBe(false);
  });
});
