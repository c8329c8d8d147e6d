import type { Field, LinkModel } from '@grafana/data';
import type { CascadeModel } from './cascadeModel';

/**
 * The Grafana data links of a node: those configured on the OKR table's fields (evaluated
 * for the node's row), then those of the live series feeding its Current (at its last sample).
 * Fields are only linkable after Grafana's field overrides ran (`field.getLinks`).
 */
export function nodeLinks(model: CascadeModel, id: string): LinkModel<Field>[] {
  const links: LinkModel<Field>[] = [];
  const row = model.frameRow.get(id);
  if (row !== undefined) {
    for (const field of model.okrFrame.fields) {
      if (field.getLinks && field.config.links?.length) {
        links.push(...field.getLinks({ valueRowIndex: row }));
      }
    }
  }
  const live = model.live.get(id);
  if (live?.field.getLinks && live.field.config.links?.length) {
    const last = Math.max(0, live.field.values.length - 1);
    links.push(...live.field.getLinks({ valueRowIndex: last }));
  }
  return dedupe(links);
}

function dedupe(links: LinkModel<Field>[]): LinkModel<Field>[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.title}\u0000${l.href}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
