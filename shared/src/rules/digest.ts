import type { Cascade, NodeEvaluation } from '../cascade/types';
import { STATUS_LABELS } from '../status/statusLabels';
import type { StatusCode } from '../types';
import { inEnglishFrom } from '../i18n/english';
import { msg, verbatim, type Message } from '../i18n/message';
import { EN_EVENTS } from './eventMessages';

export interface DigestBranch {
  /** From the root down: IDs and titles. */
  path: Array<{ id: string; title: string }>;
  progress: number | null;
  statusLabel: string;
  status: StatusCode;
  explain: string;
}

export interface CascadeDigest {
  /** Key results per status. */
  counts: Record<StatusCode, number>;
  roots: Array<{ id: string; title: string; progress: number | null; statusLabel: string; status: StatusCode }>;
  /** The branch with the lowest progress at every step, from a root to a leaf; null when nothing is scored. */
  weakest: DigestBranch | null;
  /** The digest as lines of text, ready for a mail. */
  lines: string[];
  /** The same lines as catalogue messages, for a mail in the reader's language (PlanContext.digestMessages). */
  lineMessages: Message[];
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
    return { id, title: title(id), progress: e?.progress ?? null, statusLabel: e?.status.label ?? STATUS_LABELS.no_data, status: e?.status.code ?? 'no_data' };
  });
  const weakest = weakestBranch(cascade, evaluations, title);
  const shown = ORDER.filter((code) => counts[code] > 0).map((code): [StatusCode, number] => [code, counts[code]]);
  const lineMessages = [
    shown.length > 0 ? msg('digest.counts', { counts: shown }) : msg('digest.none', {}),
    ...roots.map((r) => msg('digest.root', { id: r.id, title: r.title, progress: r.progress, status: r.status, label: r.statusLabel })),
  ];
  if (weakest !== null) {
    const said = evaluations.get(weakest.path[weakest.path.length - 1].id)?.status.i18n ?? verbatim(weakest.explain);
    lineMessages.push(msg('digest.weakest', { titles: weakest.path.map((p) => p.title), progress: weakest.progress, status: weakest.status, label: weakest.statusLabel, said }));
  }
  return { counts, roots, weakest, lines: lineMessages.map((m) => inEnglishFrom(EN_EVENTS, m)), lineMessages };
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
  return { path, progress: last.progress, statusLabel: last.status.label, status: last.status.code, explain: last.status.explain };
}
