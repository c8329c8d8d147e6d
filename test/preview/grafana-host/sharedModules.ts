/// <reference types="systemjs" />
/**
 * Grafana shares one instance of React, the @grafana packages and a few libraries with
 * every plugin. It registers each under a `package:` URL with `System.set` and maps the
 * bare specifier to it with an import map, so the AMD `define(['react', ...])` in a
 * plugin's module.js resolves to the host's copy. This file does the same for the
 * modules a panel plugin built by create-plugin marks as externals.
 *
 * Import this only after ./bootData: @grafana/runtime reads window.grafanaBootData
 * when it is evaluated.
 */
import './systemjs';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import * as grafanaData from '@grafana/data';
import * as grafanaUi from '@grafana/ui';
import * as grafanaRuntime from '@grafana/runtime';
import * as emotionCss from '@emotion/css';
import * as emotionReact from '@emotion/react';
import lodash from 'lodash';
import * as rxjs from 'rxjs';
import * as rxjsOperators from 'rxjs/operators';
import moment from 'moment';
import { hostI18n } from './i18n';

/**
 * CommonJS libraries that plugins import as a default (`import _ from 'lodash'`):
 * Grafana hands them over as `{ ...exports, default, __useDefault: true }`, and the AMD
 * extra passes `default` to the factory when `__useDefault` is set.
 */
function withUseDefault(value: object): Record<string, unknown> {
  return { ...value, default: value, __useDefault: true };
}

/** ES namespaces keep their named exports; `default` is there for default imports. */
function namespace(ns: object): Record<string, unknown> {
  return { ...ns, default: (ns as { default?: unknown }).default ?? ns };
}

export const SHARED_MODULES: Record<string, Record<string, unknown>> = {
  react: namespace(React),
  'react-dom': namespace(ReactDOM),
  'react-dom/client': namespace(ReactDOMClient),
  'react/jsx-runtime': namespace(jsxRuntime),
  'react/jsx-dev-runtime': namespace(jsxDevRuntime),
  '@grafana/data': namespace(grafanaData),
  '@grafana/ui': namespace(grafanaUi),
  '@grafana/runtime': namespace(grafanaRuntime),
  '@emotion/css': namespace(emotionCss),
  '@emotion/react': namespace(emotionReact),
  lodash: withUseDefault(lodash),
  rxjs: namespace(rxjs),
  'rxjs/operators': namespace(rxjsOperators),
  moment: withUseDefault(moment),
  // Grafana hands plugins its i18next instance itself (the live object: its language and resources).
  i18next: { default: hostI18n(), __useDefault: true },
};

let registered = false;

/** Registers every shared module once; the import map makes `react` resolve to `package:react`. */
export function registerSharedModules(): void {
  if (registered) {
    return;
  }
  const imports: Record<string, string> = {};
  for (const [name, module] of Object.entries(SHARED_MODULES)) {
    const url = `package:${name}`;
    System.set(url, module as System.Module);
    imports[name] = url;
  }
  System.addImportMap({ imports });
  registered = true;
}
