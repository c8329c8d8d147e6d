// bootData must stay the first import: @grafana/runtime reads window.grafanaBootData when it loads.
import { initialLanguage, initialThemeMode } from './bootData';
import { initHostI18n } from './i18n';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { registerSharedModules } from './sharedModules';
import { registerStandardEditors } from './standardEditors';
import { registerStandardFieldOptions } from './standardFieldOptions';
import { loadPanelPlugin } from './loadPanelPlugin';
import { fetchDemo } from './demoFrames';
import { abcDashboard } from './abcDashboard';
import { Dashboard } from './Dashboard';

/** Boots like Grafana's app.ts: registries and shared modules first, then the plugin import. */
async function boot(): Promise<void> {
  await initHostI18n(initialLanguage());
  registerSharedModules();
  registerStandardEditors();
  registerStandardFieldOptions();
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('The page has no #root element.');
  }
  const root = createRoot(container);
  try {
    const [plugin, demo] = await Promise.all([loadPanelPlugin(), fetchDemo()]);
    if (document.body.dataset.page === 'bench') {
      const { installBench } = await import('./bench');
      installBench(plugin, demo);
      document.body.dataset.ready = 'true';
      return;
    }
    const language = initialLanguage();
    const dashboard = abcDashboard(demo, language);
    root.render(
      <Dashboard
        plugin={plugin}
        title={language === 'ru-RU' ? 'Компания ABC · OKR' : 'ABC company · OKRs'}
        initialPanels={dashboard.panels}
        initialVariables={dashboard.variables}
        initialTheme={initialThemeMode()}
        language={language}
      />
    );
    document.body.dataset.ready = 'true';
  } catch (error) {
    console.error(error);
    const message = document.createElement('pre');
    message.setAttribute('role', 'alert');
    message.textContent = `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
    container.replaceChildren(message);
    document.body.dataset.ready = 'error';
  }
}

void boot();
