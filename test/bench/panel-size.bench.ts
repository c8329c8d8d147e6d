/**
 * Size of the Grafana panel bundle (grafana-panel/dist/module.js) against its budget of
 * 50 KB gzipped, with the source map's view of what the bytes are (Aligned core, panel code,
 * bundled libraries). Run after `npm run build:panel`; `npm run bench` builds first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../grafana-panel/dist');
const BUDGET = 50 * 1024;

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
