import { describe, expect, it } from 'vitest';
import {
  formatCurrency,
  formatDate,
  formatNumber,
  formatNumberIn,
  formatPercent,
  formatPercentIn,
  msg,
  pluralCategory,
  pluralForm,
  renderMessage,
  resolveLocale,
} from '@aligned/core';

// ICU has moved between the no-break space and the narrow no-break space over the years;
// what matters is that Russian groups and separates with a space that does not wrap.
const spaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Russian plural forms', () => {
  const forms = { one: 'ключевой результат', few: 'ключевых результата', many: 'ключевых результатов', other: 'ключевого результата' };

  it('picks one / few / many like Intl.PluralRules', () => {
    const pick = (n: number): string => pluralForm(n, forms, 'ru');
    expect([1, 21, 101].map(pick)).toEqual(Array(3).fill('ключевой результат'));
    expect([2, 3, 4, 22, 34].map(pick)).toEqual(Array(5).fill('ключевых результата'));
    expect([0, 5, 11, 12, 14, 25, 111].map(pick)).toEqual(Array(7).fill('ключевых результатов'));
    expect(pick(1.5)).toBe('ключевого результата');
    expect(pluralCategory(11, 'ru')).toBe('many');
  });

  it('counts key results in full sentences', () => {
    const say = (count: number, locale: 'en' | 'ru'): string => spaces(renderMessage(msg('count.key_results', { count }), locale));
    expect(say(1, 'ru')).toBe('1 ключевой результат');
    expect(say(2, 'ru')).toBe('2 ключевых результата');
    expect(say(5, 'ru')).toBe('5 ключевых результатов');
    expect(say(1200, 'ru')).toBe('1 200 ключевых результатов');
    expect(say(1, 'en')).toBe('1 key result');
    expect(say(2, 'en')).toBe('2 key results');
  });

  it('agrees verbs and genitives with their counts', () => {
    const notes = (n: number): string => renderMessage(msg('rollup.notes', { informational: n, invalid: 0, zeroed: 0 }), 'ru');
    expect(notes(1)).toBe('; 1 с весом 0 не учитывается');
    expect(notes(21)).toBe('; 21 с весом 0 не учитывается');
    expect(notes(3)).toBe('; 3 с весом 0 не учитываются');
    const days = (n: number): string => spaces(renderMessage(msg('trend.few_days', { days: n, needed: 3 }), 'ru'));
    expect(days(1)).toContain('за 1 день,');
    expect(days(2)).toContain('за 2 дня,');
    expect(days(0)).toContain('за 0 дней,');
  });
});

describe('numbers, percentages, money and dates per locale', () => {
  it('keeps English exactly as formatNumber and formatPercent print it', () => {
    for (const v of [0, 1200, -3, 12.5, 0.12345, 1234567.891, -0.00001, 1e21]) {
      expect(formatNumberIn(v, 'en')).toBe(formatNumber(v));
      expect(formatNumberIn(v, 'en', { compact: true })).toBe(formatNumber(v, { compact: true }));
      expect(formatPercentIn(v, 'en')).toBe(formatPercent(v));
    }
  });

  it('prints Russian numbers with Intl: space groups, decimal comma, real minus', () => {
    expect(spaces(formatNumberIn(1200, 'ru'))).toBe('1 200');
    expect(spaces(formatNumberIn(-1234567.891, 'ru'))).toBe('−1 234 567,89');
    expect(formatNumberIn(12.5, 'ru')).toBe('12,5');
    expect(formatNumberIn(0.12345, 'ru')).toBe('0,1235');
    expect(formatNumberIn(-0.0000001, 'ru')).toBe('0'); // never "−0"
    expect(spaces(formatNumberIn(0.65, 'ru', { decimals: 1 }))).toBe('0,7');
    expect(spaces(formatNumberIn(1_234_567, 'ru', { compact: true }))).toBe('1,2 млн');
    expect(formatNumberIn(null, 'ru')).toBe('—');
    expect(formatNumberIn(NaN, 'ru')).toBe('—');
  });

  it('prints Russian percentages with the core rounding', () => {
    expect(spaces(formatPercentIn(0.62, 'ru'))).toBe('62 %');
    expect(spaces(formatPercentIn(1.25, 'ru'))).toBe('125 %');
    expect(spaces(formatPercentIn(0.285, 'ru'))).toBe('29 %'); // 28.5 % rounds up, as in English
    expect(spaces(formatPercentIn(0.12345, 'ru', 1))).toBe('12,3 %');
    expect(spaces(formatPercentIn(-0.001, 'ru'))).toBe('0 %');
    expect(formatPercentIn(undefined, 'ru')).toBe('—');
  });

  it('prints money and dates for the locale', () => {
    expect(spaces(formatCurrency(1234.5, 'RUB', 'ru'))).toBe('1 234,50 ₽');
    expect(formatCurrency(1234.5, 'usd', 'en')).toBe('$1,234.50');
    expect(spaces(formatCurrency(-20, 'USD', 'ru'))).toBe('−20,00 $');
    expect(formatDate(Date.UTC(2027, 4, 15, 23), 'en')).toBe('2027-05-15');
    expect(spaces(formatDate(Date.UTC(2027, 4, 15, 23), 'ru'))).toBe('15 мая 2027 г.');
    expect(spaces(formatDate(Date.UTC(2027, 4, 15, 23), 'ru', 'Europe/Moscow'))).toBe('16 мая 2027 г.');
    expect(formatDate(1e300, 'ru')).toBe('—'); // no calendar day: no RangeError
  });

  it('reads the locale tags hosts report', () => {
    expect(['ru', 'ru-RU', 'ru_RU', ' RU '].map(resolveLocale)).toEqual(['ru', 'ru', 'ru', 'ru']);
    expect(['en', 'en-GB', 'de_DE', '', null, undefined].map(resolveLocale)).toEqual(Array(6).fill('en'));
  });
});
