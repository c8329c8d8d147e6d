/**
 * Builds the Sheets add-on into sheets-addon/dist/, the folder clasp pushes:
 *
 *   Code.js          the core, the custom functions and the commands as one library held by
 *                    the global `AlignedOKR`, preceded by a top-level `function` for every
 *                    export of src/Code.ts (with its JSDoc, for Sheets' autocomplete)
 *   *.html           the sidebars and dialogs from src/html/, copied as they are
 *   appsscript.json  the manifest
 *
 * Run with `npm run build:sheets` from the repository root. Apps Script has no modules, so
 * nothing of webpack's module syntax may reach the output: the library is a plain `var`.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import TerserPlugin from 'terser-webpack-plugin';
import webpack from 'webpack';
import { AppsScriptGlobalsPlugin } from './build/AppsScriptGlobalsPlugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const entry = resolve(here, 'src/Code.ts');

/**
 * ALIGNED_WITHOUT_RUSSIAN=1 builds the same add-on with its Russian texts left out (the core's
 * Russian catalogue, the add-on's, the sample's Russian words) into dist-without-russian/: the
 * baseline `npm run bench -- sheets-functions` compares Code.js with, to report what the
 * catalogues add. Never pushed anywhere.
 */
const withoutRussian = process.env.ALIGNED_WITHOUT_RUSSIAN ?? '';
/** Which to leave out: "1" all, or a list of core, addon, sample (the bench's breakdown). */
const leftOut = (part) => withoutRussian === '1' || withoutRussian.split(',').includes(part);
const RUSSIAN_MODULES = [
  ['core', /[\\/]shared[\\/]src[\\/]i18n[\\/]ru(\.ts)?$/, 'core-ru.ts'],
  ['addon', /[\\/]sheets-addon[\\/]src[\\/]i18n[\\/]ru(\.ts)?$/, 'addon-ru.ts'],
  ['sample', /[\\/]shared[\\/]src[\\/]demo[\\/]abc-words-ru(\.ts)?$/, 'abc-words-ru.ts'],
].filter(([part]) => leftOut(part));

/** The one global the bundle defines; the generated top-level functions forward to it. */
export const LIBRARY_GLOBAL = 'AlignedOKR';

export default {
  mode: 'production',
  context: here,
  entry,
  // Apps Script runs V8 with ES2019 and later syntax; no browser or Node globals.
  target: ['es2019'],
  devtool: false,
  output: {
    path: resolve(here, withoutRussian ? 'dist-without-russian' : 'dist'),
    filename: 'Code.js',
    library: { type: 'var', name: LIBRARY_GLOBAL },
    clean: true,
    iife: true,
    // One chunk, loaded by Apps Script itself: no chunk format, no chunk loading, no `self`/`window`.
    chunkFormat: false,
    chunkLoading: false,
    wasmLoading: false,
    workerChunkLoading: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'esbuild-loader',
        // UTF-8 output keeps Russian text as text: escaped as \uXXXX it would be three times larger.
        options: { loader: 'ts', target: 'es2019', charset: 'utf8' },
      },
      {
        // The core is pure by contract (no top-level side effects), so webpack may skip any core module
        // nothing here uses: the Apps Script bundle carries only what the add-on calls.
        test: /\.ts$/,
        include: [resolve(here, '../shared/src')],
        sideEffects: false,
      },
    ],
  },
  optimization: {
    // Minified, because Apps Script loads the whole file on every run (custom functions included)
    // and the message catalogues (English and Russian) must fit their size budget. Function and
    // class names are kept, so a stack trace in Apps Script's execution log still names real
    // functions. The top-level functions Apps Script calls, with their JSDoc (@customfunction for
    // autocomplete), are written after minification by AppsScriptGlobalsPlugin, so they are
    // exactly as before; the library global keeps its name (top-level names are not mangled).
    minimize: true,
    minimizer: [
      new TerserPlugin({
        extractComments: false,
        terserOptions: {
          ecma: 2019,
          compress: { passes: 2, ecma: 2019 },
          mangle: { toplevel: false },
          keep_fnames: true,
          keep_classnames: true,
          format: { comments: false, ecma: 2019 },
        },
      }),
    ],
    // Scope hoisting keeps the bundle small and the hot loops free of module indirection.
    concatenateModules: true,
  },
  performance: { hints: false },
  plugins: [
    ...(withoutRussian
      ? RUSSIAN_MODULES.map(
          ([, pattern, stub]) =>
            // Matched on the resolved file (the after-resolve stage), whatever the import's spelling.
            new webpack.NormalModuleReplacementPlugin(pattern, (resolved) => {
              if (resolved.createData?.resource) resolved.createData.resource = resolve(here, '../test/bench/without-russian', stub);
            }),
        )
      : []),
    new AppsScriptGlobalsPlugin({
      entry,
      globalName: LIBRARY_GLOBAL,
      header: '/** @OnlyCurrentDoc */\n// Aligned OKR add-on for Google Sheets. Generated by `npm run build:sheets`; edit sheets-addon/src.\n\n',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'appsscript.json', to: 'appsscript.json' },
        { from: 'src/html/*.html', to: '[name][ext]', noErrorOnMissing: true },
      ],
    }),
  ],
};
