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
  user: { theme: mode, timezone: 'browser', language: 'en-US' },
  navTree: [],
  assets: { dark: '', light: '' },
};
