import type { NodeEvaluation, OkrNode } from '@aligned/core';
import { statusRank } from './statusRank';
import type { ChildOrder } from './treeOptions';

export interface OrderContext {
  evaluations: ReadonlyMap<string, NodeEvaluation>;
  byId: ReadonlyMap<string, OkrNode>;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Orders sibling IDs for display. Sorting is stable, so ties keep the source order
 * (the order of the rows in the query), which is what people wrote on purpose.
 */
export function orderIds(ids: readonly string[], order: ChildOrder, ctx: OrderContext): readonly string[] {
  if (order === 'source' || ids.length < 2) {
    return ids;
  }
  return [...ids].sort(comparator(order, ctx));
}

export function comparator(order: ChildOrder, ctx: OrderContext): (a: string, b: string) => number {
  const progress = (id: string) => ctx.evaluations.get(id)?.progress ?? null;
  const byProgressAsc = (a: string, b: string) => nullsLast(progress(a), progress(b));
  switch (order) {
    case 'worstFirst':
      return (a, b) =>
        statusRank(ctx.evaluations.get(a)?.status.code) - statusRank(ctx.evaluations.get(b)?.status.code) ||
        byProgressAsc(a, b);
    case 'progress':
      return byProgressAsc;
    case 'name':
      return (a, b) => collator.compare(ctx.byId.get(a)?.title || a, ctx.byId.get(b)?.title || b);
    default:
      return () => 0;
  }
}

/** Ascending, with missing values after every number (a missing progress is not the lowest). */
function nullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? 1 : -1;
  }
  return a - b;
}
