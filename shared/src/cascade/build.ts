import type { OkrNode, Problem } from '../types';
import { linkIds } from './link';
import { EXCLUDED_DUPLICATE, INCLUDED, type BuildOptions, type Cascade, type CascadeIndex } from './types';

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
  // One pass over the node objects (scattered in memory, so each visit is a cache miss on
  // large inputs): everything the later passes need goes into flat arrays.
  const ids: string[] = new Array(n);
  const parentIds: (string | null)[] = new Array(n);
  // Own periods go straight into the result arrays (NaN where absent); the pass below
  // fills in the inherited ones. Fewer and smaller typed arrays matter at a million rows:
  // their memory lies outside the JS heap, and allocating much of it in one call makes V8
  // mark the whole heap (every node object) before the call returns.
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const hasPeriod = new Uint8Array(n); // bit 1: own start, bit 2: own end
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    ids[i] = node.id;
    parentIds[i] = node.parentId;
    const s = node.start;
    const e = node.end;
    const ownStart = s !== null && s !== undefined;
    const ownEnd = e !== null && e !== undefined;
    start[i] = ownStart ? s : NaN;
    end[i] = ownEnd ? e : NaN;
    hasPeriod[i] = (ownStart ? 1 : 0) | (ownEnd ? 2 : 0);
  }
  const linked = linkIds(ids, parentIds, (i) => nodes[i], options.maxDepth);
  const { parent, order, excluded } = linked;

  // Period inheritance, parents first, each end of the period on its own. Rows left out of
  // the order (duplicates, loops, too deep) have no period.
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const p = parent[i];
    const own = hasPeriod[i];
    if (!(own & 1)) start[i] = p >= 0 ? start[p] : NaN;
    if (!(own & 2)) end[i] = p >= 0 ? end[p] : NaN;
  }
  if (order.length < n) {
    for (let i = 0; i < n; i++) {
      if (excluded[i] !== INCLUDED) {
        start[i] = NaN;
        end[i] = NaN;
      }
    }
  }

  const index: CascadeIndex = {
    ids,
    parent,
    depth: linked.depth,
    order,
    childStart: linked.childStart,
    childList: linked.childList,
    excluded,
    start,
    end,
  };
  return new BuiltCascade(nodes, linked.rootCount, linked.problems, index);
}

/**
 * The result of buildCascade. The string views (`order`, `roots`, `byId`, `children`) are
 * built on first use: large inputs go through the typed arrays of `index` and rarely need
 * them, and each costs a pass of scattered reads over a million strings.
 */
class BuiltCascade implements Cascade {
  private orderMemo: string[] | null = null;
  private rootsMemo: string[] | null = null;
  private byIdMemo: Map<string, OkrNode> | null = null;
  private childrenMemo: Map<string, string[]> | null = null;

  constructor(
    readonly nodes: readonly OkrNode[],
    private readonly rootCount: number,
    readonly problems: readonly Problem[],
    readonly index: CascadeIndex,
  ) {}

  get order(): readonly string[] {
    if (!this.orderMemo) {
      const { ids, order } = this.index;
      const list: string[] = new Array(order.length);
      for (let k = 0; k < order.length; k++) list[k] = ids[order[k]];
      this.orderMemo = list;
    }
    return this.orderMemo;
  }

  /** Roots come first in the breadth-first order. */
  get roots(): readonly string[] {
    this.rootsMemo ??= this.order.slice(0, this.rootCount);
    return this.rootsMemo;
  }

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
