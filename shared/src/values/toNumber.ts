import { isMissing } from './isMissing';
import { ValueError } from './ValueError';

export const NUMBER_EXPECTED = 'a number such as 1200, "1,200", "$1.2M", "15 %" or "(12)"';
export const NUMBER_HINT =
  'Type the number only (a currency sign, a k/M/B suffix or a % sign are fine), ' +
  'or clear the cell if there is no value yet.';

export const DECIMAL_COMMA_HINT =
  'Use a dot for decimals ("1.5") and commas only between groups of three digits ("1,200").';

// The same sentences as catalogue codes (schema/schemaMessages.ts), for other languages.
const I18N = { expected: { code: 'expect.number', params: {} }, hint: { code: 'hint.number', params: {} } } as const;
const I18N_COMMA = { expected: I18N.expected, hint: { code: 'hint.decimal_comma', params: {} } } as const;

/** Powers of ten for the suffixes people type in plans ("1.2k", "$3M", "2bn"). */
const SUFFIX_EXPONENT: Record<string, number> = { k: 3, m: 6, mm: 6, b: 9, bn: 9, t: 12 };

// Currency signs and the spaces (normal, no-break, narrow no-break) they come with.
const CURRENCY = /^[$€£¥₹₩₽₺₪₫฿]|[$€£¥₹₩₽₺₪₫฿]$/;
const SPACES = /[\s\u00a0\u202f]+/g;
// Digits with optional thousands groups ("1,200", "1 200"), decimals and exponent.
const BODY = /^(?:(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d*)(\.\d+)?|(\d+)\.)(?:e([+-]?\d+))?$/i;

/**
 * Reads a number from a cell, the way a person would.
 *
 * Sheets cells and CSV fields arrive as text as often as numbers; this accepts what
 * people type in plans ("1,200", "$1.2M", "15 %", "(12)" for a negative, "€ 40")
 * and returns `null` for an empty cell, so that missing never becomes 0.
 * Percent text is returned as a fraction (15 % → 0.15), like a formatted Sheets
 * cell. Text that is not a number throws a `ValueError` saying what to type.
 *
 * Decimal commas ("1,5") are refused rather than guessed: "1,500" is a thousand
 * and a half in one locale and one and a half in another. A caller that knows the sheet
 * writes decimal commas (a Russian spreadsheet: "1 200,5", "15,5 %") passes
 * `decimalComma`: then a comma is the decimal mark and spaces group the thousands.
 */
export function toNumber(value: unknown, decimalComma = false): number | null {
  if (typeof value === 'number') return value - value === 0 ? value : null;
  if (isMissing(value)) return null;
  if (typeof value !== 'string') throw new ValueError(NUMBER_EXPECTED, value, NUMBER_HINT, I18N);
  const parsed = parseNumberText(decimalComma ? fromDecimalComma(value) : value);
  if (parsed === null) {
    const commaTyped = !decimalComma && /\d,\d/.test(value);
    throw new ValueError(NUMBER_EXPECTED, value, commaTyped ? DECIMAL_COMMA_HINT : NUMBER_HINT, commaTyped ? I18N_COMMA : I18N);
  }
  return parsed;
}

/**
 * "1 200,5" → "1200.5": in a decimal-comma locale the one comma is the decimal mark and
 * spaces only group digits. Text with a comma and a dot, or two commas, is left as it is
 * (and refused below unless it reads as a number anyway), never guessed.
 */
function fromDecimalComma(text: string): string {
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) >= 0 || text.includes('.')) return text;
  return text.replace(/(\d)[\s\u00a0\u202f]+(?=\d{3}(?!\d))/g, '$1').replace(',', '.');
}

/** The text grammar of `toNumber`; `null` when the text is not a number. */
function parseNumberText(input: string): number | null {
  let text = input.trim();
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  // One sign, before or after a currency sign: "-$12", "$-12", "−€ 5" (but not "--5" or "(-5)").
  let signs = negative ? 1 : 0;
  for (let pass = 0; pass < 2; pass++) {
    const sign = /^[-+\u2212]/.exec(text);
    if (sign) {
      signs++;
      if (sign[0] !== '+') negative = !negative;
      text = text.slice(1).trim();
    }
    if (pass === 0 && CURRENCY.test(text)) text = text.replace(CURRENCY, '').trim();
  }
  if (signs > 1) return null;
  if (CURRENCY.test(text)) text = text.replace(CURRENCY, '').trim();

  let exponent = 0;
  if (text.endsWith('%')) {
    exponent = -2;
    text = text.slice(0, -1).trim();
  } else {
    const suffix = /(k|mm|m|bn|b|t)$/i.exec(text);
    if (suffix && /\d\s*$/.test(text.slice(0, suffix.index))) {
      exponent = SUFFIX_EXPONENT[suffix[1].toLowerCase()];
      text = text.slice(0, suffix.index).trim();
    }
  }
  const match = BODY.exec(text);
  if (!match || !/\d/.test(text)) return null;
  const digits = (match[3] ?? (match[1] ?? '').replace(SPACES, '').replace(/,/g, '') + (match[2] ?? '')) || '0';
  const ownExponent = match[4] === undefined ? 0 : Number(match[4]);
  // Scaling through the exponent keeps "1.1k" exactly 1100 (1.1 * 1000 is not).
  const result = Number(`${digits}e${ownExponent + exponent}`);
  if (result - result !== 0) return null;
  return negative ? -result : result;
}
