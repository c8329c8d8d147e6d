/**
 * The panel's catalogues: en-US is exactly what the source says (t('key', 'English'), extracted by
 * grafana-panel/build/extractMessages.ts), and ru-RU translates every key, with all four Russian plural
 * forms (one, few, many, other) wherever English has a plural, and the same {{placeholders}}.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EN_US_FILE,
  RU_RU_FILE,
  extractMessages,
  flatten,
  nest,
  renderCatalogue,
  type Catalogue,
} from '../../grafana-panel/build/extractMessages';

const read = (file: string) => flatten(JSON.parse(readFileSync(file, 'utf8')) as Catalogue);
const en = read(EN_US_FILE);
const ru = read(RU_RU_FILE);
const PLURAL = /_(one|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((p) => p !== 'count').sort();

describe('the panel catalogues', () => {
  it('en-US is the English of the source, key for key (run the extractor after editing texts)', () => {
    expect(readFileSync(EN_US_FILE, 'utf8')).toBe(renderCatalogue(nest(extractMessages())));
    expect(en.size).toBeGreaterThan(200);
  });

  it('ru-RU has a translation for every key, and no key English lacks', () => {
    const singular = new Set([...en.keys()].filter((k) => !PLURAL.test(k)));
    const plural = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    const missing = [...singular].filter((k) => !ru.has(k));
    expect(missing).toEqual([]);
    const extra = [...ru.keys()].filter((k) => (PLURAL.test(k) ? !plural.has(k.replace(PLURAL, '')) : !singular.has(k)));
    expect(extra).toEqual([]);
    for (const [key, text] of ru) expect(text.trim(), key).not.toBe('');
  });

  it('ru-RU gives every plural its one, few, many and other forms', () => {
    const plural = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    expect(plural.size).toBeGreaterThan(3);
    for (const base of plural) {
      for (const form of ['one', 'few', 'many', 'other']) expect(ru.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
      expect(Intl.PluralRules && new Intl.PluralRules('ru-RU').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other']);
    }
  });

  it('ru-RU keeps the placeholders of the English text', () => {
    for (const [key, text] of ru) {
      const english = en.get(key) ?? en.get(key.replace(PLURAL, '_other')) ?? '';
      expect(placeholders(text), key).toEqual(placeholders(english));
    }
  });

  it('ru-RU is Russian: no text is left as its English', () => {
    // Words that are the same in both languages (names, codes, formats).
    const same = new Set(['KPI']);
    const words = (text: string) => text.replace(/\{\{\w+\}\}/g, '');
    const untranslated = [...ru].filter(([key, text]) => text === en.get(key) && /[A-Za-z]{3}/.test(words(text)) && !same.has(text)).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });
});
