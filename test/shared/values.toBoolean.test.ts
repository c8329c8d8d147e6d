import { describe, expect, it } from 'vitest';
import { toBoolean, ValueError } from '@aligned/core/values/index';

describe('toBoolean', () => {
  it.each([[true], ['TRUE'], ['yes'], ['Y'], ['done'], ['Done'], [1], ['1'], ['✓'], ['✔'], ['complete']])('%j is done', (v) => {
    expect(toBoolean(v)).toBe(true);
  });
  it.each([[false], ['FALSE'], ['no'], ['n'], ['not done'], ['Not  Done'], ['todo'], ['to do'], [0], ['0'], ['✗']])('%j is not done', (v) => {
    expect(toBoolean(v)).toBe(false);
  });
  it.each([[''], [null], [undefined], [' '], [NaN]])('%j is unknown (null), not false', (v) => {
    expect(toBoolean(v)).toBeNull();
  });
  it.each([['maybe'], [2], [0.5], ['half']])('%j throws a ValueError with a hint', (v) => {
    expect(() => toBoolean(v)).toThrow(ValueError);
    expect(() => toBoolean(v)).toThrow(/done \/ not done/);
  });
});
