import { isMissing } from './isMissing';

/** What `formatNumber` and `formatPercent` print for a missing value. */
export const MISSING_TEXT = '—';

/** The typographic minus sign, used for negatives in every explanation. */
export const MINUS = '\u2212';

export interface FormatNumberOptions {
  /** Fixed number of decimals; by default up to 2 (up to 4 below 1) with trailing zeros dropped. */
  decimals?: number;
  /** "1.2k", "3.4M", "2B" instead of "1,200", "3,400,000", "2,000,000,000". */
  compact?: boolean;
}

const COMPACT_SIZES = [1e12, 1e9, 1e6, 1e3];
const COMPACT_LETTERS = ['T', 'B', 'M', 'k'];

/**
 * Prints a number for people: "1,200", "12.5", "−3", "1.2M".
 *
 * Explanations quote the user's own figures back ("(31 − 12) ÷ (43 − 12)"), so the
 * output must look the same in a browser and in Apps Script: the formatting is done
 * here by hand rather than through the host's locale, with a comma for thousands, a
 * dot for decimals and a real minus sign. It runs for every explained key result,
 * so it avoids regular expressions.
 */
export function formatNumber(value: number | null | undefined, options?: FormatNumberOptions): string {
  if (isMissing(value)) return MISSING_TEXT;
  const n = value as number;
  let magnitude = n < 0 ? -n : n;
  let suffix = '';
  if (options !== undefined && options.compact === true) {
    for (let i = 0; i < COMPACT_SIZES.length; i++) {
      if (magnitude >= COMPACT_SIZES[i] * 0.9995) {
        magnitude /= COMPACT_SIZES[i];
        suffix = COMPACT_LETTERS[i];
        break;
      }
    }
  }
  const fixed = options !== undefined && options.decimals !== undefined;
  let text: string;
  if (fixed) {
    text = magnitude.toFixed(Math.max(0, Math.min(20, Math.floor(options.decimals as number))));
  } else if (magnitude < 1e15) {
    // Round to the default decimals and let String() drop trailing zeros: much faster than toFixed.
    const factor = suffix !== '' ? 10 : magnitude >= 1 || magnitude === 0 ? 100 : 10_000;
    text = String(Math.round(magnitude * factor) / factor);
  } else {
    text = magnitude.toFixed(0);
  }
  const dot = text.indexOf('.');
  const whole = dot >= 0 ? text.slice(0, dot) : text;
  if (whole === '0' && (dot < 0 || isAllZeros(text, dot + 1))) return text; // no "−0"
  let grouped = whole;
  if (whole.length > 3 && whole.indexOf('e') < 0) {
    let head = whole.length % 3 || 3;
    grouped = whole.slice(0, head);
    for (; head < whole.length; head += 3) grouped += ',' + whole.slice(head, head + 3);
  }
  return (n < 0 ? MINUS : '') + grouped + (dot >= 0 ? text.slice(dot) : '') + suffix;
}

function isAllZeros(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) !== 48) return false;
  return true;
}
