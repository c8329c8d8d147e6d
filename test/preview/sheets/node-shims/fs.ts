/**
 * `node:fs` for the Apps Script double in the browser (webpack aliases it here for the double's
 * files only). The double reads the add-on's HTML files synchronously, as HtmlService does, so
 * the page fetches them first (preloadFiles) and readFileSync answers from memory.
 */
const files = new Map<string, string>();

export function preloadFiles(entries: Iterable<[path: string, text: string]>): void {
  for (const [path, text] of entries) files.set(path, text);
}

export function readFileSync(path: string, _encoding?: unknown): string {
  const text = files.get(String(path));
  if (text === undefined) {
    const error = new Error(`ENOENT: no such file, open '${String(path)}' (the preview loaded only ${[...files.keys()].join(', ') || 'no file'})`);
    (error as Error & { code: string }).code = 'ENOENT';
    throw error;
  }
  return text;
}
