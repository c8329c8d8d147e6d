import * as builder from './builder';

/**
 * The rule builder, behind a promise so that it could move to its own chunk with a one-line
 * change (`import('./builder')`). Measured with `npm run bench -- panel-size`: as a chunk,
 * module.js grew (49.4 KB gzipped against 48.6 KB bundled), because webpack's chunk-loading
 * runtime costs more than the ~2 KB the builder takes; so it stays in module.js for now.
 */
export function loadBuilder(): Promise<typeof builder> {
  return Promise.resolve(builder);
}
