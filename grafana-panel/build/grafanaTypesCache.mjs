/**
 * Prepares the cache that @grafana/eslint-plugin-plugins' import-is-compatible rule reads: the published
 * @grafana/data, @grafana/ui and @grafana/runtime of the oldest Grafana the panel supports, in
 * <os.tmpdir()>/gf-eslint-plugin-compatible-<version>/node_modules/. The rule would fill it itself with a full
 * `npm install`, which also fetches those packages' dependencies, one of them (react-data-grid) from a git host
 * rather than the npm registry; only the three packages' own type declarations are needed, so this fetches just
 * their tarballs with `npm pack` and unpacks them. Writes into a staging folder and renames it into place, so an
 * interrupted run never leaves a half-filled cache (the rule trusts any folder it finds).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GRAFANA_TYPE_PACKAGES = ['@grafana/data', '@grafana/ui', '@grafana/runtime'];

/** @param {string} version e.g. "12.3.0" @returns {string} the cache folder */
export function ensureGrafanaTypesCache(version) {
  const cache = join(tmpdir(), `gf-eslint-plugin-compatible-${version}`);
  const complete = (dir) => GRAFANA_TYPE_PACKAGES.every((pkg) => existsSync(join(dir, 'node_modules', pkg, 'package.json')));
  if (complete(cache)) return cache;
  const staging = mkdtempSync(join(tmpdir(), `gf-eslint-plugin-compatible-${version}-staging-`));
  try {
    const tarballs = join(staging, 'tarballs');
    mkdirSync(tarballs);
    const specs = GRAFANA_TYPE_PACKAGES.map((pkg) => `${pkg}@${version}`);
    execFileSync('npm', ['pack', ...specs, '--pack-destination', tarballs, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    for (const pkg of GRAFANA_TYPE_PACKAGES) {
      const file = readdirSync(tarballs).find((name) => name === `${pkg.slice(1).replace('/', '-')}-${version}.tgz`);
      if (!file) throw new Error(`npm pack ${pkg}@${version} wrote no tarball into ${tarballs}`);
      const target = join(staging, 'node_modules', pkg);
      mkdirSync(target, { recursive: true });
      execFileSync('tar', ['-xzf', join(tarballs, file), '-C', target, '--strip-components=1']);
    }
    rmSync(tarballs, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    renameSync(staging, cache);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`Could not fetch the types of Grafana ${version} for import-is-compatible: ${error.message}`, { cause: error });
  }
  return cache;
}
