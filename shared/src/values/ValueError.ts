import type { Message } from '../i18n/message';

/**
 * The one error the core throws for bad input.
 *
 * Front ends catch it and show its message next to the cell, row or option it came
 * from, so the message must stand on its own: what was expected, what was found and
 * what to do. The fields are kept separate so that a front end can add the place
 * ("row 7, column Target") without parsing the text.
 */
export class ValueError extends Error {
  /** What the core accepts, e.g. `a number such as 1200 or "15 %"`. */
  readonly expected: string;
  /** What it got, quoted for display, e.g. `"abc"`. */
  readonly found: string;
  /** What the user should do about it. */
  readonly hint: string;
  /**
   * The value it got (for `foundValue`), and what was expected and what to do as catalogue
   * messages, when the thrower has them: the cell reader renders them in the reader's language.
   */
  readonly value: unknown;
  readonly i18n?: { expected: Message; hint: Message };

  constructor(expected: string, found: unknown, hint: string, i18n?: { expected: Message; hint: Message }) {
    const shown = describeValue(found);
    super(`Expected ${expected}, found ${shown}. ${hint}`);
    this.name = 'ValueError';
    this.expected = expected;
    this.found = shown;
    this.hint = hint;
    this.value = found;
    if (i18n !== undefined) this.i18n = i18n;
    // Keeps `instanceof` working when the class is down-levelled by a bundler.
    Object.setPrototypeOf(this, ValueError.prototype);
  }
}

/** Quotes text and names other kinds of value, so that messages show exactly what was in the cell. */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (value === undefined) return 'nothing (undefined)';
  if (typeof value === 'string') {
    const text = value.length > 60 ? value.slice(0, 57) + '...' : value;
    return text.trim() === '' ? 'an empty text' : `"${text}"`;
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN (not a number)' : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  if (Array.isArray(value)) return `a list of ${value.length} values`;
  return `a value of type ${typeof value}`;
}
