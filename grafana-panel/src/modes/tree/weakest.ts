import type { NodeEvaluation } from '@aligned/core';
import { isJudged, statusRank } from './statusRank';

/**
 * The weakest of some siblings: the worst judged status, then the lowest progress.
 * Siblings not yet judged (not started, no data, closed) cannot be "weakest".
 * `undefined` when fewer than two siblings are judged: one child is not a comparison.
 */
export function weakestOf(ids: readonly string[], evaluations: ReadonlyMap<string, NodeEvaluation>): string | undefined {
  let best: string | undefined;
  let judged = 0;
  for (const id of ids) {
    const e = evaluations.get(id);
    if (!e || !isJudged(e.status.code)) {
      continue;
    }
    judged++;
    if (best === undefined || isWeaker(e, evaluations.get(best)!)) {
      best = id;
    }
  }
  return judged >= 2 ? best : undefined;
}

function isWeaker(a: NodeEvaluation, b: NodeEvaluation): boolean {
  const rank = statusRank(a.status.code) - statusRank(b.status.code);
  if (rank !== 0) {
    return rank < 0;
  }
  return (a.progress ?? Infinity) < (b.progress ?? Infinity);
}

/**
 * The weakest branch: from the roots down, follow the weakest child at each level.
 * Returns the IDs on that path, top first (empty when nothing is judged).
 */
export function weakestPath(
  roots: readonly string[],
  childrenOf: (id: string) => readonly string[],
  evaluations: ReadonlyMap<string, NodeEvaluation>
): string[] {
  const path: string[] = [];
  let level = roots;
  // With one root, that root is on the path by definition; the comparison starts below it.
  let next = level.length === 1 && isJudged(evaluations.get(level[0])?.status.code) ? level[0] : weakestOf(level, evaluations);
  const seen = new Set<string>();
  while (next !== undefined && !seen.has(next)) {
    seen.add(next);
    path.push(next);
    level = childrenOf(next);
    next =
      level.length === 1 && isJudged(evaluations.get(level[0])?.status.code) ? level[0] : weakestOf(level, evaluations);
  }
  return path;
}
