/**
 * Grafana's i18n as a plugin meets it: one i18next instance, started in the user's language
 * (boot data `user.language`) and shared with plugins as the module "i18next" (Grafana maps that name
 * to its instance, so a plugin's bundled @grafana/i18n translates into it). Before Grafana imports a
 * plugin's module.js it loads the plugin's locale file for that language into the plugin's namespace
 * (the plugin id), from the paths its backend derives from plugin.json `languages`:
 * public/plugins/<id>/locales/<language>/<id>.json. English needs no file: it is in the plugin's source.
 */
import i18next from 'i18next';

const DEFAULT_LANGUAGE = 'en-US';

export async function initHostI18n(language: string): Promise<void> {
  await i18next.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['en-US', 'ru-RU'],
    resources: {},
    partialBundledLanguages: true,
    returnEmptyString: false,
  });
}

export function hostI18n(): typeof i18next {
  return i18next;
}

/** Loads a plugin's translations for the resolved language, as Grafana's addTranslationsToI18n does; failures leave English. */
export async function addPluginTranslations(pluginId: string, baseUrl: string, languages: readonly string[] | undefined): Promise<void> {
  // Grafana's resolved language; this host has no texts of its own, so i18next has resolved none yet.
  const language = i18next.resolvedLanguage ?? i18next.language ?? DEFAULT_LANGUAGE;
  if (language === DEFAULT_LANGUAGE || !languages?.includes(language)) return;
  try {
    const response = await fetch(`/${baseUrl}/locales/${language}/${pluginId}.json`);
    if (!response.ok) throw new Error(`answered ${response.status}`);
    i18next.addResourceBundle(language, pluginId, await response.json(), true, false);
    // In Grafana its own texts for the language are loaded by now, which makes it the resolved language;
    // this host has none, so it resolves again now that the language has texts.
    await i18next.changeLanguage(language);
  } catch (error) {
    console.warn(`Could not load the ${language} translations of ${pluginId}`, error);
  }
}
