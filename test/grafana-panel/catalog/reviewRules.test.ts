/**
 * The lint rules for what Grafana's plugin reviewers look for (grafana-panel/build/reviewRules.mjs) and
 * @grafana/eslint-plugin-plugins' import-is-compatible, each shown catching what it should and passing
 * what it should, and both switched on for grafana-panel/src by eslint.config.mjs.
 */
import { join } from 'node:path';
// @ts-expect-error: the ESLint plugin ships no type declarations.
import grafanaPlugins from '@grafana/eslint-plugin-plugins';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build helpers without type declarations.
import { ensureGrafanaTypesCache } from '../../../grafana-panel/build/grafanaTypesCache.mjs';
// @ts-expect-error: plain .mjs build helpers without type declarations.
import { pluginReviewRules } from '../../../grafana-panel/build/reviewRules.mjs';

const REPO = join(__dirname, '../../..');
const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.tsx'],
    languageOptions: { parser: tseslint.parser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: pluginReviewRules('aligned-okr-panel'),
  },
];
const problems = (code: string) => linter.verify(code, config, 'panel.tsx').map((m) => m.message);

describe("the reviewers' rules", () => {
  it.each([
    ["import { injectGlobal } from '@emotion/css';", /Global CSS/],
    ["import { Global } from '@emotion/react';", /Global CSS/],
    ["import './panel.css';", /Stylesheet imports/],
    ['window.alignedState = {};', /on window/],
    ['globalThis.x = 1;', /on window/],
    ['Object.assign(window, { x: 1 });', /on window/],
    ['const a = <div dangerouslySetInnerHTML={{ __html: text }} />;', /never as HTML/],
    ['React.createElement("div", { dangerouslySetInnerHTML: { __html: text } });', /never as HTML/],
    ["localStorage.setItem('collapsed', '1');", /plugin id/],
    ["window.localStorage.getItem('collapsed');", /plugin id/],
    ['sessionStorage.setItem(`collapsed-${id}`, "1");', /plugin id/],
    ["store.set('collapsed', true);", /plugin id/],
    ['const s = css({ padding: 8 });', /Hard-coded size/],
    ["const s = css({ fontSize: '12px' });", /Hard-coded size/],
    ["const s = css({ margin: '4px 8px' });", /Hard-coded size/],
  ])('flags %s', (code, message) => {
    expect(problems(code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    "import { css, cx } from '@emotion/css';",
    'const w = window.innerWidth;',
    'const a = <div>{text}</div>;',
    "localStorage.setItem('aligned-okr-panel.collapsed', '1');",
    'localStorage.getItem(`aligned-okr-panel:${id}`);',
    "store.get('aligned-okr-panel.mode');",
    'const s = css({ padding: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize, margin: 0, width: 10 });',
    "const s = css({ maxWidth: '40%', borderRadius: '50%' });",
  ])('passes %s', (code) => {
    expect(problems(code)).toEqual([]);
  });
});

describe('@grafana/eslint-plugin-plugins import-is-compatible', () => {
  beforeAll(() => {
    ensureGrafanaTypesCache('12.3.0');
  }, 180_000);

  it('reports an @grafana/* import that Grafana 12.3 does not export, and passes one it does', () => {
    const compatConfig: Linter.Config[] = [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tseslint.parser as Linter.Parser },
        plugins: { '@grafana/plugins': grafanaPlugins },
        rules: { '@grafana/plugins/import-is-compatible': ['error', { minGrafanaVersion: '12.3.0' }] },
      },
    ];
    const missing = linter.verify("import { PanelPlugin, notAnExportOfGrafana } from '@grafana/data';", compatConfig, 'm.tsx');
    expect(missing.map((m) => m.message)).toEqual([expect.stringContaining('"notAnExportOfGrafana" is not available')]);
    expect(linter.verify("import { PanelPlugin } from '@grafana/data'; import { useTheme2 } from '@grafana/ui';", compatConfig, 'm.tsx')).toEqual([]);
  }, 300_000);

  it('eslint.config.mjs switches both on for the panel source, against plugin.json\'s minimum Grafana', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const applied = await eslint.calculateConfigForFile(join(REPO, 'grafana-panel/src/module.ts'));
    expect(applied.rules['@grafana/plugins/import-is-compatible']).toEqual([2, { minGrafanaVersion: '12.3.0' }]);
    expect(JSON.stringify(applied.rules['no-restricted-syntax'])).toContain('dangerouslySetInnerHTML');
    expect(JSON.stringify(applied.rules['no-restricted-imports'])).toContain('injectGlobal');
  }, 180_000);

  it('finds no error in the panel source: every @grafana/* import exists in Grafana 12.3, every reviewer rule holds', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const results = await eslint.lintFiles(['grafana-panel/src/**/*.{ts,tsx}']);
    expect(results.length).toBeGreaterThan(50);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(errors).toEqual([]);
  }, 600_000);
});
