import { t as translate } from '@grafana/i18n';
import i18next from 'i18next';

type Values = Record<string, unknown> & { interpolation?: Record<string, unknown> };

/**
 * `t` from @grafana/i18n with each translation looked up once. i18next resolves the key, its
 * namespace and its placeholders on every call (tens of microseconds), and a panel calls `t` for
 * every header row, bullet and tree row it draws. Here each key is translated once per language
 * with markers in place of its values, and later calls put the values in place of the markers,
 * escaped exactly where i18next would escape them (a `{{value}}` placeholder with escapeValue on)
 * and as i18next writes values (null and undefined as nothing). Plurals (`count`), contexts and
 * per-call default variants go straight to i18next. test/grafana-panel/i18n.cachedT.test.ts checks
 * the result equals i18next's for every key of both catalogues.
 */
export function t(id: string, defaultMessage: string, values?: Values): string {
  if (values && !cacheable(values)) return translate(id, defaultMessage, values);
  const names = values ? Object.keys(values).filter((name) => name !== 'interpolation') : [];
  const cacheKey = `${language()}\u0001${id}\u0001${defaultMessage}\u0001${names.join(',')}\u0001${escapeSetting(values)}`;
  let template = templates.get(cacheKey);
  if (template === undefined) {
    const markers: Values = { interpolation: values?.interpolation };
    for (const name of names) markers[name] = marker(name);
    template = translate(id, defaultMessage, markers);
    if (templates.size >= MAX_TEMPLATES) templates.clear();
    templates.set(cacheKey, template);
  }
  if (names.length === 0 || !values) return template;
  return template.replace(MARKER, (_match, escaped: string, name: string) => {
    const value = values[name];
    const text = value == null ? '' : String(value);
    return escaped === '&lt;' ? escapeLikeI18next(text) : text;
  });
}

const templates = new Map<string, string>();
/** A bound, in case keys are built from data; the panel's own keys are a few hundred. */
const MAX_TEMPLATES = 5000;
/**
 * A value's place in a template: a private-use character, "<", the name, another private-use
 * character. i18next escapes the "<" where it would escape the value, which tells the two kinds of
 * placeholder apart afterwards.
 */
const marker = (name: string) => `\uE000<${name}\uE001`;
const MARKER = /\uE000(<|&lt;)([^\uE001]*)\uE001/g;

function cacheable(values: Values): boolean {
  for (const name of Object.keys(values)) {
    if (name === 'count' || name === 'context' || name === 'defaultValue' || name.startsWith('defaultValue_') || name === 'lng' || name === 'ns' || name === 'postProcess') return false;
  }
  return true;
}

let listening = false;

/** The language templates are cached for; they are forgotten when i18next loads more translations. */
function language(): string {
  try {
    const store = i18next.store;
    if (!listening && store && typeof store.on === 'function') {
      listening = true;
      store.on('added', () => templates.clear());
      store.on('removed', () => templates.clear());
    }
    return i18next.language ?? '';
  } catch {
    return '';
  }
}

function escapeSetting(values: Values | undefined): string {
  const escapeValue = values?.interpolation?.escapeValue;
  return escapeValue === undefined ? '' : String(escapeValue);
}

/** i18next's default escaping of an interpolated value (its entity table). */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '/': '&#x2F;' };
function escapeLikeI18next(text: string): string {
  return text.replace(/[&<>"'/]/g, (c) => ENTITIES[c]);
}
