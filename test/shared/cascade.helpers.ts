import type { OkrNode } from '@aligned/core/types';

/** A node with every field at its "missing" value, overridden by `fields`. */
export function node(id: string, parentId: string | null = null, fields: Partial<OkrNode> = {}): OkrNode {
  return {
    id,
    parentId,
    level: null,
    type: 'objective',
    title: id,
    owner: '',
    kind: null,
    unit: '',
    baseline: null,
    target: null,
    current: null,
    done: null,
    low: null,
    high: null,
    weight: 1,
    start: null,
    end: null,
    confidence: null,
    metric: '',
    checkIns: [],
    ...fields,
  };
}

/** A key result scored linearly from 0 to 100, so current = progress in percent. */
export function kr(id: string, parentId: string | null, current: number | null, fields: Partial<OkrNode> = {}): OkrNode {
  return node(id, parentId, { type: 'key_result', kind: 'increase', baseline: 0, target: 100, current, ...fields });
}
