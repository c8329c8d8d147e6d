/**
 * The module loader Grafana uses for plugins: SystemJS with its AMD extra, because a
 * plugin's module.js is webpack output with `library.type: 'amd'`. Both files install
 * themselves on `window.System` when evaluated.
 */
import 'systemjs/dist/system.js';
import 'systemjs/dist/extras/amd.js';
