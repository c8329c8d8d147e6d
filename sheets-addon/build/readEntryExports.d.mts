/** Types for readEntryExports.mjs (plain ESM so that webpack.config.mjs can load it without a TypeScript loader). */
export interface ExportedFunction {
  name: string;
  params: string[];
  jsDoc: string | null;
  file: string;
}

export function readEntryExports(entryFile: string): { functions: ExportedFunction[]; others: string[] };
