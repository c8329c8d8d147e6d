/**
 * A webpack loader for the Apps Script double's files only: a file that uses Node's global
 * `Buffer` gets the browser stand-in (./buffer.ts) imported, so the page's other modules and
 * `window` never see a fake Buffer.
 */
const SHIM = `${__dirname}/buffer.ts`.replace(/\\/g, '/');

module.exports = function provideBuffer(source) {
  if (!/\bBuffer\./.test(source)) return source;
  return `import { Buffer } from ${JSON.stringify(SHIM)};\n${source}`;
};
