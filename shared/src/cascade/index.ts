export { buildCascade, DEFAULT_MAX_DEPTH } from './build';
export { evaluateCascade } from './evaluate';
export { treeOrder } from './tree-order';
export { rollup, coverageOf } from './rollup';
export type { RollupOptions, RollupResult } from './rollup';
export { rollupColumns } from './rollup-columns';
export type { RollupColumnsOptions, RollupColumnsResult } from './rollup-columns';
export { rollupIndexed } from './rollup-indexed';
export type { RollupGraph, IndexedRollupOptions } from './rollup-indexed';
export { linkIds } from './link';
export type { LinkedIds, ParentIds } from './link';
export type {
  BuildOptions,
  Cascade,
  CascadeIndex,
  Coverage,
  EvaluateOptions,
  MissingPolicy,
  NodeEvaluation,
  NodeForecast,
  ProgressSource,
} from './types';
