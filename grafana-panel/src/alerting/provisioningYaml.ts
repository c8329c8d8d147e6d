import type { AlertRuleSpec } from './ruleSpec';

export interface RuleGroupOptions {
  /** Folder title the rules are filed under (Grafana creates it). */
  folder: string;
  group: string;
  /** How often the group is evaluated, e.g. "10m". */
  interval: string;
  orgId?: number;
}

/**
 * The rules as Grafana's alert-rule file provisioning reads them (apiVersion 1, groups, rules
 * with data, condition, labels, annotations, for, noDataState, execErrState). Every string is
 * written double-quoted with JSON escapes, which YAML reads as the same text, so titles with
 * colons, quotes or line breaks cannot change the file's structure.
 */
export function provisioningYaml(specs: readonly AlertRuleSpec[], options: RuleGroupOptions): string {
  const titles = uniqueTitles(specs.map((s) => s.title));
  const file = {
    apiVersion: 1,
    groups: [
      {
        orgId: options.orgId ?? 1,
        name: options.group,
        folder: options.folder,
        interval: options.interval,
        rules: specs.map((s, i) => ({
          uid: s.uid,
          title: titles[i],
          condition: s.condition,
          data: s.queries,
          noDataState: s.noDataState,
          execErrState: s.execErrState,
          for: s.for,
          annotations: s.annotations,
          labels: s.labels,
          isPaused: false,
        })),
      },
    ],
  };
  return `# Aligned OKR alert rules, for Grafana's file provisioning (provisioning/alerting/).\n${yamlLines(file, '').join('\n')}\n`;
}

/** Grafana wants rule titles unique within a folder: a repeated one gets " (2)", " (3)"…. */
function uniqueTitles(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    return n === 1 ? title : `${title} (${n})`;
  });
}

function yamlLines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    const lines: string[] = [];
    for (const item of value) {
      const inner = isBlock(item) ? yamlLines(item, `${indent}  `) : [`${indent}  ${scalar(item)}`];
      lines.push(`${indent}- ${inner[0].slice(indent.length + 2)}`, ...inner.slice(1));
    }
    return lines;
  }
  const lines: string[] = [];
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return [`${indent}{}`];
  for (const [key, v] of entries) {
    const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
    if (isBlock(v) && !isEmpty(v)) lines.push(`${indent}${name}:`, ...yamlLines(v, `${indent}  `));
    else lines.push(`${indent}${name}: ${isBlock(v) ? (Array.isArray(v) ? '[]' : '{}') : scalar(v)}`);
  }
  return lines;
}

function isBlock(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0;
}

function scalar(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  // JSON escapes are YAML escapes; also escape what YAML 1.1 readers take for line breaks or a BOM.
  return JSON.stringify(String(value)).replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
