import type { Problem } from '../types';
import { IdIndex } from './id-index';
import { cycleProblem, duplicateProblem, tooDeepProblem, unknownParentProblem, type RowRef } from './problems';

export const DEFAULT_MAX_DEPTH = 64;

// Values of `excluded[i]`. Declared here, next to the loops that test them, so that the
// loops read module constants rather than imported bindings (which some bundlers and
// loaders turn into getter calls, measurably slower over a million rows).
export const INCLUDED = 0;
export const EXCLUDED_DUPLICATE = 1;
export const EXCLUDED_CYCLE = 2;
export const EXCLUDED_TOO_DEEP = 3;

const UNVISITED = -2;

/** The parent ID of every row: an array, or a function of the row number. */
export type ParentIds = ArrayLike<string | null | undefined> | ((i: number) => string | null | undefined);

/** The graph part of a cascade, in index form (see `CascadeIndex`). */
export interface LinkedIds {
  parent: Int32Array;
  depth: Int32Array;
  order: Int32Array;
  rootCount: number;
  childStart: Int32Array;
  childList: Int32Array;
  excluded: Uint8Array;
  problems: Problem[];
}

/**
 * Links rows by ID and parent ID: finds duplicate IDs, unknown parents, cycles and chains
 * deeper than `maxDepth`, and orders the rows parents-first.
 *
 * Iterative and linear in the number of rows (a million rows must not overflow the stack):
 * each row is pushed on an explicit path stack once. `parentIds` is the parent ID of every
 * row, as an array (the fast form) or a function of the row. `refOf(i)` describes row i for
 * problem messages and is only called when there is a problem.
 */
export function linkIds(
  ids: readonly string[],
  parentIds: ParentIds,
  refOf: (i: number) => RowRef,
  maxDepth: number = DEFAULT_MAX_DEPTH,
): LinkedIds {
  const n = ids.length;
  const problems: Problem[] = [];
  const excluded = new Uint8Array(n);
  const parentIdOf = typeof parentIds === 'function' ? Array.from({ length: n }, (_, i) => parentIds(i)) : parentIds;

  // 1. IDs. The first row with an ID wins; later ones are left out and named in one problem.
  const index = new IdIndex(ids);
  let duplicates: Map<string, number[]> | null = null;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id === '') continue; // a row without an ID stands alone: nobody can name it as a parent
    const first = index.add(i);
    if (first !== i) {
      excluded[i] = EXCLUDED_DUPLICATE;
      duplicates ??= new Map();
      const list = duplicates.get(id);
      if (list) list.push(i);
      else duplicates.set(id, [first, i]);
    }
  }
  if (duplicates) {
    for (const [id, rows] of duplicates) problems.push(duplicateProblem(id, rows.map(refOf)));
  }

  // 2. Parents. An unknown parent makes the row a root, with a problem.
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (excluded[i] !== INCLUDED) continue;
    const parentId = parentIdOf[i];
    if (parentId === null || parentId === undefined || parentId === '') continue;
    const p = index.rowOf(parentId);
    if (p < 0) problems.push(unknownParentProblem(refOf(i)));
    else parent[i] = p;
  }

  // 3–4. The common case, a forest without loops or too-deep chains, needs no walk: a
  // breadth-first pass from the roots gives depth and order, and proves the case (every
  // row reached, none too deep). Otherwise the general path below finds what is wrong.
  const forest = orderForest(parent, excluded, maxDepth);
  if (forest !== null) return { parent, excluded, problems, ...forest };
  return linkGeneral(parent, excluded, problems, refOf, maxDepth);
}

type Ordered = Pick<LinkedIds, 'depth' | 'order' | 'rootCount' | 'childStart' | 'childList'>;

/**
 * Children (compressed rows, input order kept) and breadth-first order from the roots, for
 * rows linked by `parent` (−1 = root). Returns null when some included row is not reached
 * (it lies in or below a loop) or lies deeper than `maxDepth`.
 */
function orderForest(parent: Int32Array, excluded: Uint8Array, maxDepth: number): Ordered | null {
  const n = parent.length;
  if (maxDepth < 0) return null; // even roots are too deep
  const { childStart, childList, included } = childrenOf(parent, excluded);
  const depth = new Int32Array(n).fill(-1);
  const order = new Int32Array(included);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (excluded[i] === INCLUDED && parent[i] === -1) {
      depth[i] = 0;
      order[tail++] = i;
    }
  }
  const rootCount = tail;
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    const below = depth[v] + 1;
    if (below > maxDepth && childStart[v + 1] > childStart[v]) return null;
    for (let k = childStart[v], e = childStart[v + 1]; k < e; k++) {
      const c = childList[k];
      depth[c] = below;
      order[tail++] = c;
    }
  }
  return tail === included ? { depth, order, rootCount, childStart, childList } : null;
}

/** Children of every included row in compressed rows: `childList[childStart[i] .. childStart[i + 1])`. */
function childrenOf(parent: Int32Array, excluded: Uint8Array): { childStart: Int32Array; childList: Int32Array; included: number } {
  const n = parent.length;
  // Count children at their parent's slot, sum to each range's end, then fill every range
  // from its end backwards (rows in reverse, so input order is kept); each end has then
  // moved back to its range's start. No cursor array needed.
  const childStart = new Int32Array(n + 1);
  let included = 0;
  for (let i = 0; i < n; i++) {
    if (excluded[i] !== INCLUDED) continue;
    included++;
    const p = parent[i];
    if (p >= 0) childStart[p]++;
  }
  for (let i = 1; i < n; i++) childStart[i] += childStart[i - 1];
  const total = n > 0 ? childStart[n - 1] : 0;
  childStart[n] = total;
  const childList = new Int32Array(total);
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i];
    if (p >= 0 && excluded[i] === INCLUDED) childList[--childStart[p]] = i;
  }
  return { childStart, childList, included };
}

/**
 * The general path (loops, too-deep chains): walk up from every unvisited row until a row
 * of known depth, a root, or a row already on this walk (a loop); then unwind the walk
 * assigning depths. Exported for the equivalence tests of the fast path.
 */
export function linkGeneral(
  parent: Int32Array,
  excluded: Uint8Array,
  problems: Problem[],
  refOf: (i: number) => RowRef,
  maxDepth: number,
): LinkedIds {
  const n = parent.length;
  const depth = new Int32Array(n).fill(UNVISITED);
  const walkMark = new Int32Array(n);
  const positionOnWalk = new Int32Array(n);
  const path = new Int32Array(n);
  let tooDeep: number[] | null = null;
  for (let s = 0; s < n; s++) {
    if (excluded[s] !== INCLUDED || depth[s] !== UNVISITED) continue;
    const walk = s + 1;
    let length = 0;
    let base = -1;
    let v = s;
    for (;;) {
      if (v === -1 || excluded[v] === EXCLUDED_CYCLE) break; // a root, or below a loop: starts a new tree
      if (depth[v] !== UNVISITED) {
        base = depth[v];
        break;
      }
      if (walkMark[v] === walk) {
        // The loop is the part of the walk from v's first visit; what came before hangs below it.
        const from = positionOnWalk[v];
        const loop: number[] = [];
        for (let k = from; k < length; k++) {
          const c = path[k];
          excluded[c] = EXCLUDED_CYCLE;
          loop.push(c);
        }
        // Name the loop from its first row, whichever row the walk happened to enter it by.
        let first = 0;
        for (let k = 1; k < loop.length; k++) if (loop[k] < loop[first]) first = k;
        const rotated = loop.slice(first).concat(loop.slice(0, first));
        problems.push(cycleProblem(rotated.map(refOf)));
        length = from;
        break;
      }
      walkMark[v] = walk;
      positionOnWalk[v] = length;
      path[length++] = v;
      v = parent[v];
    }
    let d = base;
    for (let k = length - 1; k >= 0; k--) {
      const c = path[k];
      depth[c] = ++d;
      if (d > maxDepth) {
        excluded[c] = EXCLUDED_TOO_DEEP;
        (tooDeep ??= []).push(c);
      }
    }
  }
  if (tooDeep) problems.push(tooDeepProblem(tooDeep.map(refOf), maxDepth));

  // A parent in a loop leaves its children as roots; left-out rows have no depth.
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (p >= 0 && excluded[p] === EXCLUDED_CYCLE) parent[i] = -1;
    if (excluded[i] !== INCLUDED) {
      depth[i] = -1;
      parent[i] = -1;
    }
  }

  // 4. Children, then breadth-first order from the roots.
  const { childStart, childList, included } = childrenOf(parent, excluded);
  const order = new Int32Array(included);
  let tail = 0;
  for (let i = 0; i < n; i++) if (excluded[i] === INCLUDED && parent[i] === -1) order[tail++] = i;
  const rootCount = tail;
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    for (let k = childStart[v], e = childStart[v + 1]; k < e; k++) order[tail++] = childList[k];
  }

  return { parent, depth, order, rootCount, childStart, childList, excluded, problems };
}
