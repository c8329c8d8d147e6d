/**
 * Checks the plugin catalog's validator runs on a plugin archive, for the ones that can run here
 * (the validator itself downloads a binary). Each returns the problems it found, each naming the file,
 * what was expected and what was found; an empty list means the check passes.
 */
import { decodeVlqSegment } from '../../support/sourceMapVlq';

/** Hosts of analytics and tracking services; a catalog plugin must not send data to any of them. */
export const ANALYTICS_HOSTS = [
  'google-analytics.com',
  'googletagmanager.com',
  'analytics.google.com',
  'stats.g.doubleclick.net',
  'segment.io',
  'segment.com',
  'mixpanel.com',
  'amplitude.com',
  'heapanalytics.com',
  'hotjar.com',
  'fullstory.com',
  'plausible.io',
  'posthog.com',
  'clarity.ms',
  'matomo.cloud',
  'connect.facebook.net',
  'snowplowanalytics.com',
];

export function analyticsProblems(file: string, source: string): string[] {
  const lower = source.toLowerCase();
  return ANALYTICS_HOSTS.filter((host) => lower.includes(host)).map((host) => `${file}: mentions the analytics host ${host}; expected none`);
}

/** SVG images must not run code: no <script>, no event-handler attributes, no javascript: URLs, no foreignObject. */
export function svgProblems(file: string, svg: string): string[] {
  const problems: string[] = [];
  if (!/<svg[\s>]/i.test(svg)) problems.push(`${file}: expected an <svg> document, found ${JSON.stringify(svg.slice(0, 40))}`);
  if (/<script[\s>]/i.test(svg)) problems.push(`${file}: contains a <script> element`);
  const handler = /\son[a-z]+\s*=/i.exec(svg);
  if (handler) problems.push(`${file}: has an event-handler attribute (${handler[0].trim()})`);
  if (/javascript:/i.test(svg)) problems.push(`${file}: contains a javascript: URL`);
  if (/<foreignObject[\s>]/i.test(svg)) problems.push(`${file}: contains a <foreignObject> element`);
  return problems;
}

/** Links and images in a README shown on grafana.com must be absolute (the catalog page has no folder to resolve against). */
export function relativeLinkProblems(file: string, markdown: string): string[] {
  const targets = [
    ...[...markdown.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...markdown.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]),
    ...[...markdown.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]),
  ];
  return targets
    .filter((target) => !/^(https?:\/\/|mailto:|#)/i.test(target))
    .map((target) => `${file}: relative link "${target}"; expected an absolute https:// URL or an #anchor`);
}

/**
 * React 19 removed these (react.dev's React 19 upgrade guide): propTypes and defaultProps on function components,
 * legacy context, string refs, createFactory, findDOMNode, ReactDOM.render / hydrate / unmountComponentAtNode,
 * react-dom/test-utils and react-test-renderer/shallow. Scans built code, minified or not.
 */
export const REACT_19_REMOVALS: Array<{ name: string; pattern: RegExp }> = [
  { name: 'defaultProps', pattern: /\.defaultProps\s*=|\bdefaultProps\s*:/ },
  { name: 'propTypes', pattern: /\bpropTypes\b/ },
  { name: 'legacy context (contextTypes / childContextTypes / getChildContext)', pattern: /\b(contextTypes|childContextTypes|getChildContext)\b/ },
  { name: 'string ref', pattern: /\bref\s*:\s*["'][^"']*["']/ },
  { name: 'createFactory', pattern: /\bcreateFactory\b/ },
  { name: 'findDOMNode', pattern: /\bfindDOMNode\b/ },
  { name: 'unmountComponentAtNode', pattern: /\bunmountComponentAtNode\b/ },
  { name: 'react-dom/test-utils', pattern: /react-dom\/test-utils/ },
  { name: 'react-test-renderer/shallow', pattern: /react-test-renderer\/shallow/ },
];

export function react19Problems(file: string, source: string): string[] {
  const problems = REACT_19_REMOVALS.filter(({ pattern }) => pattern.test(source)).map(({ name }) => `${file}: uses ${name}, removed in React 19`);
  // ReactDOM.render / hydrate: calls on whatever name the AMD factory gives react-dom.
  const define = /define\((\[[^\]]*\])\s*,\s*(?:function\s*)?\(([^)]*)\)/.exec(source);
  if (define) {
    const deps = JSON.parse(define[1]) as string[];
    const params = define[2].split(',').map((p) => p.trim());
    const reactDom = params[deps.indexOf('react-dom')];
    if (deps.includes('react-dom') && reactDom && new RegExp(`\\b${reactDom}\\.(render|hydrate)\\(`).test(source)) {
      problems.push(`${file}: calls ReactDOM.render or ReactDOM.hydrate, removed in React 19 (use createRoot / hydrateRoot)`);
    }
  }
  if (/\bReactDOM\.(render|hydrate)\(/.test(source)) {
    problems.push(`${file}: calls ReactDOM.render or ReactDOM.hydrate, removed in React 19 (use createRoot / hydrateRoot)`);
  }
  return problems;
}

/** Decodes a source map's `mappings` and counts the segments that point into each source. */
export function segmentsPerSource(mappings: string, sourceCount: number): number[] {
  const counts = new Array<number>(sourceCount).fill(0);
  let source = 0;
  for (const line of mappings.split(';')) {
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = decodeVlqSegment(segment);
      if (values.length >= 4) {
        source += values[1];
        counts[source] = (counts[source] ?? 0) + 1;
      }
    }
  }
  return counts;
}
