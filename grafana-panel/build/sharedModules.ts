/**
 * The modules Grafana's frontend shares with plugins through its SystemJS import map. A plugin must treat
 * each as external: a bundled copy would give it a second React or a second @grafana/data and break it.
 * The generated config (.config/bundler/externals.ts) lists most of them; webpack.config.ts adds the rest.
 * Tests read this list too.
 */
export const GRAFANA_SHARED_MODULES: readonly string[] = [
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
