import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations.
import config, { GRAFANA_SHARED_MODULES } from '../../grafana-panel/webpack.config.mjs';

// Node environment: esbuild-loader refuses to load under jsdom.
const ALLOWED = [
  'react', 'react-dom', 'react/jsx-runtime', 'react/jsx-dev-runtime', '@grafana/data', '@grafana/ui', '@grafana/runtime',
  '@emotion/css', '@emotion/react', 'emotion', 'lodash', 'jquery', 'moment', 'rxjs', 'rxjs/operators', 'd3', 'i18next',
  'react-redux', 'redux', 'react-router', 'react-router-dom', 'slate', 'slate-plain-serializer', 'prismjs', '@grafana/slate-react',
  'react-inlinesvg',
];

describe('webpack config', () => {
  it('declares exactly the Grafana shared modules as externals', () => {
    expect([...GRAFANA_SHARED_MODULES].sort()).toEqual([...ALLOWED].sort());
    expect(config.externals).toBe(GRAFANA_SHARED_MODULES);
  });

  it('emits AMD module.js for public/plugins/aligned-okr-panel/ with a source map', () => {
    expect(config.output.library.type).toBe('amd');
    expect(config.output.filename).toBe('[name].js');
    expect(config.output.publicPath).toBe('public/plugins/aligned-okr-panel/');
    expect(config.devtool).toBe('source-map');
    expect(config.mode).toBe('production');
    expect(Object.keys(config.entry)).toEqual(['module']);
  });
});
