import type { OkrNode } from '@aligned/core';
import type { CascadeModel } from '../tree/cascadeModel';
import { nodeLinks } from '../tree/nodeLinks';
import { valueFormatter } from '../../data/valueFormatter';
import type { BulletItem } from './bulletItem';
import { t } from '../../i18n/t';
import { coreText } from '../../i18n/coreText';

/** Key results and KPIs of the cascade, in cascade order, each as a bullet. */
export function bulletsFromCascade(model: CascadeModel): BulletItem[] {
  const { cascade, evaluations } = model;
  const items: BulletItem[] = [];
  const currentField = model.okrFrame.fields.find((f) => /^(current|actual|value)$/i.test(f.name.trim()));
  const withLinks = model.okrFrame.fields.some((f) => f.getLinks && f.config.links?.length);
  for (const id of cascade.order) {
    const node = cascade.byId.get(id);
    const e = evaluations.get(id);
    if (!node || !e || (node.type !== 'key_result' && node.type !== 'kpi')) {
      continue;
    }
    const live = model.live.get(id);
    const valueField = live?.field ?? currentField;
    items.push({
      id,
      title: node.title || node.id,
      owner: node.owner,
      objective: objectiveTitle(node, cascade.byId),
      kind: node.kind,
      unit: node.unit,
      // A unit set on the value's field in Grafana (Standard options › Unit) wins over the row's unit text.
      format: valueField?.config.unit ? valueFormatter(valueField, 'lastNotNull') : undefined,
      baseline: node.baseline,
      target: node.target,
      current: e.current ?? node.current,
      low: node.low,
      high: node.high,
      progress: e.progress,
      expected: e.expected,
      status: e.status,
      grade: e.grade,
      explain: [coreText().explain(e), coreText().explain(e.status), live ? t('bullets.current-from', 'Current from {{source}}.', { source: live.label, interpolation: { escapeValue: false } }) : '']
        .filter((t) => t && t.trim() !== '')
        .join(' · '),
      thresholds: valueField?.config.thresholds ?? null,
      fieldMin: typeof valueField?.config.min === 'number' ? valueField.config.min : null,
      fieldMax: typeof valueField?.config.max === 'number' ? valueField.config.max : null,
      links: withLinks || live?.field.getLinks ? () => nodeLinks(model, id) : undefined,
      order: items.length,
    });
  }
  return items;
}

/** The nearest objective above a key result (its parent, usually). */
function objectiveTitle(node: OkrNode, byId: ReadonlyMap<string, OkrNode>): string {
  const seen = new Set<string>();
  let parentId = node.parentId;
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) {
      return '';
    }
    if (parent.type === 'objective') {
      return parent.title || parent.id;
    }
    parentId = parent.parentId;
  }
  return '';
}
