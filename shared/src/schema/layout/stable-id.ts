import type { NodeType } from '../../types';

const PREFIX: Record<NodeType, string> = { objective: 'O', key_result: 'KR', initiative: 'I', kpi: 'KPI' };

/**
 * An ID for a row that has none, made from its type and title only (never from its
 * position), so inserting or moving a row elsewhere leaves every other ID as it was and
 * check-ins logged against an ID keep finding their row: "KR-3f9k2a".
 */
export function stableId(type: NodeType | null, title: string): string {
  const text = title.toLowerCase().replace(/\s+/g, ' ').trim();
  // FNV-1a, 32 bits: short, fast, and the same in every JavaScript engine.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${type ? PREFIX[type] : 'G'}-${hash.toString(36).padStart(7, '0')}`;
}
