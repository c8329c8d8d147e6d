/**
 * The English words of the add-on's English catalogue, to prove a Russian text has none:
 * every text each entry can produce, its words, minus the names that are the same in every
 * language (the product, acronyms, the sample company, function names, locale tags).
 */
import { EN } from '../../sheets-addon/src/i18n/en';

/** Names that are the same in every language: the product, acronyms, the sample company. */
export const SAME_IN_EVERY_LANGUAGE = new Set(['aligned', 'okr', 'okrs', 'id', 'kpi', 'json', 'google', 'abc']);

/** Every text an entry can produce: strings as they are, functions over counts 0, 1, 2, 5 and 21. */
export function renderings(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  if (Array.isArray(entry)) return entry.map(String);
  if (typeof entry === 'function') {
    const fn = entry as (...args: unknown[]) => string;
    return [0, 1, 2, 5, 21].map((n) => fn(...Array.from({ length: Math.max(fn.length, 1) }, () => n)));
  }
  if (entry && typeof entry === 'object') return Object.values(entry as Record<string, unknown>).flatMap(renderings);
  return [];
}

/** The English words of the English catalogue (lower case), without the shared names. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  Object.values(EN)
    .flatMap(renderings)
    .flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => !SAME_IN_EVERY_LANGUAGE.has(w)),
);

/** English words of the catalogue found in a text (whole words, any case). */
export function englishWordsIn(text: string): string[] {
  // Function names (=OKR_STATUS), locale tags (ru_RU) and IDs (MISSION, MISSION-KR1: capitals) are the same in every language.
  return (text.replace(/OKR_[A-Z_]+|\b[a-z]{2}_[A-Z]{2}\b|\b[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+\b|\b[A-Z][A-Z0-9]+\b/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => ENGLISH_WORDS.has(w.toLowerCase()));
}

