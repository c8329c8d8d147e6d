import { describe, expect, it } from 'vitest';
import { toNumber, ValueError } from '@aligned/core/values/index';

describe('toNumber', () => {
  it.each([
    [42, 42],
    [-3.5, -3.5],
    ['1,200', 1200],
    ['$1.2M', 1_200_000],
    ['1.2k', 1200],
    ['1.1k', 1100],
    ['15 %', 0.15],
    ['15%', 0.15],
    ['(12)', -12],
    ['-3.5', -3.5],
    ['\u22127', -7],
    ['€ 40', 40],
    ['40 €', 40],
    ['-$12', -12],
    ['$-12', -12],
    ['($1,250.50)', -1250.5],
    ['2bn', 2e9],
    ['3B', 3e9],
    ['1 200', 1200],
    ['1e3', 1000],
    ['.5', 0.5],
    ['  7  ', 7],
    ['+4', 4],
    ['1,234,567.89', 1234567.89],
  ])('reads %j as %d', (input, expected) => {
    expect(toNumber(input)).toBe(expected);
  });

  it.each([[''], ['  '], [null], [undefined], [NaN], [Infinity], [-Infinity]])('returns null for missing %j', (v) => {
    expect(toNumber(v)).toBeNull();
  });

  it.each([['abc'], ['12..3'], ['$'], ['k'], ['1,20,000'], ['12 apples'], ['1.2.3'], ['--5'], ['(-5)'], ['%']])('throws a ValueError for %j', (v) => {
    expect(() => toNumber(v)).toThrow(ValueError);
  });

  it('names what was expected, what was found and what to do', () => {
    try {
      toNumber('lots');
      expect.unreachable();
    } catch (e) {
      const err = e as ValueError;
      expect(err).toBeInstanceOf(ValueError);
      expect(err.name).toBe('ValueError');
      expect(err.found).toBe('"lots"');
      expect(err.expected).toMatch(/number/);
      expect(err.hint).toMatch(/clear the cell/);
      expect(err.message).toContain('"lots"');
      expect(err.message).toMatch(/^Expected .*, found "lots"\. /);
    }
  });

  it('suggests a dot for decimals when it sees a decimal comma', () => {
    expect(() => toNumber('1,5')).toThrow(/dot for decimals/);
  });

  it('refuses booleans and objects instead of turning them into 1 or 0', () => {
    expect(() => toNumber(true)).toThrow(ValueError);
    expect(() => toNumber({})).toThrow(ValueError);
  });
});
