/**
 * Builds the preview's host pages into test/preview/dist/ (served at /host/):
 *
 *   grafana.js  a stand-in for Grafana's frontend: SystemJS + the shared modules + the
 *               option registries, then loads grafana-panel/dist/module.js as Grafana does
 *               (also the page the browser bench drives)
 *   sheets.js   the spreadsheet-like page that calls the add-on's global functions
 *
 * None of the product is bundled here: the panel and the add-on are loaded from their
 * own dist/ folders at run time. Run through test/preview/buildHost.ts.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

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
      { test: /\.css$/, use: resolve(here, 'cssInjectLoader.cjs') },
      { test: /\.(svg|png|woff2?)$/, type: 'asset/inline' },
    ],
  },
  optimization: { minimize: false },
  cache: {
    type: 'filesystem',
    cacheDirectory: resolve(root, 'node_modules', '.cache', 'aligned-preview-host'),
    buildDependencies: { config: [fileURLToPath(import.meta.url)] },
  },
  performance: { hints: false },
  stats: 'errors-warnings',
};
