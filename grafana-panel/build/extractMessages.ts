/**
 * The panel's English catalogue, read from the source: every `t('key', 'English default', …)` (also
 * imported as `i18n`); a plural (`count`) as Grafana writes it, `t('key', '', { count, defaultValue_one, defaultValue_other })`. Writes
 * src/locales/en-US/aligned-okr-panel.json, the file Grafana loads for English, nested by the dots
 * of the keys as i18next reads them. `--check` writes nothing and fails when the file is out of date.
 *
 *   npx tsx grafana-panel/build/extractMessages.ts [--check]
 *
 * (create-plugin's `i18n-extract` script runs i18next-cli for the same job; this is the few lines
 * of it the panel needs, with no extra dependency.)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../src');
export const EN_US_FILE = join(SRC, 'locales/en-US/aligned-okr-panel.json');
export const RU_RU_FILE = join(SRC, 'locales/ru-RU/aligned-okr-panel.json');

export type Catalogue = { [key: string]: string | Catalogue };

/** A JavaScript string literal at `at` ('…', "…" or `…` without ${}): its value and where it ends. */
function readString(code: string, at: number): { value: string; end: number } | null {
  const quote = code[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let value = '';
  for (let i = at + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') {
      const next = code[++i];
      value += next === 'n' ? '\n' : next;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else if (quote === '`' && c === '$' && code[i + 1] === '{') {
      return null;
    } else {
      value += c;
    }
  }
  return null;
}

/** Where the call whose `(` is at `open` closes, skipping strings. */
function closingParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === "'" || c === '"' || c === '`') {
      const s = readString(code, i);
      if (s) i = s.end - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return code.length;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Flat `key → English` for every translated text in the panel's source; plural keys get _one and _other. */
export function extractMessages(files: string[] = sourceFiles(SRC)): Map<string, string> {
  const messages = new Map<string, string>();
  const add = (key: string, text: string, where: string) => {
    const known = messages.get(key);
    if (known !== undefined && known !== text) throw new Error(`${where}: "${key}" has two English texts: "${known}" and "${text}"`);
    messages.set(key, text);
  };
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const call = /\b(?:t|i18n)\(\s*/g;
    let m: RegExpExecArray | null;
    while ((m = call.exec(code)) !== null) {
      const key = readString(code, m.index + m[0].length);
      if (!key) continue;
      const comma = /^\s*,\s*/.exec(code.slice(key.end));
      if (!comma) continue;
      const text = readString(code, key.end + comma[0].length);
      if (!text) throw new Error(`${file}: t('${key.value}', …) needs its English text as a plain string literal`);
      const open = code.indexOf('(', m.index);
      const args = code.slice(text.end, closingParen(code, open));
      const where = `${file.slice(SRC.length + 1)}`;
      if (/\bcount\s*[:,}]/.test(args)) {
        // Grafana's plural convention (eslint @grafana/i18n/t-plural-defaults): '' as the default, both forms in the options.
        const forms = ['one', 'other'].map((form) => {
          const at = new RegExp(`defaultValue_${form}:\\s*`).exec(args);
          const value = at ? readString(args, at.index + at[0].length) : null;
          if (!value) throw new Error(`${where}: t('${key.value}', '', { count, … }) needs defaultValue_${form} as a string literal`);
          return value.value;
        });
        if (text.value !== '') throw new Error(`${where}: t('${key.value}') with count takes '' as its default; the forms go in defaultValue_one/_other`);
        add(`${key.value}_one`, forms[0], where);
        add(`${key.value}_other`, forms[1], where);
      } else {
        add(key.value, text.value, where);
      }
    }
  }
  return messages;
}

/** `a.b.c → text` as i18next's nested JSON, keys sorted so the file diffs cleanly. */
export function nest(messages: Map<string, string>): Catalogue {
  const root: Catalogue = {};
  for (const key of [...messages.keys()].sort()) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const child = node[part];
      if (typeof child === 'string') throw new Error(`"${key}" nests under "${part}", which is a text`);
      node = (node[part] ??= {}) as Catalogue;
    }
    node[parts[parts.length - 1]] = messages.get(key) as string;
  }
  return root;
}

/** Nested JSON back to `a.b.c → text`. */
export function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

export function renderCatalogue(catalogue: Catalogue): string {
  return JSON.stringify(catalogue, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderCatalogue(nest(extractMessages()));
  if (process.argv.includes('--check')) {
    if (readFileSync(EN_US_FILE, 'utf8') !== text) {
      console.error('src/locales/en-US/aligned-okr-panel.json is out of date: run npx tsx grafana-panel/build/extractMessages.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(EN_US_FILE, text);
    console.log(`${flatten(JSON.parse(text) as Catalogue).size} texts written to ${EN_US_FILE}`);
  }
}
