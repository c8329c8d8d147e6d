/**
 * Turns the webpack bundle into something Apps Script can call.
 *
 * Webpack emits the add-on as one library assigned to a single global
 * (`var AlignedOKR = …`). Apps Script, though, only calls top-level `function`
 * declarations: custom functions, triggers, menu items and `google.script.run`
 * targets. This plugin writes one such declaration per function the entry exports,
 * each forwarding to the library:
 *
 *     /** …JSDoc copied from the TypeScript source… *\/
 *     function OKR_PROGRESS(current, target, baseline, kind, cap) {
 *       return AlignedOKR.OKR_PROGRESS(current, target, baseline, kind, cap);
 *     }
 *
 * The JSDoc and the parameter names come from the TypeScript source (see
 * readEntryExports.mjs) so that Sheets' autocomplete shows the real signature.
 * A file-level header (e.g. `/** @OnlyCurrentDoc *\/`) goes first.
 */
import { relative } from 'node:path';
import { readEntryExports } from './readEntryExports.mjs';

const PLUGIN = 'AppsScriptGlobalsPlugin';

/** A name Apps Script can call: an identifier that does not end in `_` (Apps Script's private marker). */
const PUBLIC_NAME = /^[A-Za-z$][\w$]*[A-Za-z0-9$]$|^[A-Za-z$]$/;

export class AppsScriptGlobalsPlugin {
  /**
   * @param {object} options
   * @param {string} options.entry      absolute path of the TypeScript entry whose exports become globals
   * @param {string} options.globalName the library's global variable (webpack `output.library.name`)
   * @param {string} [options.header]   text written first in every emitted .js file
   */
  constructor({ entry, globalName, header = '' }) {
    this.entry = entry;
    this.globalName = globalName;
    this.header = header;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    this.root = compiler.context;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          let stubs;
          try {
            stubs = this.renderStubs((message) => compilation.warnings.push(new WebpackError(`${PLUGIN}: ${message}`)));
          } catch (error) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${error.message}`));
            return;
          }
          for (const file of Object.keys(assets)) {
            if (!file.endsWith('.js')) continue;
            compilation.updateAsset(file, (old) => new sources.ConcatSource(this.header, stubs, old));
          }
        },
      );
    });
  }

  /** The top-level declarations, one per exported function, in the order the entry exports them. */
  renderStubs(warn) {
    const { functions, others } = readEntryExports(this.entry);
    for (const name of others) {
      warn(`"${name}" is exported from the entry but is not a function; Apps Script cannot call it, so no global is made.`);
    }
    const seen = new Set();
    const blocks = [];
    for (const fn of functions) {
      const where = relative(this.root ?? '.', fn.file);
      if (fn.name === this.globalName) {
        throw new Error(`"${fn.name}" (${where}) has the same name as the library global; rename the export.`);
      }
      if (!PUBLIC_NAME.test(fn.name)) {
        throw new Error(
          `"${fn.name}" (${where}) cannot be called by Apps Script: names ending in "_" are private there. Rename it.`,
        );
      }
      if (seen.has(fn.name)) throw new Error(`"${fn.name}" is exported twice; Apps Script globals must be unique.`);
      seen.add(fn.name);
      blocks.push(renderStub(fn, this.globalName));
    }
    return blocks.join('\n') + '\n';
  }
}

function renderStub(fn, globalName) {
  const params = fn.params.join(', ');
  const doc = fn.jsDoc ?? `/** Apps Script entry point; see ${fn.name} in the add-on source. */`;
  return `${doc}\nfunction ${fn.name}(${params}) {\n  return ${globalName}.${fn.name}(${params});\n}\n`;
}
