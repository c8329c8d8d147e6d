import { initPluginTranslations } from '@grafana/i18n';
import i18next from 'i18next';
import { setCoreLanguage } from './coreText';

/** The plugin's id: the i18next namespace Grafana loads src/locales/<language>/aligned-okr-panel.json into. */
export const PLUGIN_ID = 'aligned-okr-panel';

/**
 * Starts the panel's translations as Grafana documents it for 12.1 and later: Grafana itself loads the
 * plugin's locale file for the user's language (plugin.json `languages`) into its shared i18next before
 * module.js runs, and `initPluginTranslations` points `t` and `<Trans>` at the plugin's namespace.
 * The core's words follow the same language, but only when Grafana did load the panel's translations,
 * so a panel is never half Russian, half English.
 *
 * Nothing here may break the panel: a Grafana that cannot load translations (an older build, a missing
 * or broken locale file, an i18n failure) leaves every text at its English default.
 */
export async function initTranslations(): Promise<string> {
  let language: string;
  try {
    language = (await initPluginTranslations(PLUGIN_ID)).language;
  } catch (error) {
    console.warn(`${PLUGIN_ID}: translations unavailable, the panel shows English`, error);
    return 'en';
  }
  try {
    return await setCoreLanguage(hasPanelTranslations(language) ? language : undefined);
  } catch (error) {
    console.warn(`${PLUGIN_ID}: the core's ${language} messages did not load, the panel shows English`, error);
    return setCoreLanguage(undefined);
  }
}

/** Did Grafana load this panel's translations for `language`? English needs none: it is in the source. */
function hasPanelTranslations(language: string): boolean {
  if (/^en\b/i.test(language)) return true;
  try {
    return i18next.hasResourceBundle(language, PLUGIN_ID);
  } catch {
    return false;
  }
}
