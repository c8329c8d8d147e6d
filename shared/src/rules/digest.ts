import type { Cascade, NodeEvaluation } from '../cascade/types';
import { STATUS_LABELS } from '../status/statusLabels';
import type { StatusCode } from '../types';
import { formatPercent } from '../values/formatPercent';

export interface DigestBranch {
  /** From the root down: IDs and titles. */
  path: Array<{ id: string; title: string }>;
  progress: number | null;
  statusLabel: string;
  explain: string;
}

export interface CascadeDigest {
  /** Key results per status. */
  counts: Record<StatusCode, number>;
  roots: Array<{ id: string; title: string; progress: number | null; statusLabel: string }>;
  /** The branch with the lowest progress at every step, from a root to a leaf; null when nothing is scored. */
  weakest: DigestBranch | null;
  /** The digest as lines of text, ready for a mail. */
  lines: string[];
}

const ORDER: readonly StatusCode[] = ['off_track', 'at_risk', 'on_track', 'achieved', 'no_data', 'not_started', 'closed'];

/**
 * A leadership summary of an evaluated cascade: how many key results stand where, each
 * root's progress, and the weakest branch (follow the lowest-progress child from the
 * weakest root down), every figure as the core computed it.
 */
export function cascadeDigest(cascade: Cascade, evaluations: ReadonlyMap<string, NodeEvaluation>): CascadeDigest {
  const counts = { off_track: 0, at_risk: 0, on_track: 0, achieved: 0, no_data: 0, not_started: 0, closed: 0 } as Record<StatusCode, number>;
  for (const node of cascade.nodes) {
    if (node.type !== 'key_result') continue;
    const e = evaluations.get(node.id);
    if (e !== undefined) counts[e.status.code]++;
  }
  const title = (id: string): string => cascade.byId.get(id)?.title ?? id;
  const roots = cascade.roots.map((id) => {
    const e = evaluations.get(id);
    return { id, title: title(id), progress: e?.progress ?? null, statusLabel: e?.status.label ?? STATUS_LABELS.no_data };
  });
  const weakest = weakestBranch(cascade, evaluations, title);
  const lines = [
    ORDER.filter((code) => counts[code] > 0)
      .map((code) => `${counts[code]} ${STATUS_LABELS[code].toLowerCase()}`)
      .join(', ') || 'No key results yet.',
    ...roots.map((r) => `${r.id} ${r.title}: ${formatPercent(r.progress)} (${r.statusLabel})`),
  ];
  if (weakest !== null) {
    lines.push(`Weakest branch: ${weakest.path.map((p) => p.title).join(' › ')}, ${formatPercent(weakest.progress)} (${weakest.statusLabel}). ${weakest.explain}`);
  }
  return { counts, roots, weakest, lines };
}

function weakestBranch(cascade: Cascade, evaluations: ReadonlyMap<string, NodeEvaluation>, title: (id: string) => string): DigestBranch | null {
  let candidates: readonly string[] = cascade.roots;
  const path: Array<{ id: string; title: string }> = [];
  let last: NodeEvaluation | null = null;
  for (;;) {
    let pick: NodeEvaluation | null = null;
    for (const id of candidates) {
      const e = evaluations.get(id);
      if (e !== undefined && e.progress !== null && (pick === null || e.progress < (pick.progress as number))) pick = e;
    }
    if (pick === null) break;
    path.push({ id: pick.id, title: title(pick.id) });
    last = pick;
    candidates = cascade.children.get(pick.id) ?? [];
  }
  if (last === null) return null;
  return { path, progress: last.progress, statusLabel: last.status.label, explain: last.status.explain };
}
