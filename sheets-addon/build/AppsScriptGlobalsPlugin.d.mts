/** Types for AppsScriptGlobalsPlugin.mjs (plain ESM so that webpack.config.mjs can load it without a TypeScript loader). */
import type { Compiler } from 'webpack';

export class AppsScriptGlobalsPlugin {
  constructor(options: { entry: string; globalName: string; header?: string });
  apply(compiler: Compiler): void;
  /** The top-level declarations for every function the entry exports; `warn` receives non-fatal findings. */
  renderStubs(warn: (message: string) => void): string;
}
