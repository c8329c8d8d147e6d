/**
 * The catalog validator's checks that can run here, on the archive `npm run package:panel` writes:
 * the archive's shape, plugin.json against Grafana's plugin schema, the id, logos and screenshots,
 * LICENSE, CHANGELOG, grafanaDependency, versions, analytics hosts, SVGs, README links, the source map,
 * and the React 19 removals in the built code. `npm test` builds the panel first; this packs that build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyticsProblems,
  react19Problems,
  relativeLinkProblems,
  segmentsPerSource,
  svgProblems,
} from './checks';
import { PLUGIN_ID_PATTERN, pluginJsonProblems } from './pluginJsonRules';

const REPO = join(__dirname, '../../..');
const PANEL = join(REPO, 'grafana-panel');
const ID = 'aligned-okr-panel';
const VERSION = (JSON.parse(readFileSync(join(PANEL, 'package.json'), 'utf8')) as { version: string }).version;

let outDir: string;
let archivePath: string;
let files: Record<string, Uint8Array>;
const text = (name: string) => new TextDecoder().decode(files[`${ID}/${name}`]);
let plugin: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(() => {
  if (!existsSync(join(PANEL, 'dist', 'module.js'))) {
    execFileSync('npm', ['run', 'build:panel'], { cwd: REPO, stdio: 'pipe' });
  }
  outDir = mkdtempSync(join(tmpdir(), 'aligned-package-'));
  // The packer `npm run package:panel` runs once the panel is built.
  const printed = execFileSync(process.execPath, ['--import', 'tsx', join(PANEL, 'build/packagePlugin.ts'), '--out', outDir], { cwd: REPO, encoding: 'utf8' });
  expect(printed).toMatch(new RegExp(`${ID}-${VERSION.replaceAll('.', '\\.')}\\.zip: \\d+ files in ${ID}/`));
  archivePath = join(outDir, `${ID}-${VERSION}.zip`);
  files = unzipSync(readFileSync(archivePath));
  plugin = JSON.parse(text('plugin.json'));
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the plugin archive', () => {
  it('is aligned-okr-panel-<version>.zip with a single root folder named after the plugin id', () => {
    expect(basename(archivePath)).toBe(`${ID}-${VERSION}.zip`);
    const roots = new Set(Object.keys(files).map((name) => name.split('/')[0]));
    expect([...roots]).toEqual([ID]);
    expect(Object.keys(files)).not.toContain(`${ID}/dist/`);
    for (const name of ['module.js', 'module.js.map', 'plugin.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      expect(files[`${ID}/${name}`]?.length ?? 0, name).toBeGreaterThan(0);
    }
  });

  it('has a plugin.json that Grafana\'s plugin schema accepts', () => {
    expect(pluginJsonProblems(plugin)).toEqual([]);
    // The rules catch what they should: a wrong id, a missing field, an unknown one, a bad range.
    const broken = { ...plugin, id: 'Aligned_OKR', extra: true, info: { ...plugin.info, version: 'one' }, dependencies: { grafanaDependency: 'twelve' } };
    delete (broken as Record<string, unknown>).name;
    const problems = pluginJsonProblems(broken).join('\n');
    for (const field of ['id:', 'name:', 'extra:', 'info.version:', 'dependencies.grafanaDependency:']) expect(problems).toContain(field);
  });

  it('names the plugin org-name-panel, matching its type', () => {
    expect(plugin.id).toBe(ID);
    expect(plugin.id).toMatch(PLUGIN_ID_PATTERN);
    expect(plugin.id).toMatch(new RegExp(`^[a-z0-9]+-[a-z0-9]+-${plugin.type}$`));
    expect('aligned-panel-okr').not.toMatch(/^[a-z0-9]+-[a-z0-9]+-panel$/);
  });

  it('ships its logos and screenshots, each of an allowed image type', () => {
    const logos = [plugin.info.logos.small, plugin.info.logos.large] as string[];
    const screenshots = (plugin.info.screenshots as Array<{ path: string }>).map((s) => s.path);
    expect(screenshots.length).toBeGreaterThan(0);
    for (const path of logos) expect(path, path).toMatch(/\.(svg|png)$/);
    for (const path of [...logos, ...screenshots]) {
      const bytes = files[`${ID}/${path}`];
      expect(bytes, `${path} in the archive`).toBeDefined();
      expect(path).toMatch(/\.(svg|png|jpe?g|gif|webp)$/);
      if (path.endsWith('.png')) expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      if (path.endsWith('.svg')) expect(new TextDecoder().decode(bytes)).toMatch(/<svg[\s>]/);
    }
  });

  it('has SVGs that run no code', () => {
    const svgs = Object.keys(files).filter((name) => name.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const name of svgs) expect(svgProblems(name, new TextDecoder().decode(files[name]))).toEqual([]);
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>x()</script><a href="javascript:y()"/></svg>';
    expect(svgProblems('bad.svg', hostile)).toHaveLength(3);
  });

  it('carries an Apache-2.0 LICENSE (an allowed kind), the same as the repository\'s and package.json\'s', () => {
    const license = text('LICENSE');
    expect(license).toMatch(/Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    expect((JSON.parse(readFileSync(join(PANEL, 'package.json'), 'utf8')) as { license: string }).license).toBe('Apache-2.0');
  });

  it('carries a CHANGELOG with an entry for this version', () => {
    expect(text('CHANGELOG.md')).toMatch(new RegExp(`^##\\s+\\[?v?${VERSION.replaceAll('.', '\\.')}\\b`, 'm'));
  });

  it('declares a valid grafanaDependency range starting at Grafana 12.3', () => {
    const range = plugin.dependencies.grafanaDependency as string;
    expect(semver.validRange(range)).not.toBeNull();
    expect(semver.minVersion(range)?.version).toBe('12.3.0');
    expect(semver.satisfies('13.2.0', range)).toBe(true);
    expect(semver.satisfies('12.2.0', range)).toBe(false);
  });

  it('has the same version in plugin.json as in grafana-panel/package.json', () => {
    expect(plugin.info.version).toBe(VERSION);
    expect(plugin.info.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The source keeps the placeholder the build fills, so the version lives in one place.
    expect(JSON.parse(readFileSync(join(PANEL, 'src/plugin.json'), 'utf8')).info.version).toBe('%VERSION%');
  });

  it('sends nothing to analytics hosts', () => {
    expect(analyticsProblems('module.js', text('module.js'))).toEqual([]);
    expect(analyticsProblems('x.js', 'fetch("https://www.google-analytics.com/collect")')).toHaveLength(1);
  });

  it('has a README without relative links', () => {
    expect(relativeLinkProblems('README.md', text('README.md'))).toEqual([]);
    const sample = '[docs](docs/x.md) ![shot](img/a.png) [ok](https://grafana.com) [top](#top) <img src="./b.png">';
    expect(relativeLinkProblems('R.md', sample)).toHaveLength(3);
  });

  it('ships module.js.map, complete, with every source resolving to a file in the repository', () => {
    expect(text('module.js')).toMatch(/\/\/# sourceMappingURL=module\.js\.map\s*$/);
    const map = JSON.parse(text('module.js.map')) as { version: number; file: string; sources: string[]; sourcesContent: string[]; mappings: string };
    expect(map.version).toBe(3);
    expect(map.file).toBe('module.js');
    expect(map.sourcesContent).toHaveLength(map.sources.length);
    const segments = segmentsPerSource(map.mappings, map.sources.length);
    const prefix = `webpack://${ID}/`;
    let repositoryFiles = 0;
    map.sources.forEach((source, index) => {
      expect(source.startsWith(prefix), source).toBe(true);
      const path = source.slice(prefix.length);
      // webpack's own runtime and the external module stubs have no file.
      if (/^(webpack\/|external )/.test(path)) return;
      // The generated config's virtual public-path module: its code is in the map itself.
      if (path === 'node_modules/grafana-public-path.js') {
        expect(map.sourcesContent[index]).toContain('__webpack_public_path__');
        return;
      }
      const file = join(REPO, path);
      expect(existsSync(file), `${path} exists`).toBe(true);
      expect(map.sourcesContent[index], `${path} content`).toBe(readFileSync(file, 'utf8'));
      expect(segments[index], `${path} is mapped`).toBeGreaterThan(0);
      if (!path.startsWith('node_modules/')) repositoryFiles++;
    });
    expect(map.sources.some((s) => s === `${prefix}grafana-panel/src/module.ts`)).toBe(true);
    expect(map.sources.some((s) => s.startsWith(`${prefix}shared/src/`))).toBe(true);
    expect(repositoryFiles).toBeGreaterThan(50);
  });

  it('uses none of the APIs React 19 removed', () => {
    expect(react19Problems('module.js', text('module.js'))).toEqual([]);
    const removed = [
      'function A(){}A.defaultProps={a:1}',
      'B.propTypes={}',
      'C.contextTypes={}',
      'createElement("div",{ref:"box"})',
      'n.findDOMNode(this)',
      'ReactDOM.render(e,root)',
    ];
    for (const code of removed) expect(react19Problems('x.js', code), code).not.toEqual([]);
    expect(react19Problems('x.js', 'define(["react-dom"],(d)=>{d.render(a,b)})')).toHaveLength(1);
    expect(react19Problems('x.js', 'define(["react-dom"],(d)=>{d.createPortal(a,b)})')).toEqual([]);
  });
});
