/**
 * Builds the preview's host pages into test/preview/dist/ (served at /host/):
 *
 *   grafana.js  a stand-in for Grafana's frontend: SystemJS + the shared modules + the
 *               option registries, then loads grafana-panel/dist/module.js as Grafana does
 *               (also the page the browser bench drives)
 *   sheets.js   the spreadsheet-like page: the project's Apps Script double
 *               (test/sheets-addon/double) bundled for the browser, under the add-on's
 *               Code.js, with its sheets, charts (Apache ECharts), menu and sidebars
 *
 * None of the product is bundled here: the panel and the add-on are loaded from their
 * own dist/ folders at run time. Run through test/preview/buildHost.ts.
 */
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const appsScriptDouble = resolve(root, 'test', 'sheets-addon', 'double');
const nodeShims = resolve(here, 'sheets', 'node-shims');

export default {
  // Production React (the bench measures it), but no minifier: the bundle is large and local.
  mode: 'production',
  context: here,
  target: 'web',
  devtool: false,
  entry: {
    grafana: './grafana-host/main.tsx',
    sheets: './sheets/main.ts',
  },
  output: {
    path: resolve(here, 'dist'),
    filename: '[name].js',
    chunkFilename: 'chunks/[name].[contenthash:8].js',
    publicPath: '/host/',
    clean: true,
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.mjs', '.js', '.jsx', '.json'],
  },
  module: {
    rules: [
      {
        // @grafana/* ship .mjs that import bare paths such as 'lodash/isEqual'.
        test: /\.m?js$/,
        resolve: { fullySpecified: false },
      },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        loader: 'esbuild-loader',
        options: {
          loader: 'tsx',
          target: 'es2020',
          jsx: 'transform',
          jsxFactory: 'React.createElement',
          jsxFragment: 'React.Fragment',
        },
      },
      {
        // The Apps Script double is written for Node (vitest); in the page its few Node needs
        // (reading the add-on's HTML, path joins, Buffer.byteLength) come from browser stand-ins.
        // (The node:fs and node:path imports are swapped by the plugin below.)
        test: /\.ts$/,
        include: appsScriptDouble,
        use: resolve(nodeShims, 'provideBufferLoader.cjs'),
      },
      { test: /\.css$/, use: resolve(here, 'cssInjectLoader.cjs') },
      { test: /\.(svg|png|woff2?)$/, type: 'asset/inline' },
    ],
  },
  plugins: [
    // Only for the double's own files: anything else importing node:fs still fails loudly.
    new webpack.NormalModuleReplacementPlugin(/^node:(fs|path)$/, (resource) => {
      const issuer = resource.contextInfo?.issuer ?? '';
      if (issuer.startsWith(appsScriptDouble + sep)) {
        resource.request = resolve(nodeShims, `${resource.request.slice('node:'.length)}.ts`);
      }
    }),
  ],
  optimization: { minimize: false },
  cache: {
    type: 'filesystem',
    cacheDirectory: resolve(root, 'node_modules', '.cache', 'aligned-preview-host'),
    buildDependencies: { config: [fileURLToPath(import.meta.url)] },
  },
  performance: { hints: false },
  stats: 'errors-warnings',
};
