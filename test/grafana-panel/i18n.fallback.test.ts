// @vitest-environment jsdom
/**
 * Where Grafana cannot give the panel its translations, the panel is English, never half translated
 * and never broken: a Russian Grafana that did not load the panel's ru-RU file (no `languages` support,
 * a missing or broken file) leaves every panel text at its English default and the core's words in English.
 * (A Grafana whose i18n cannot start at all is covered on the built module.js in build.test.ts.)
 */
import i18next from 'i18next';
import { t } from '@grafana/i18n';
import { beforeAll, describe, expect, it } from 'vitest';
import { coreText, setCoreLanguage } from '../../grafana-panel/src/i18n/coreText';
import { initTranslations, PLUGIN_ID } from '../../grafana-panel/src/i18n/initTranslations';

beforeAll(async () => {
  await i18next.init({ lng: 'ru-RU', fallbackLng: 'en-US', supportedLngs: ['en-US', 'ru-RU'], resources: { 'ru-RU': { grafana: { any: 'любой' } } }, partialBundledLanguages: true });
});

describe('a Russian Grafana without the panel translations', () => {
  it('resolves ru-RU, yet the panel and the core speak English', async () => {
    expect(i18next.resolvedLanguage).toBe('ru-RU');
    expect(i18next.hasResourceBundle('ru-RU', PLUGIN_ID)).toBe(false);
    await expect(initTranslations()).resolves.toBe('en');
    expect(coreText().locale).toBe('en');
    expect(coreText().status('at_risk')).toBe('At risk');
    expect(t('tree.expand-all', 'Expand all')).toBe('Expand all');
  });

  it('switches both to Russian once the file is there', async () => {
    i18next.addResourceBundle('ru-RU', PLUGIN_ID, { tree: { 'expand-all': 'Развернуть все' } }, true, false);
    await expect(initTranslations()).resolves.toBe('ru');
    expect(coreText().status('at_risk')).toBe('Под угрозой');
    expect(t('tree.expand-all', 'Expand all')).toBe('Развернуть все');
  });

  it('keeps the last language asked for when loads overlap, and English for languages the core lacks', async () => {
    const russian = setCoreLanguage('ru-RU');
    const english = setCoreLanguage('sv-SE');
    await Promise.all([russian, english]);
    expect(coreText().locale).toBe('en');
  });
});
