/**
 * ESLint rules for what Grafana's plugin reviewers look for in a panel's code, beyond what the validator's
 * own lint catches: global CSS, properties assigned on `window`, `dangerouslySetInnerHTML`, browser storage
 * keys that do not start with the plugin id, and hard-coded sizes where the theme has spacing and typography.
 * Used by eslint.config.mjs for grafana-panel/src; test/grafana-panel/catalog/reviewRules.test.ts shows each rule
 * catching what it should.
 */

const STYLE_SIZE_KEYS =
  '^(fontSize|padding|paddingTop|paddingRight|paddingBottom|paddingLeft|paddingInline|paddingBlock|margin|marginTop|marginRight|marginBottom|marginLeft|marginInline|marginBlock|gap|rowGap|columnGap|borderRadius)$';
// A number other than 0, or a px length (or a list of them), written out in the code.
const HARD_CODED_SIZE = "/^['\"`]?-?([1-9][0-9]*|[0-9]*\\.[0-9]+)(px)?(\\s+-?[0-9.]+(px)?)*['\"`]?$/";

/** @param {string} pluginId */
export function pluginReviewRules(pluginId) {
  const prefix = `/^${pluginId.replaceAll('-', '\\-')}[.:/-]/`;
  const storageCall =
    "CallExpression[callee.property.name=/^(getItem|setItem|removeItem)$/]:matches([callee.object.name=/^(localStorage|sessionStorage)$/], [callee.object.property.name=/^(localStorage|sessionStorage)$/])";
  const grafanaStoreCall = "CallExpression[callee.object.name='store'][callee.property.name=/^(get|set|getBool|getObject|setObject|exists|delete)$/]";
  const storageMessage = `Browser storage keys must start with the plugin id ("${pluginId}."), so they never collide with Grafana's or another plugin's.`;
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: '@emotion/css', importNames: ['injectGlobal'], message: 'Global CSS leaks into all of Grafana: scope styles with css() and the theme.' },
          { name: '@emotion/react', importNames: ['Global'], message: 'Global CSS leaks into all of Grafana: scope styles with css() and the theme.' },
        ],
        patterns: [{ group: ['*.css', '*.scss', '*.sass', '*.less'], message: 'Stylesheet imports are global CSS: use css() from @emotion/css with the theme.' }],
      },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "AssignmentExpression > MemberExpression.left[object.name=/^(window|globalThis|self)$/]",
        message: 'Do not assign properties on window: they are shared with Grafana and every other plugin.',
      },
      {
        selector: "CallExpression[callee.object.name='Object'][callee.property.name=/^(assign|defineProperty|defineProperties)$/][arguments.0.name=/^(window|globalThis|self)$/]",
        message: 'Do not assign properties on window: they are shared with Grafana and every other plugin.',
      },
      { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user text as text, never as HTML (dangerouslySetInnerHTML).' },
      { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Render user text as text, never as HTML (dangerouslySetInnerHTML).' },
      { selector: `${storageCall}[arguments.0.type='Literal']:not([arguments.0.value=${prefix}])`, message: storageMessage },
      { selector: `${storageCall}[arguments.0.type='TemplateLiteral']:not([arguments.0.quasis.0.value.raw=${prefix}])`, message: storageMessage },
      { selector: `${grafanaStoreCall}[arguments.0.type='Literal']:not([arguments.0.value=${prefix}])`, message: storageMessage },
      {
        selector: `Property[key.name=/${STYLE_SIZE_KEYS}/][value.type='Literal'][value.raw=${HARD_CODED_SIZE}]`,
        message: "Hard-coded size: use the theme (theme.spacing(n), theme.typography.*, theme.shape.radius.*) so the panel follows Grafana's density and font settings.",
      },
    ],
  };
}
