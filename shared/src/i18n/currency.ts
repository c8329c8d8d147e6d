import { MISSING_TEXT } from '../values/formatNumber';
import { isMissing } from '../values/isMissing';
import { numberFormat, withMinus } from './format';
import type { Locale } from './locale';

// Its own module: explanations never print money, so bundles that do not show it leave it out.

/** An amount of money in a locale: formatCurrency(1234.5, 'RUB', 'ru') → "1 234,50 ₽". */
export function formatCurrency(value: number | null | undefined, currency: string, locale: Locale): string {
  if (isMissing(value)) return MISSING_TEXT;
  const code = currency.trim().toUpperCase();
  return withMinus(numberFormat(locale, '$' + code, { style: 'currency', currency: code }).format(value as number));
}
