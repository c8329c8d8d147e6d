/** One line of the flattened tree. */
export interface VisibleRow {
  id: string;
  depth: number;
  /** Parent's ID, for ArrowLeft ("go to parent"); null for roots. */
  parentId: string | null;
  childCount: number;
  expanded: boolean;
  /** 1-based position among its siblings and their count, for aria-posinset / aria-setsize. */
  position: number;
  setSize: number;
}

export interface FlattenInput {
  roots: readonly string[];
  /** Children in display order. */
  childrenOf: (id: string) => readonly string[];
  isExpanded: (id: string, depth: number) => boolean;
}

/**
 * Flattens the tree into the rows a reader sees, top to bottom: only the children of expanded
 * nodes are visited, so the cost follows what is on screen, not the size of the cascade.
 * Iterative (no recursion), so a deep cascade cannot overflow the stack.
 */
export function flattenVisible({ roots, childrenOf, isExpanded }: FlattenInput): VisibleRow[] {
  const rows: VisibleRow[] = [];
  // Stack of [ids, next index, depth, parent]; a frame per open level.
  const stack: Array<{ ids: readonly string[]; next: number; depth: number; parentId: string | null }> = [
    { ids: roots, next: 0, depth: 0, parentId: null },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.ids.length) {
      stack.pop();
      continue;
    }
    const position = top.next++;
    const id = top.ids[position];
    const children = childrenOf(id);
    const expanded = children.length > 0 && isExpanded(id, top.depth);
    rows.push({
      id,
      depth: top.depth,
      parentId: top.parentId,
      childCount: children.length,
      expanded,
      position: position + 1,
      setSize: top.ids.length,
    });
    if (expanded) {
      stack.push({ ids: children, next: 0, depth: top.depth + 1, parentId: id });
    }
  }
  return rows;
}

/** Whether a node is open: the user's choice when there is one, else the top `expandDepth` levels are open. */
export function expansionRule(
  overrides: ReadonlyMap<string, boolean>,
  expandDepth: number
): (id: string, depth: number) => boolean {
  return (id, depth) => overrides.get(id) ?? depth < expandDepth;
}

/** The slice of rows to render for a scroll position: a window plus some overscan either side. */
export function visibleWindow(
  rowCount: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 8
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(rowCount, first + count + overscan),
  };
}
