import type { RollupMode } from '@aligned/core';
import type { AlignedOptions } from '../../types';
import { readChoice, readFlag, readInteger, readText } from './readOption';

/** How the children of a node are ordered in the tree. */
export type ChildOrder = 'source' | 'worstFirst' | 'progress' | 'name';

/** Options of the cascade tree mode, stored under `options.tree` in the dashboard JSON. */
export interface TreeOptions {
  /** refId of the query that returns the OKR rows; empty = the first frame with an ID column. */
  frame: string;
  /** Grafana reducer turning a live series (named in the Metric column) into the node's Current. */
  reducer: string;
  /** Levels open on first render: 2 opens the roots and their children, so three levels show. */
  expandDepth: number;
  childOrder: ChildOrder;
  highlightWeakest: boolean;
  rollupMode: RollupMode;
  showOwner: boolean;
  showScore: boolean;
}

export const TREE_DEFAULTS: TreeOptions = {
  frame: '',
  reducer: 'lastNotNull',
  expandDepth: 2,
  childOrder: 'source',
  highlightWeakest: true,
  rollupMode: 'weighted',
  showOwner: true,
  showScore: true,
};

export const CHILD_ORDERS: readonly ChildOrder[] = ['source', 'worstFirst', 'progress', 'name'];
export const ROLLUP_MODES: readonly RollupMode[] = ['weighted', 'sum', 'min', 'worst'];

/**
 * Reads `options.tree` defensively: the stored JSON may come from an older version or be
 * hand-edited, so every field falls back to its default instead of reaching the view as junk.
 */
export function readTreeOptions(options: AlignedOptions): TreeOptions {
  const raw = (options.tree ?? {}) as Record<string, unknown>;
  return {
    frame: readText(raw.frame, TREE_DEFAULTS.frame),
    reducer: readText(raw.reducer, TREE_DEFAULTS.reducer) || TREE_DEFAULTS.reducer,
    expandDepth: readInteger(raw.expandDepth, TREE_DEFAULTS.expandDepth, 0, 16),
    childOrder: readChoice(raw.childOrder, CHILD_ORDERS, TREE_DEFAULTS.childOrder),
    highlightWeakest: readFlag(raw.highlightWeakest, TREE_DEFAULTS.highlightWeakest),
    rollupMode: readChoice(raw.rollupMode, ROLLUP_MODES, TREE_DEFAULTS.rollupMode),
    showOwner: readFlag(raw.showOwner, TREE_DEFAULTS.showOwner),
    showScore: readFlag(raw.showScore, TREE_DEFAULTS.showScore),
  };
}
