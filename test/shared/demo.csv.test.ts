import { describe, expect, it } from 'vitest';
import { toCsv } from '@aligned/core/demo/index';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });

  it('writes numbers, booleans, dates and missing values', () => {
    expect(toCsv([[1200, -3.5, true, false, new Date(Date.UTC(2025, 0, 2)), null, undefined, NaN]])).toBe(
      '1200,-3.5,TRUE,FALSE,2025-01-02T00:00:00.000Z,,,\r\n',
    );
  });

  it('writes formula-like text as text, but leaves numbers alone', () => {
    expect(toCsv([['=SUM(A1:A9)', '+1', '-x', '@me', -5]])).toBe("'=SUM(A1:A9),'+1,'-x,'@me,-5\r\n");
    expect(toCsv([['=1']], { guardFormulas: false })).toBe('=1\r\n');
  });

  it('supports another separator and keeps edge spaces', () => {
    expect(toCsv([['a;b', ' x', 'y']], { separator: ';' })).toBe('"a;b";" x";y\r\n');
    expect(toCsv([])).toBe('');
  });
});
