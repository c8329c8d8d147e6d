/**
 * The parts of Grafana's plugin JSON schema (docs/sources/developers/plugins/plugin.schema.json in Grafana's
 * repository, draft-07) that a panel's plugin.json touches: required fields, types, patterns, and the closed
 * property lists (`additionalProperties: false`). No npm package ships the schema, so its facts live here.
 * `buildMode` is the one field @grafana/create-plugin's build adds (BuildModeWebpackPlugin) that this
 * copy of the schema predates; `languages` (Grafana 12.1, the locales a plugin translates to, see
 * grafana.com/developers/plugin-tools/how-to-guides/plugin-internationalization) is the other.
 */
export const PLUGIN_ID_PATTERN = /^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource|secretsmanager|transformer)$/;
const TYPES = ['app', 'datasource', 'panel', 'renderer', 'secretsmanager', 'transformer'];
const TOP_LEVEL = [
  '$schema', 'id', 'type', 'info', 'name', 'dependencies', 'alerting', 'annotations', 'autoEnabled', 'backend', 'builtIn',
  'category', 'enterpriseFeatures', 'executable', 'hideFromList', 'includes', 'logs', 'metrics', 'pascalName', 'preload',
  'queryOptions', 'routes', 'skipDataQuery', 'state', 'streaming', 'tracing', 'buildMode', 'languages',
];
const INFO = ['author', 'build', 'description', 'keywords', 'links', 'logos', 'screenshots', 'updated', 'version'];
const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)|(%VERSION%)$/;
const UPDATED_PATTERN = /^(\d{4}-\d{2}-\d{2}|%TODAY%)$/;
const GRAFANA_DEPENDENCY_PATTERN = /^(<=|>=|<|>|=|~|\^)?([0-9]+)(\.[0-9x*]+)(\.[0-9x*]+)?(\s(<=|>=|<|=>)?([0-9]+)(\.[0-9x]+)(\.[0-9x]+))?$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every way `plugin` breaks the schema, each naming the field, what the schema expects, and what was found. */
export function pluginJsonProblems(plugin: unknown): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, field: string, expected: string, found: unknown) => {
    if (!ok) problems.push(`${field}: expected ${expected}, found ${JSON.stringify(found)}`);
  };
  if (!isObject(plugin)) return [`plugin.json: expected an object, found ${JSON.stringify(plugin)}`];
  for (const key of ['type', 'name', 'id', 'info', 'dependencies']) expect(key in plugin, key, 'a value (required)', undefined);
  if (plugin.languages !== undefined) {
    const languages = plugin.languages;
    expect(Array.isArray(languages) && languages.every((l) => typeof l === 'string' && /^[a-z]{2}-[A-Z]{2}$/.test(l)), 'languages', 'locale codes such as ["en-US", "ru-RU"]', languages);
  }
  for (const key of Object.keys(plugin)) expect(TOP_LEVEL.includes(key), key, 'a property the schema names', key);
  expect(typeof plugin.id === 'string' && PLUGIN_ID_PATTERN.test(plugin.id), 'id', `a string matching ${PLUGIN_ID_PATTERN}`, plugin.id);
  expect(typeof plugin.type === 'string' && TYPES.includes(plugin.type), 'type', `one of ${TYPES.join(', ')}`, plugin.type);
  expect(typeof plugin.name === 'string' && plugin.name.length > 0, 'name', 'a non-empty string', plugin.name);
  const info = plugin.info;
  if (isObject(info)) {
    for (const key of ['logos', 'version', 'updated', 'keywords']) expect(key in info, `info.${key}`, 'a value (required)', undefined);
    for (const key of Object.keys(info)) expect(INFO.includes(key), `info.${key}`, 'a property the schema names', key);
    expect(typeof info.version === 'string' && VERSION_PATTERN.test(info.version), 'info.version', 'x.y.z', info.version);
    expect(typeof info.updated === 'string' && UPDATED_PATTERN.test(info.updated), 'info.updated', 'YYYY-MM-DD', info.updated);
    const keywords = info.keywords;
    expect(Array.isArray(keywords) && keywords.length > 0 && keywords.every((k) => typeof k === 'string'), 'info.keywords', 'at least one string', keywords);
    const logos = info.logos;
    expect(isObject(logos) && typeof logos.small === 'string' && typeof logos.large === 'string', 'info.logos', '{ small, large } paths', logos);
    if (info.screenshots !== undefined) {
      const shots = info.screenshots;
      expect(Array.isArray(shots) && shots.every((s) => isObject(s) && typeof s.name === 'string' && typeof s.path === 'string'), 'info.screenshots', '[{ name, path }]', shots);
    }
    if (info.links !== undefined) {
      const links = info.links;
      expect(Array.isArray(links) && links.every((l) => isObject(l) && typeof l.name === 'string' && typeof l.url === 'string' && /^https?:\/\//.test(l.url)), 'info.links', '[{ name, url (absolute) }]', links);
    }
    if (info.author !== undefined) {
      expect(isObject(info.author) && Object.keys(info.author).every((k) => ['name', 'email', 'url'].includes(k)), 'info.author', '{ name, email, url }', info.author);
    }
  } else {
    expect(false, 'info', 'an object', info);
  }
  const dependencies = plugin.dependencies;
  if (isObject(dependencies)) {
    for (const key of Object.keys(dependencies)) expect(['grafanaVersion', 'grafanaDependency', 'plugins'].includes(key), `dependencies.${key}`, 'a property the schema names', key);
    const range = dependencies.grafanaDependency;
    expect(typeof range === 'string' && GRAFANA_DEPENDENCY_PATTERN.test(range), 'dependencies.grafanaDependency', `a range matching ${GRAFANA_DEPENDENCY_PATTERN}`, range);
    if (dependencies.plugins !== undefined) expect(Array.isArray(dependencies.plugins), 'dependencies.plugins', 'an array', dependencies.plugins);
  } else {
    expect(false, 'dependencies', 'an object', dependencies);
  }
  if (plugin.buildMode !== undefined) expect(plugin.buildMode === 'production', 'buildMode', '"production" in a release', plugin.buildMode);
  return problems;
}
