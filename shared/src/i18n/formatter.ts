import type { FormatNumberOptions } from '../values/formatNumber';
import { formatDate, formatNumberIn, formatPercentIn, pluralForm, type PluralForms } from './format';
import type { Locale } from './locale';
import type { Message } from './message';

/** What a catalogue template uses to print its parameters in its own language. */
export interface Formatter {
  readonly locale: Locale;
  num(value: number | null | undefined, options?: FormatNumberOptions): string;
  pct(fraction: number | null | undefined, decimals?: number): string;
  /** A nested message in the same language; '' for none. */
  msg(message: Message | null | undefined): string;
  /** The word form for a count, without the number. */
  plural(count: number, forms: PluralForms): string;
  /** "3 key results", "3 ключевых результата". */
  count(count: number, forms: PluralForms): string;
  /** The UTC calendar day of an instant. */
  day(time: number): string;
  /** "a and b", "a, b and c" ("a и b" in Russian). */
  list(items: readonly string[]): string;
}

/** A template: parameters in, text out. */
export type Template = (params: never, f: Formatter) => string;

/** Makes the formatter of one language; `render` renders nested messages in it. */
export function makeFormatter(locale: Locale, render: (message: Message, f: Formatter) => string): Formatter {
  const and = locale === 'ru' ? ' и ' : ' and ';
  const f: Formatter = {
    locale,
    num: (value, options) => formatNumberIn(value, locale, options),
    pct: (fraction, decimals) => formatPercentIn(fraction, locale, decimals),
    msg: (message) => (message === null || message === undefined ? '' : render(message, f)),
    plural: (count, forms) => pluralForm(count, forms, locale),
    count: (count, forms) => `${formatNumberIn(count, locale)} ${pluralForm(count, forms, locale)}`,
    day: (time) => formatDate(time, locale),
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`),
  };
  return f;
}
