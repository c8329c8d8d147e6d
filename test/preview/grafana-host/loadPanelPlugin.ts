/// <reference types="systemjs" />
/**
 * Loads the panel the way Grafana's importPluginModule does: SystemJS imports module.js
 * from the plugin's public path, `plugin` is awaited (it may be a promise), then meta is
 * set from plugin.json before anything touches the field config registry (which is built
 * from meta).
 */
import type { PanelPlugin, PanelPluginMeta } from '@grafana/data';
import { addPluginTranslations } from './i18n';

export const PLUGIN_ID = 'aligned-okr-panel';
export const PLUGIN_BASE_URL = `public/plugins/${PLUGIN_ID}`;

export async function loadPanelPlugin(): Promise<PanelPlugin> {
  const metaResponse = await fetch(`/${PLUGIN_BASE_URL}/plugin.json`);
  if (!metaResponse.ok) {
    throw new Error(`/${PLUGIN_BASE_URL}/plugin.json answered ${metaResponse.status}: build the panel with \`npm run build:panel\`.`);
  }
  const json = (await metaResponse.json()) as Partial<PanelPluginMeta> & { languages?: string[] };
  await addPluginTranslations(PLUGIN_ID, PLUGIN_BASE_URL, json.languages);
  let exports: Record<string, unknown>;
  try {
    exports = (await System.import(`/${PLUGIN_BASE_URL}/module.js`)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`Could not load plugin: ${String(error)}`, { cause: error });
  }
  // A module that awaits at its top level (the panel awaits its translations) hands its exports over as
  // a promise in `default`; Grafana's importer resolves it before it reads `plugin`, and so does this.
  const resolved = exports.plugin === undefined && isThenable(exports.default) ? ((await exports.default) as Record<string, unknown>) : exports;
  const plugin = (await resolved.plugin) as PanelPlugin | undefined;
  if (!plugin) {
    throw new Error('missing export: plugin (module.js must export `plugin`, a PanelPlugin)');
  }
  plugin.meta = {
    ...json,
    id: json.id ?? PLUGIN_ID,
    name: json.name ?? PLUGIN_ID,
    type: 'panel',
    module: `${PLUGIN_BASE_URL}/module.js`,
    baseUrl: PLUGIN_BASE_URL,
    sort: 100,
    info: json.info ?? ({} as PanelPluginMeta['info']),
  } as PanelPluginMeta;
  return plugin;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
