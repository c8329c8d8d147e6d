import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, MISSING_TEXT } from '@aligned/core/values/index';

describe('formatNumber', () => {
  it.each([
    [1200, '1,200'],
    [31, '31'],
    [12.5, '12.5'],
    [2 / 3, '0.6667'],
    [1234567.891, '1,234,567.89'],
    [-1234, '\u22121,234'],
    [0, '0'],
    [-0, '0'],
    [-0.00001, '0'],
  ])('%d → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
  it('prints compact figures', () => {
    expect(formatNumber(1200, { compact: true })).toBe('1.2k');
    expect(formatNumber(1_200_000, { compact: true })).toBe('1.2M');
    expect(formatNumber(240_000, { compact: true })).toBe('240k');
    expect(formatNumber(3e9, { compact: true })).toBe('3B');
    expect(formatNumber(-5_500, { compact: true })).toBe('\u22125.5k');
    expect(formatNumber(950, { compact: true })).toBe('950');
  });
  it('honours fixed decimals', () => {
    expect(formatNumber(0.7, { decimals: 1 })).toBe('0.7');
    expect(formatNumber(2, { decimals: 2 })).toBe('2.00');
  });
  it('prints missing values as a dash, never 0', () => {
    expect(formatNumber(null)).toBe(MISSING_TEXT);
    expect(formatNumber(NaN)).toBe(MISSING_TEXT);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.62, '62 %'],
    [0.6129, '61 %'],
    [1.25, '125 %'],
    [-0.25, '\u221225 %'],
    [0, '0 %'],
    [12.5, '1,250 %'],
  ])('%d → %s', (f, text) => {
    expect(formatPercent(f)).toBe(text);
  });
  it('rounds half up without float noise', () => {
    expect(formatPercent(0.145, 1)).toBe('14.5 %');
    expect(formatPercent(0.005)).toBe('1 %');
  });
  it('prints missing as a dash', () => {
    expect(formatPercent(null)).toBe(MISSING_TEXT);
  });
});
