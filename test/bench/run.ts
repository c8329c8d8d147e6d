/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` in its own Node process
 * (so one bench's heap and JIT state never colour another's) and prints each
 * one's Markdown table. Benchmarks are measurements, not tests: a slow figure
 * is reported, not failed. Pass names to run a subset: `npm run bench -- cascade`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

console.log(`# Aligned benchmarks\n\nNode ${process.version}, ${new Date().toISOString()}\n`);
let failed = 0;
for (const file of benches) {
  console.log(`## ${file.replace('.bench.ts', '')}\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed++;
    console.log(`\n(${file} exited with ${run.status ?? run.signal})\n`);
  }
  console.log(`\n_${file} took ${((Date.now() - started) / 1000).toFixed(1)} s_\n`);
}
process.exit(failed > 0 ? 1 : 0);
