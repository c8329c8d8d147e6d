import { STATUS_LABELS, conditionStatus, status, worstStatus, type StatusThresholds } from '../status/index';
import { beforeStartDay } from '../time/beforeStartDay';
import type { OkrNode, StatusCode } from '../types';
import type { NodeProgress } from './node-progress';
import type { NodeEvaluation } from './types';

export interface StatusContext {
  asOf: number;
  thresholds: StatusThresholds;
  worst: boolean;
  /** Zone of the period's days; default 'UTC'. */
  timeZone?: string;
}

type NodeStatus = NodeEvaluation['status'];

/**
 * The status of one node:
 * - 'worst' rollups take the worst status of the counted children;
 * - thresholds and ranges hold the line or not (no pace);
 * - a milestone is on track until its end day has passed undone (a milestone is 0 % until
 *   the day it is done, so the pace rule would call every open milestone off track);
 * - everything else follows the pace rule (progress against time elapsed).
 * An input that cannot be scored shows "No data" with the reason why.
 */
export function nodeStatus(
  node: OkrNode,
  progress: NodeProgress,
  expected: number | null,
  start: number | null,
  end: number | null,
  context: StatusContext,
): NodeStatus {
  const { result, source } = progress;
  const { asOf, timeZone } = context;
  const notStarted = beforeStartDay(start, asOf, timeZone);
  if (context.worst && source !== 'own' && progress.counted.length > 0) {
    const codes = progress.counted.map((child) => child.status.code);
    const code = worstStatus(codes);
    return { code, label: STATUS_LABELS[code], explain: `Worst status of ${codes.length} children: ${STATUS_LABELS[code]}.` };
  }
  if (result.progress === null && result.reason !== 'no_data') {
    // Nothing to score (tracked metric, invalid input, no weighted children, empty checklist): say why.
    if (notStarted) return plain('not_started', 'The period has not started yet.');
    return plain('no_data', result.explain);
  }
  if (source === 'own' && (node.kind === 'above' || node.kind === 'below' || node.kind === 'range')) {
    return strip(conditionStatus({ met: result.met ?? null, start, end, asOf, timeZone }));
  }
  if (source === 'own' && node.kind === 'milestone' && result.progress !== null && result.progress < 1) {
    if (notStarted) return plain('not_started', 'The period has not started yet.');
    if (end !== null && asOf > end) return plain('off_track', 'Not done, and the due date has passed.');
    return plain('on_track', end !== null ? `Not done yet; due ${new Date(end).toISOString().slice(0, 10)}.` : 'Not done yet.');
  }
  return strip(status({ progress: result.progress, expected, start, end, asOf, thresholds: context.thresholds, timeZone }));
}

function plain(code: StatusCode, explain: string): NodeStatus {
  return { code, label: STATUS_LABELS[code], explain };
}

function strip(s: { code: StatusCode; label: string; explain: string }): NodeStatus {
  return { code: s.code, label: s.label, explain: s.explain };
}
