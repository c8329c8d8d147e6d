/**
 * Builds the Aligned OKR panel into grafana-panel/dist/ the way Grafana loads panel plugins:
 * one AMD module (`define([...shared modules], factory)`) fetched by SystemJS from
 * public/plugins/aligned-okr-panel/. Run with `npm run build:panel` from the repository root.
 *
 * Grafana hands every plugin a single shared copy of the modules listed in GRAFANA_SHARED_MODULES;
 * bundling any of them would give the plugin a second React or a second @grafana/data and break it.
 * Everything else (the Aligned core, @grafana/schema) is bundled.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, 'src');
const pluginJson = JSON.parse(readFileSync(resolve(src, 'plugin.json'), 'utf8'));
// The plugin's own package.json carries its version (kept equal to plugin.json's by a test).
const rootPackage = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8'));

/** The modules Grafana's frontend shares with plugins (its SystemJS import map). Tests read this list too. */
export const GRAFANA_SHARED_MODULES = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  '@grafana/data',
  '@grafana/ui',
  '@grafana/runtime',
  '@emotion/css',
  '@emotion/react',
  'emotion',
  'lodash',
  'jquery',
  'moment',
  'rxjs',
  'rxjs/operators',
  'd3',
  'i18next',
  'react-redux',
  'redux',
  'react-router',
  'react-router-dom',
  'slate',
  'slate-plain-serializer',
  'prismjs',
  '@grafana/slate-react',
  'react-inlinesvg',
];

const today = new Date().toISOString().slice(0, 10);

/** plugin.json and README carry %VERSION% / %TODAY% placeholders, filled at build time. */
function fillPlaceholders(content) {
  return content
    .toString()
    .replaceAll('%VERSION%', rootPackage.version)
    .replaceAll('%TODAY%', today)
    .replaceAll('%PLUGIN_ID%', pluginJson.id);
}

export default {
  mode: 'production',
  context: here,
  target: 'web',
  devtool: 'source-map',
  entry: { module: resolve(src, 'module.ts') },
  output: {
    path: resolve(here, 'dist'),
    filename: '[name].js',
    library: { type: 'amd' },
    publicPath: `public/plugins/${pluginJson.id}/`,
    uniqueName: pluginJson.id,
    clean: true,
    // Start the file with define([...]) itself, the shape SystemJS's AMD extra and the checks expect.
    iife: false,
  },
  externals: GRAFANA_SHARED_MODULES,
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
  },
  module: {
    rules: [
      {
        test: /\.[tj]sx?$/,
        exclude: /node_modules/,
        loader: 'esbuild-loader',
        options: {
          loader: 'tsx',
          target: 'es2018',
          // Classic runtime: React.createElement, so the bundle never asks for react/jsx-runtime
          // and runs on Grafana 12.3 (React 18) and 13.2+ (React 19) alike.
          jsx: 'transform',
          jsxFactory: 'React.createElement',
          jsxFragment: 'React.Fragment',
        },
      },
    ],
  },
  optimization: {
    // format 'esm' stops the minifier wrapping define() in an IIFE; the file has no imports or exports of its own.
    minimizer: [new EsbuildPlugin({ target: 'es2018', legalComments: 'none', format: 'esm' })],
  },
  performance: {
    // The budget is enforced by test/grafana-panel/build.test.ts and the size bench (100 KB gzipped).
    hints: false,
  },
  plugins: [
    new CopyWebpackPlugin({
      patterns: [
        { from: resolve(src, 'plugin.json'), to: '.', transform: fillPlaceholders },
        { from: resolve(here, 'README.md'), to: '.', transform: fillPlaceholders },
        { from: resolve(here, 'CHANGELOG.md'), to: '.' },
        { from: resolve(here, 'LICENSE'), to: '.' },
        { from: resolve(src, 'img'), to: 'img' },
      ],
    }),
  ],
};
