/**
 * Size of the Grafana panel bundle (grafana-panel/dist/module.js) against its budget of
 * 50 KB gzipped, with the source map's view of what the bytes are (Aligned core, panel code,
 * bundled libraries). Run after `npm run build:panel`; `npm run bench` builds first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { costOf, isTranslationSource } from './bundleShares';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../grafana-panel/dist');
const BUDGET = 50 * 1024;
// Issue 13: what translating the panel may add to module.js, and module.js before it (commit 35cf7f4, same build).
const TRANSLATIONS_BUDGET = 10 * 1024;
const BEFORE_TRANSLATIONS_GZIP = 40_349;

const file = join(dist, 'module.js');
if (!existsSync(file)) {
  console.log('grafana-panel/dist/module.js is missing: run `npm run build:panel` first.');
  process.exit(1);
}
const source = readFileSync(file);
const raw = source.length;
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source).length;
const kb = (n: number) => (n / 1024).toFixed(1);

console.log('| measure | bytes | KB | budget (gzip) | ratio to budget |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(`| module.js raw | ${raw} | ${kb(raw)} | — | — |`);
console.log(`| module.js gzip -9 | ${gzip} | ${kb(gzip)} | ${kb(BUDGET)} | ${(gzip / BUDGET).toFixed(2)} |`);
console.log(`| module.js brotli | ${brotli} | ${kb(brotli)} | — | ${(brotli / BUDGET).toFixed(2)} |`);

// Where the bytes come from: the source map's sources, weighted by their original length.
const mapFile = file + '.map';
if (existsSync(mapFile)) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourcesContent?: string[] };
  const groups = new Map<string, number>();
  map.sources.forEach((s, i) => {
    const size = map.sourcesContent?.[i]?.length ?? 0;
    const group = s.includes('shared/src')
      ? 'Aligned core (shared/src)'
      : s.includes('node_modules/')
        ? 'bundled: ' + (s.split('node_modules/')[1].match(/^(@[^/]+\/[^/]+|[^/]+)/)?.[0] ?? 'other')
        : /\/src\//.test(s) || s.includes('/./src/')
          ? 'panel code (grafana-panel/src)'
          : 'webpack runtime and externals';
    groups.set(group, (groups.get(group) ?? 0) + size);
  });
  const total = [...groups.values()].reduce((a, b) => a + b, 0) || 1;
  console.log('\n| source (before minification) | KB | share |');
  console.log('| --- | ---: | ---: |');
  for (const [group, size] of [...groups.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`| ${group} | ${kb(size)} | ${((size / total) * 100).toFixed(0)} % |`);
  }
}
// The translations: @grafana/i18n and what it bundles plus the panel's i18n plumbing, measured by cutting their
// bytes out of module.js; and module.js against its size before issue 13 (the keys of t() calls count there, and so
// does everything added since, so that row is a bound, not the budget's measure).
if (existsSync(mapFile)) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const cost = costOf(source.toString('utf8'), map, isTranslationSource);
  console.log('\n| translations (issue 13) | bytes | KB | budget (gzip) |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| @grafana/i18n, react-i18next, panel i18n plumbing, raw | ${cost.raw} | ${kb(cost.raw)} | — |`);
  console.log(`| the same, gzip -9 (module.js gzip − gzip without them) | ${cost.gzip} | ${kb(cost.gzip)} | ${kb(TRANSLATIONS_BUDGET)} |`);
  const added = gzip - BEFORE_TRANSLATIONS_GZIP;
  // An upper bound, not the translations' cost: it also counts every feature added since (the overlay's own legend, the cached t).
  console.log(`| module.js gzip now − before issue 13 (${BEFORE_TRANSLATIONS_GZIP} B; every t() key and every later feature) | ${added} | ${kb(added)} | — |`);
  console.log('(The Russian catalogues are not in module.js: core-ru.js and locales/ru-RU/*.json load only for Russian users.)');
}

// Bullets and the tree load as chunks of their own, fetched the first time a panel shows them.
const chunks = readdirSync(dist).filter((name) => name.endsWith('.js') && name !== 'module.js');
if (chunks.length > 0) {
  console.log('\n| lazy chunk (loaded on first use) | raw KB | gzip -9 KB |');
  console.log('| --- | ---: | ---: |');
  for (const name of chunks.sort()) {
    const chunk = readFileSync(join(dist, name));
    console.log(`| ${name} | ${kb(chunk.length)} | ${kb(gzipSync(chunk, { level: 9 }).length)} |`);
  }
}
console.log(`\n${gzip <= BUDGET ? 'Within' : 'OVER'} budget: ${kb(gzip)} KB of ${kb(BUDGET)} KB gzipped.`);
