/**
 * The panel's cached `t` (grafana-panel/src/i18n/t.ts) must say exactly what @grafana/i18n's `t`
 * says: for every key of the panel's English and Russian catalogues, in both languages, with
 * seeded values (HTML characters, slashes, Cyrillic, numbers, null, undefined, the markers' own
 * characters), with and without escaping, first call and cached call alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { initPluginTranslations, t as grafanaT } from '@grafana/i18n';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { t as cachedT } from '../../grafana-panel/src/i18n/t';

const PLUGIN_ID = 'aligned-okr-panel';
const LOCALES = join(__dirname, '../../grafana-panel/src/locales');
type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (language: string): Catalogue => JSON.parse(readFileSync(join(LOCALES, language, `${PLUGIN_ID}.json`), 'utf8'));

function entries(c: Catalogue, prefix = ''): Array<[string, string]> {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : entries(v, `${prefix}${k}.`)));
}

const english = entries(catalogue('en-US'));
const russian = new Map(entries(catalogue('ru-RU')));
/** Plural forms are keys with a suffix; the cached `t` hands calls with `count` to i18next. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{-?\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]);

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('<b>x</b>', 'a & b', '"quoted"', "it's", '1/2', 'Выручка', '\uE000<name\uE001', '\u0000<name\u0000', '&lt;', '$t(other)', '{{value}}'),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.constantFrom(null, undefined, true, 0)
);

beforeAll(async () => {
  await i18next.init({ lng: 'ru-RU', fallbackLng: 'en-US', supportedLngs: ['en-US', 'ru-RU'], resources: {}, partialBundledLanguages: true, returnEmptyString: false });
  i18next.addResourceBundle('ru-RU', PLUGIN_ID, catalogue('ru-RU'), true, false);
  await initPluginTranslations(PLUGIN_ID);
});

describe('cached t', () => {
  it('has keys to check', () => {
    expect(english.length).toBeGreaterThan(200);
    expect(english.filter(([key]) => !PLURAL.test(key)).length).toBeGreaterThan(150);
  });

  for (const language of ['ru-RU', 'en-US']) {
    it(`equals i18next for every key in ${language}, with seeded values`, async () => {
      await i18next.changeLanguage(language);
      let checked = 0;
      for (const [key, defaultText] of english) {
        if (PLURAL.test(key)) continue;
        const names = [...new Set([...placeholders(defaultText), ...placeholders(russian.get(key) ?? '')])];
        const samples = fc.sample(fc.tuple(fc.array(value, { minLength: names.length, maxLength: names.length }), fc.constantFrom(undefined, false, true)), { seed: key.length * 7919 + names.length, numRuns: 6 });
        for (const [vals, escapeValue] of samples) {
          const values: Record<string, unknown> = Object.fromEntries(names.map((n, i) => [n, vals[i]]));
          if (escapeValue !== undefined) values.interpolation = { escapeValue };
          const expected = grafanaT(key, defaultText, names.length || escapeValue !== undefined ? values : undefined);
          const args = names.length || escapeValue !== undefined ? values : undefined;
          expect(cachedT(key, defaultText, args), `${language} ${key} ${JSON.stringify(values)}`).toBe(expected);
          expect(cachedT(key, defaultText, args)).toBe(expected); // from the cache
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(900);
    });
  }

  it('follows i18next when more translations arrive or the language changes', async () => {
    await i18next.changeLanguage('ru-RU');
    const key = 'test-only.greeting';
    expect(cachedT(key, 'Hello {{name}}', { name: 'Ann' })).toBe('Hello Ann');
    i18next.addResourceBundle('ru-RU', PLUGIN_ID, { 'test-only': { greeting: 'Привет, {{name}}' } }, true, true);
    expect(cachedT(key, 'Hello {{name}}', { name: 'Ann' })).toBe('Привет, Ann');
    await i18next.changeLanguage('en-US');
    expect(cachedT(key, 'Hello {{name}}', { name: 'Ann' })).toBe('Hello Ann');
  });

  it('hands plurals to i18next', async () => {
    await i18next.changeLanguage('ru-RU');
    const options = { count: 5, defaultValue_one: '+{{count}} more key result', defaultValue_other: '+{{count}} more key results' };
    expect(cachedT('overlay.more-key-results', '', options)).toBe(grafanaT('overlay.more-key-results', '', options));
    expect(cachedT('overlay.more-key-results', '', options)).toMatch(/5/);
  });
});
