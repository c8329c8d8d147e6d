import { explain, type Locale, type ProgressResult } from '@aligned/core';
import { readNumber } from './cells';
import { InputError } from './InputError';
import { sheetLanguage } from './language';

let lastCapValue: unknown = undefined;
let lastCap: number | null = 1;

/**
 * The cap argument: blank means 1 (100 %), 0 means no cap (the core's `null`), anything
 * above 0 is the highest progress reported. The last cell read is remembered because a
 * cap is normally one value for a whole range.
 */
export function readCap(value: unknown): number | null {
  if (value === lastCapValue) return lastCap;
  const cap = readNumber(value, 'cap');
  let resolved: number | null;
  if (cap === null) resolved = 1;
  else if (cap === 0) resolved = null;
  else if (cap > 0) resolved = cap;
  else {
    throw new InputError(`cap: expected 0 (no cap) or a number above 0 such as 1 (100 %) or 1.2, found ${cap}. Leave it blank for 100 %.`);
  }
  lastCapValue = value;
  lastCap = resolved;
  return resolved;
}

/**
 * Progress from a core result. The core returns `invalid` with a sentence saying what to
 * fix; in a sheet that sentence must reach the cell, not a blank.
 */
export function resultProgress(result: ProgressResult): number | null {
  if (result.reason === 'invalid') throw new InputError(explain(result, languageNow()));
  return result.progress;
}

let language: Locale = 'en';
let languageReadAt = -Infinity;

/**
 * The sheet's language for messages, looked up at most once a second: only cells that
 * cannot be scored need it, and a range full of them must not make a service call per cell.
 */
function languageNow(): Locale {
  const now = Date.now();
  if (now - languageReadAt > 1000) {
    language = sheetLanguage();
    languageReadAt = now;
  }
  return language;
}
