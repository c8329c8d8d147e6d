/**
 * `npm run package:panel`: zips the built plugin (grafana-panel/dist/) into aligned-okr-panel-<version>.zip,
 * the archive Grafana's plugin catalog and its validator take: a single root folder named after the plugin id
 * (not `dist/`), holding module.js, module.js.map, plugin.json, README, CHANGELOG, LICENSE and the images.
 *
 * Usage (from the repository root): `tsx grafana-panel/build/packagePlugin.ts [--out DIR]`; the archive goes
 * to grafana-panel/ unless --out names another folder. The script builds nothing: package:panel builds first.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

const PANEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PackagedPlugin {
  /** Absolute path of the written archive. */
  archive: string;
  /** Paths inside the archive, each starting with `<plugin id>/`. */
  entries: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export function packagePlugin(options: { distDir?: string; outDir?: string } = {}): PackagedPlugin {
  const distDir = options.distDir ?? join(PANEL_DIR, 'dist');
  const outDir = options.outDir ?? PANEL_DIR;
  const pluginJsonPath = join(distDir, 'plugin.json');
  if (!existsSync(pluginJsonPath)) {
    throw new Error(`${pluginJsonPath} is missing: build the panel first (\`npm run build:panel\`), or run \`npm run package:panel\`.`);
  }
  const plugin = JSON.parse(readFileSync(pluginJsonPath, 'utf8')) as { id?: string; info?: { version?: string } };
  const packageVersion = (JSON.parse(readFileSync(join(PANEL_DIR, 'package.json'), 'utf8')) as { version: string }).version;
  if (!plugin.id || !plugin.info?.version) {
    throw new Error(`${pluginJsonPath} has no id or info.version: expected the built plugin.json, found ${JSON.stringify(plugin).slice(0, 200)}.`);
  }
  if (plugin.info.version !== packageVersion) {
    throw new Error(
      `dist/plugin.json says version ${plugin.info.version} but grafana-panel/package.json says ${packageVersion}: rebuild with \`npm run build:panel\`.`
    );
  }
  const root = plugin.id;
  const tree: Zippable = { [`${root}/`]: new Uint8Array(0) };
  const entries: string[] = [`${root}/`];
  for (const file of filesUnder(distDir).sort()) {
    const name = `${root}/${relative(distDir, file).split(sep).join('/')}`;
    tree[name] = [readFileSync(file), { mtime: statSync(file).mtime, level: 9 }];
    entries.push(name);
  }
  mkdirSync(outDir, { recursive: true });
  const archive = join(outDir, `${root}-${plugin.info.version}.zip`);
  writeFileSync(archive, zipSync(tree));
  return { archive, entries };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1] ?? '.') : undefined;
  const { archive, entries } = packagePlugin({ outDir });
  console.log(`${relative(process.cwd(), archive)}: ${entries.length - 1} files in ${entries[0]}`);
}
