/**
 * The add-on's own catalogue (sheets-addon/src/i18n): every key has Russian with the same
 * shape, Russian counts take their plural forms, and no Russian text carries an English word
 * of the English catalogue (product and format names aside).
 */
import { describe, expect, it } from 'vitest';
import { EN } from '../../sheets-addon/src/i18n/en';
import { RU } from '../../sheets-addon/src/i18n/ru';
import { ENGLISH_WORDS, englishWordsIn, renderings } from './english-words';

describe('the add-on catalogue', () => {
  it('has every English key in Russian, with the same kind of value and the same shape', () => {
    expect(Object.keys(RU).sort()).toEqual(Object.keys(EN).sort());
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      const en = EN[key];
      const ru = RU[key];
      expect(typeof ru, key).toBe(typeof en);
      if (Array.isArray(en)) expect((ru as unknown as unknown[]).length, key).toBe(en.length);
      if (typeof en === 'function') expect((ru as (...a: unknown[]) => string).length, key).toBe(en.length);
      if (en && typeof en === 'object' && !Array.isArray(en)) expect(Object.keys(ru).sort(), key).toEqual(Object.keys(en).sort());
    }
  });

  it('finds English words (so the next test can fail)', () => {
    expect(ENGLISH_WORDS.has('cascade')).toBe(true);
    expect(englishWordsIn('Каскад OKR updated')).toEqual(['updated']);
  });

  it('has no English word of the catalogue in any Russian text, and Cyrillic in every sentence', () => {
    for (const [key, entry] of Object.entries(RU)) {
      for (const text of renderings(entry)) {
        expect(englishWordsIn(text), `${key}: ${text}`).toEqual([]);
        // Words (not codes such as ID, KPI or a number format) are written in Cyrillic.
        if (/[a-z]{3,}/i.test(text.replace(/OKR_[A-Z_]+|Aligned|OKRs?|KPI|JSON|Google|ABC|ID/g, ''))) throw new Error(`${key} has Latin text: ${text}`);
      }
    }
  });

  it('says counts with their Russian forms (one / few / many)', () => {
    expect(RU.vSome(1, 'OKR')).toContain('1 проблема');
    expect(RU.vSome(3, 'OKR')).toContain('3 проблемы');
    expect(RU.vSome(5, 'OKR')).toContain('5 проблем');
    expect(RU.vSome(21, 'OKR')).toContain('21 проблема');
    expect(RU.built('', 'Каскад OKR', 'Каскад OKR', 2)).toContain('2 цели');
    expect(RU.issues(1, 11, 'OKR', '')).toContain('1 ошибка, 11 предупреждений');
    expect(EN.vSome(1, 'OKRs')).toBe('1 problem in "OKRs". Click an address to go to the cell.');
    expect(EN.vSome(2, 'OKRs')).toMatch(/^2 problems in/);
  });

  it('keeps the number formats valid Sheets formats: the word in quotes after the score', () => {
    expect(RU.projectedFormat).toMatch(/^0\.0" [^"]+"$/);
    expect(EN.projectedFormat).toBe('0.0" projected"');
  });
});
