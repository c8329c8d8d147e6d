/** The languages the core can speak. English is the default everywhere. */
export type Locale = 'en' | 'ru';

export const LOCALES: readonly Locale[] = ['en', 'ru'];

/**
 * A supported locale from a language tag as hosts report it: Grafana's "ru-RU", Apps
 * Script's spreadsheet locale "ru_RU" or "ru", a browser's "ru". Anything else, and
 * nothing, is English: an unknown language must never leave a person without text.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (typeof tag !== 'string') return 'en';
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'ru' ? 'ru' : 'en';
}
