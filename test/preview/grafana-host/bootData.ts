/**
 * Grafana's frontend reads `window.grafanaBootData` once, when `@grafana/runtime`'s
 * `config` module is first evaluated. Grafana's index.html writes it inline; this host
 * sets it from the first module of the bundle, before anything imports @grafana/runtime.
 * `?theme=dark` picks the initial theme (the switch in the page changes it live).
 */
export type ThemeMode = 'light' | 'dark';

export function initialThemeMode(): ThemeMode {
  return new URLSearchParams(window.location.search).get('theme') === 'dark' ? 'dark' : 'light';
}

/** The user's language as Grafana's boot data carries it ("en-US", "ru-RU"); `?lang=ru-RU` picks it. */
export const LANGUAGES = [
  { value: 'en-US', label: 'English' },
  { value: 'ru-RU', label: 'Русский' },
] as const;
export type Language = (typeof LANGUAGES)[number]['value'];

/** The host's own few words (Grafana translates its chrome itself): English or Russian by the page's language. */
export function hostText(english: string, russian: string): string {
  return initialLanguage() === 'ru-RU' ? russian : english;
}

export function initialLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return LANGUAGES.find((l) => l.value === asked)?.value ?? 'en-US';
}

declare global {
  interface Window {
    grafanaBootData?: unknown;
  }
}

const mode = initialThemeMode();
window.grafanaBootData = {
  settings: {
    appSubUrl: '',
    buildInfo: { version: '13.2.2', edition: 'Open Source', env: 'production' },
    featureToggles: {},
    datasources: {},
    panels: {},
    dateFormats: undefined,
  },
  user: { theme: mode, timezone: 'browser', language: initialLanguage() },
  navTree: [],
  assets: { dark: '', light: '' },
};
