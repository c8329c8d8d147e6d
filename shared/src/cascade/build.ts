import type { OkrNode, Problem } from '../types';
import { linkIds } from './link';
import { EXCLUDED_DUPLICATE, type BuildOptions, type Cascade, type CascadeIndex } from './types';

export { DEFAULT_MAX_DEPTH } from './link';

/**
 * Links nodes into a cascade: resolves parents, reports duplicate IDs, unknown parents,
 * cycles and chains deeper than `maxDepth` (default 64), orders the nodes parents-first,
 * and lets every node without a start or end inherit its parent's.
 *
 * Nodes in a cycle and later duplicates are left out of `order` (and so of evaluation);
 * everything else still works. Linear time, no recursion.
 */
export function buildCascade(nodes: readonly OkrNode[], options: BuildOptions = {}): Cascade {
  const n = nodes.length;
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) ids[i] = nodes[i].id;
  const linked = linkIds(ids, (i) => nodes[i].parentId, (i) => nodes[i], options.maxDepth);
  const { parent, order } = linked;

  // Period inheritance, parents first, each end of the period on its own.
  const start = new Float64Array(n).fill(NaN);
  const end = new Float64Array(n).fill(NaN);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const node = nodes[i];
    const p = parent[i];
    start[i] = node.start ?? (p >= 0 ? start[p] : NaN);
    end[i] = node.end ?? (p >= 0 ? end[p] : NaN);
  }

  const index: CascadeIndex = {
    ids,
    parent,
    depth: linked.depth,
    order,
    childStart: linked.childStart,
    childList: linked.childList,
    excluded: linked.excluded,
    start,
    end,
  };
  const orderIds: string[] = new Array(order.length);
  for (let k = 0; k < order.length; k++) orderIds[k] = ids[order[k]];
  return new BuiltCascade(nodes, orderIds.slice(0, linked.rootCount), orderIds, linked.problems, index);
}

/** The result of buildCascade; the two string maps are built on first use (large inputs rarely need them). */
class BuiltCascade implements Cascade {
  private byIdMemo: Map<string, OkrNode> | null = null;
  private childrenMemo: Map<string, string[]> | null = null;

  constructor(
    readonly nodes: readonly OkrNode[],
    readonly roots: readonly string[],
    readonly order: readonly string[],
    readonly problems: readonly Problem[],
    readonly index: CascadeIndex,
  ) {}

  get byId(): ReadonlyMap<string, OkrNode> {
    if (!this.byIdMemo) {
      const map = new Map<string, OkrNode>();
      this.nodes.forEach((node, i) => {
        if (this.index.excluded[i] !== EXCLUDED_DUPLICATE) map.set(node.id, node);
      });
      this.byIdMemo = map;
    }
    return this.byIdMemo;
  }

  get children(): ReadonlyMap<string, readonly string[]> {
    if (!this.childrenMemo) {
      const { ids, childStart, childList, order } = this.index;
      const map = new Map<string, string[]>();
      for (const i of order) {
        const from = childStart[i];
        const to = childStart[i + 1];
        if (to === from) continue;
        const list: string[] = new Array(to - from);
        for (let k = from; k < to; k++) list[k - from] = ids[childList[k]];
        map.set(ids[i], list);
      }
      this.childrenMemo = map;
    }
    return this.childrenMemo;
  }
}

/** Accepts either nodes or an already built cascade. */
export function asCascade(input: readonly OkrNode[] | Cascade, options: BuildOptions = {}): Cascade {
  return isCascade(input) ? input : buildCascade(input, options);
}

export function isCascade(input: unknown): input is Cascade {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && 'index' in input && 'order' in input;
}
