import type { Cascade } from './types';

/**
 * The evaluated node IDs depth-first (each parent followed by its whole subtree, children
 * in input order): the order an indented tree or outline shows. Iterative, so deep
 * cascades cannot overflow the stack.
 */
export function treeOrder(cascade: Cascade): string[] {
  const { ids, childStart, childList, order, parent } = cascade.index;
  const out: string[] = [];
  const stack: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) if (parent[order[k]] === -1) stack.push(order[k]);
  while (stack.length > 0) {
    const i = stack.pop() as number;
    out.push(ids[i]);
    for (let m = childStart[i + 1] - 1; m >= childStart[i]; m--) stack.push(childList[m]);
  }
  return out;
}
