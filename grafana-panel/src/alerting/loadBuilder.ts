import type * as Builder from './builder';

/**
 * The rule builder (rule specs, the new-rule URL, the provisioning YAML) as a chunk of its own,
 * fetched from the plugin's public path the first time a person asks for a rule or an export:
 * module.js, which every dashboard with the panel loads, carries only the links. (While the
 * builder was module.js's only chunk, webpack's chunk-loading runtime cost more than the builder;
 * bullets and the tree are chunks now, so the runtime is there anyway.)
 */
export function loadBuilder(): Promise<typeof Builder> {
  return import(/* webpackChunkName: "alerting" */ './builder');
}
