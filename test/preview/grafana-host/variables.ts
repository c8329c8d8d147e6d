/**
 * Dashboard variables, interpolated as Grafana's template service does for the common
 * forms: `$name`, `${name}`, `${name:format}` and `[[name]]`. Scoped variables win over
 * dashboard ones. Unknown names are left as written, as Grafana leaves them.
 */
import type { InterpolateFunction, ScopedVars } from '@grafana/data';

const VARIABLE = /\$(\w+)|\$\{(\w+)(?::[^}]*)?\}|\[\[(\w+)(?::[^\]]*)?\]\]/g;

export function makeReplaceVariables(variables: Record<string, string>): InterpolateFunction {
  return (value: string, scopedVars?: ScopedVars) => {
    if (typeof value !== 'string') {
      return value;
    }
    return value.replace(VARIABLE, (match, plain?: string, braced?: string, bracketed?: string) => {
      const name = plain ?? braced ?? bracketed ?? '';
      const scoped = scopedVars?.[name];
      if (scoped !== undefined) {
        return String(scoped.value ?? scoped.text ?? '');
      }
      return Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : match;
    });
  };
}
