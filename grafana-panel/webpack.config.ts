/**
 * The Aligned OKR panel's build: the configuration `@grafana/create-plugin` generated in
 * .config/webpack/webpack.config.ts (never edited, so `npx @grafana/create-plugin update` keeps working),
 * extended only where this repository needs it. Run from grafana-panel/ (the generated config reads
 * package.json, src/plugin.json and .config/ from the working directory): `npm run build:panel` at the root.
 *
 * What is extended, and why:
 * - externals: every module Grafana's frontend shares with plugins (GRAFANA_SHARED_MODULES), a few more than
 *   the generated list, so a shared module is never bundled as a second copy;
 * - the workspace core: `@aligned/core` is an npm workspace (a symlink to ../shared) shipping TypeScript;
 *   webpack follows the symlink, so the generated TypeScript rule compiles it like the panel's own code;
 * - the compiler target and JSX: classic `React.createElement` (the bundle never asks for react/jsx-runtime,
 *   so it runs on React 18 and React 19 hosts alike) and ES2018 output, which Grafana 12.3's supported browsers run
 *   and which keeps module.js within its 50 KB gzipped budget (ES2015 would inline helpers for spread and async);
 * - source map paths: `webpack://aligned-okr-panel/grafana-panel/src/...` and `.../shared/src/...`, each the file's
 *   path from the repository root, so every source in module.js.map resolves to a file in the repository.
 */
import path from 'node:path';
import TerserPlugin from 'terser-webpack-plugin';
import type { Configuration, RuleSetRule } from 'webpack';
import grafanaConfig, { type Env } from './.config/webpack/webpack.config.ts';
import { GRAFANA_SHARED_MODULES } from './build/sharedModules.ts';

const REPOSITORY_ROOT = path.resolve(process.cwd(), '..');

/** swc options for the panel and the core: the generated parser settings, our target and classic JSX. */
const SWC_OPTIONS = {
  jsc: {
    target: 'es2018',
    loose: false,
    parser: { syntax: 'typescript', tsx: true, decorators: false, dynamicImport: true },
    transform: { react: { runtime: 'classic', pragma: 'React.createElement', pragmaFrag: 'React.Fragment' } },
  },
};

/**
 * The generated minifier's settings (keep the [create-plugin] banner comment, drop console.log/info) plus
 * what an ES2018, single-module bundle allows: several compress passes, top-level names mangled, ES2018 output.
 * Worth about 6 % of module.js gzipped, which keeps it within its 50 KB budget.
 */
const PANEL_MINIFIER = new TerserPlugin({
  terserOptions: {
    ecma: 2018,
    format: {
      comments: (_: unknown, { type, value }: { type: string; value: string }) =>
        type === 'comment2' && value.trim().startsWith('[create-plugin]'),
    },
    compress: { drop_console: ['log', 'info'], passes: 3, ecma: 2018, pure_getters: true, toplevel: true },
    mangle: { toplevel: true },
  },
});

type Externals = Array<string | RegExp | object>;

function isSwcRule(rule: unknown): boolean {
  const use = (rule as RuleSetRule | undefined)?.use as { loader?: string } | undefined;
  return use?.loader === 'swc-loader';
}

/** Is `request` already external in the generated list (a name, a pattern, or an alias map)? */
function coveredBy(externals: Externals, request: string): boolean {
  return externals.some((item) =>
    typeof item === 'string' ? item === request : item instanceof RegExp ? item.test(request) : false
  );
}

const config = async (env: Env): Promise<Configuration> => {
  const base = await grafanaConfig(env);
  const generatedExternals = (Array.isArray(base.externals) ? base.externals : []) as Externals;
  return {
    ...base,
    module: {
      ...base.module,
      // Same rule, same position (the generated config relies on the order of its rules), our options.
      rules: (base.module?.rules ?? []).map((rule) =>
        isSwcRule(rule) ? { ...(rule as RuleSetRule), use: { loader: 'swc-loader', options: SWC_OPTIONS } } : rule
      ),
    },
    externals: [
      ...generatedExternals,
      ...GRAFANA_SHARED_MODULES.filter((name) => !coveredBy(generatedExternals, name)),
    ] as Configuration['externals'],
    optimization: {
      ...base.optimization,
      minimizer: env.production ? [PANEL_MINIFIER] : base.optimization?.minimizer,
    },
    output: {
      ...base.output,
      devtoolModuleFilenameTemplate: (info: { absoluteResourcePath: string; resourcePath: string }) =>
        `webpack://aligned-okr-panel/${toRepositoryPath(info.absoluteResourcePath, info.resourcePath)}`,
    },
  };
};

/**
 * A module's path from the repository root (with `/`): panel and core files as they are in the repository,
 * bundled libraries as `node_modules/...` (where `npm ci` puts them), webpack's own modules by their name.
 */
function toRepositoryPath(absolutePath: string, resourcePath: string): string {
  const slashed = absolutePath.split(path.sep).join('/');
  const inPackage = slashed.lastIndexOf('node_modules/');
  if (inPackage >= 0) {
    return slashed.slice(inPackage);
  }
  if (!path.isAbsolute(absolutePath)) {
    return resourcePath.replace(/^\.\//, '');
  }
  return path.relative(REPOSITORY_ROOT, absolutePath).split(path.sep).join('/');
}

export default config;
