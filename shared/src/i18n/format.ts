import { formatNumber, MINUS, MISSING_TEXT, type FormatNumberOptions } from '../values/formatNumber';
import { formatPercent } from '../values/formatPercent';
import { isMissing } from '../values/isMissing';
import type { Locale } from './locale';

/** The word forms a count takes. English uses one / other; Russian one / few / many (and other for fractions). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** Intl tags for the supported locales. */
const TAGS: Readonly<Record<Locale, string>> = { en: 'en-US', ru: 'ru-RU' };

// Intl objects are costly to make (and more so in Apps Script): one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** A cached Intl.NumberFormat for a locale and options (`key` names the options). */
export function numberFormat(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = locale + key;
  let format = numberFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(TAGS[locale], options);
    numberFormats.set(id, format);
  }
  return format;
}

/**
 * Intl's hyphen-minus becomes the typographic minus the core uses everywhere, and a
 * value that rounds to zero loses its sign ("0", never "−0").
 */
export function withMinus(text: string): string {
  if (text.indexOf('-') < 0) return text;
  return /[1-9]/.test(text) ? text.replace('-', MINUS) : text.replace('-', '');
}

/**
 * A number for people in a locale. English is the core's own `formatNumber` ("1,200",
 * "12.5", "−3"), so English explanations stay exactly as they always were; other
 * locales use Intl with the same rounding rules ("1 200", "12,5", "−3", "1,2 млн").
 */
export function formatNumberIn(value: number | null | undefined, locale: Locale, options?: FormatNumberOptions): string {
  if (locale === 'en') return formatNumber(value, options);
  if (isMissing(value)) return MISSING_TEXT;
  const n = value as number;
  const magnitude = Math.abs(n);
  if (options?.compact === true && magnitude >= 999.5) {
    return withMinus(numberFormat(locale, 'c', { notation: 'compact', maximumFractionDigits: 1 }).format(n));
  }
  if (options?.decimals !== undefined) {
    const d = Math.max(0, Math.min(20, Math.floor(options.decimals)));
    return withMinus(numberFormat(locale, 'd' + d, { minimumFractionDigits: d, maximumFractionDigits: d }).format(n));
  }
  const digits = magnitude >= 1 || magnitude === 0 ? 2 : 4;
  return withMinus(numberFormat(locale, 'm' + digits, { maximumFractionDigits: digits }).format(n));
}

/** A fraction as a percentage in a locale: 0.62 → "62 %" (the same rounding as `formatPercent`). */
export function formatPercentIn(fraction: number | null | undefined, locale: Locale, decimals = 0): string {
  if (locale === 'en') return formatPercent(fraction, decimals);
  if (isMissing(fraction)) return MISSING_TEXT;
  const percent = (fraction as number) * 100;
  const snapped = Math.abs(percent) < 1e12 ? Math.round(percent * 1e6) / 1e6 : percent;
  const d = Math.max(0, Math.min(20, Math.floor(decimals)));
  const text = numberFormat(locale, 'p' + d, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(snapped / 100);
  return withMinus(text);
}

/**
 * The calendar day of an instant, in a time zone (default UTC). English keeps the ISO
 * form ("2027-05-15") that explanations have always shown; Russian reads "15 мая 2027 г.".
 */
export function formatDate(time: number, locale: Locale, timeZone = 'UTC'): string {
  // Beyond ±8.64e15 ms no calendar day exists (Date would throw): a far-off forecast is shown as missing.
  if (isMissing(time) || Math.abs(time) > 8.64e15) return MISSING_TEXT;
  if (locale === 'en' && timeZone === 'UTC') return new Date(time).toISOString().slice(0, 10);
  const id = locale + timeZone;
  let format = dateFormats.get(id);
  if (format === undefined) {
    format =
      locale === 'en'
        ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat(TAGS[locale], { timeZone, year: 'numeric', month: 'long', day: 'numeric' });
    dateFormats.set(id, format);
  }
  return format.format(time);
}

/** The plural category of a count in a locale ('one', 'few', 'many', 'other'). */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(TAGS[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The word form for a count: pluralForm(2, ru forms) → "ключевых результата". */
export function pluralForm(count: number, forms: PluralForms, locale: Locale): string {
  if (locale === 'en') return count === 1 ? forms.one : forms.other;
  const category = pluralCategory(count, locale);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}
