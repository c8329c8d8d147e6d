import type { MissingPolicy } from './types';

/** The parts of a linked cascade the numeric rollup walks. */
export interface RollupGraph {
  readonly order: Int32Array;
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
}

export interface IndexedRollupOptions {
  cap?: number;
  missingAs?: MissingPolicy;
}

/**
 * The numeric hot path of rollups: every node's progress through the whole cascade, in
 * one pass over the reverse topological order. NaN means missing in and out.
 *
 * A node with children gets the weighted mean of its children's rolled-up progress, each
 * clamped to [0, cap]; a node without children keeps its own value as given. Weights that
 * are 0, negative or NaN leave the child out (callers report the invalid ones).
 */
export function rollupIndexed(
  graph: RollupGraph,
  own: ArrayLike<number>,
  weights: ArrayLike<number> | null,
  options: IndexedRollupOptions = {},
  out: Float64Array = new Float64Array(own.length),
): Float64Array {
  const cap = options.cap ?? 1;
  const zeroMissing = options.missingAs === 'zero';
  const { order, childStart, childList } = graph;
  out.fill(NaN);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const from = childStart[i];
    const to = childStart[i + 1];
    if (from === to) {
      out[i] = own[i];
      continue;
    }
    let weightSum = 0;
    let sum = 0;
    for (let m = from; m < to; m++) {
      const c = childList[m];
      const w = weights === null ? 1 : weights[c];
      if (!(w > 0)) continue;
      let p = out[c];
      if (p !== p) {
        if (!zeroMissing) continue;
        p = 0;
      } else if (p < 0) p = 0;
      else if (p > cap) p = cap;
      weightSum += w;
      sum += w * p;
    }
    out[i] = weightSum > 0 ? sum / weightSum : NaN;
  }
  return out;
}
