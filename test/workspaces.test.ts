/**
 * The npm workspaces: shared/ is the package @aligned/core, and the front ends reach it by that name only,
 * never by a relative path into shared/ (which would bypass the package's exports and couple the folders).
 * The panel package's version is the plugin's version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(__dirname, '..');
const SHARED = join(REPO, 'shared');
const FRONT_ENDS = ['grafana-panel', 'sheets-addon'];
const CODE = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts']);

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '.config') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return CODE.has(extname(entry.name)) ? [path] : [];
  });
}

/** Every module specifier in `source`: static and dynamic imports, re-exports, require() and vi.mock(). */
export function moduleSpecifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]));
}

function reachesIntoShared(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(file), specifier);
  return target === SHARED || target.startsWith(SHARED + sep);
}

describe('npm workspaces', () => {
  it('declares shared/, grafana-panel/ and sheets-addon/ as workspaces, with @aligned/core as the core', () => {
    const root = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(root.workspaces).toEqual(['shared', 'grafana-panel', 'sheets-addon']);
    const core = JSON.parse(readFileSync(join(SHARED, 'package.json'), 'utf8'));
    expect(core).toMatchObject({ name: '@aligned/core', private: true });
    for (const frontEnd of FRONT_ENDS) {
      const pkg = JSON.parse(readFileSync(join(REPO, frontEnd, 'package.json'), 'utf8'));
      expect(pkg.dependencies?.['@aligned/core'], frontEnd).toBe(core.version);
    }
  });

  it('front-end files import the core by name, never by a relative path into shared/', () => {
    const offenders: string[] = [];
    let scanned = 0;
    for (const frontEnd of FRONT_ENDS) {
      for (const file of codeFiles(join(REPO, frontEnd))) {
        scanned++;
        for (const specifier of moduleSpecifiers(readFileSync(file, 'utf8'))) {
          if (reachesIntoShared(file, specifier)) offenders.push(`${relative(REPO, file)} imports "${specifier}"; expected '@aligned/core'`);
        }
      }
    }
    expect(scanned).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  it('catches a relative import into shared/, in each form', () => {
    const file = join(REPO, 'grafana-panel/src/data/x.ts');
    const sources = [
      "import { scoreKeyResult } from '../../../shared/src';",
      "export * from '../../../shared/src/index';",
      "const core = await import('../../../shared/src/cascade');",
      "const core = require('../../../shared');",
    ];
    for (const source of sources) {
      expect(moduleSpecifiers(source).some((s) => reachesIntoShared(file, s)), source).toBe(true);
    }
    expect(moduleSpecifiers("import { x } from '@aligned/core';").some((s) => reachesIntoShared(file, s))).toBe(false);
    expect(moduleSpecifiers("import { x } from '../shared/thing';").some((s) => reachesIntoShared(file, s))).toBe(false);
  });

  it('grafana-panel/package.json carries the plugin version that plugin.json is built with', () => {
    const panel = JSON.parse(readFileSync(join(REPO, 'grafana-panel/package.json'), 'utf8'));
    const plugin = JSON.parse(readFileSync(join(REPO, 'grafana-panel/src/plugin.json'), 'utf8'));
    expect(panel.version).toMatch(/^\d+\.\d+\.\d+$/);
    // plugin.json takes the version from package.json at build time (create-plugin's %VERSION% placeholder) ...
    expect(plugin.info.version).toBe('%VERSION%');
    // ... and the built one, when present, says the same.
    try {
      const built = JSON.parse(readFileSync(join(REPO, 'grafana-panel/dist/plugin.json'), 'utf8'));
      expect(built.info.version).toBe(panel.version);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  });
});
