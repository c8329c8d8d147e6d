import type { StatusCode } from '../types';

/** Worst first. Statuses that say nothing about health are not ranked. */
const RANK: Partial<Record<StatusCode, number>> = { off_track: 0, at_risk: 1, on_track: 2, achieved: 3 };

/**
 * The worst status among children, for an objective that reports "worst of its key
 * results" (Perdoo, ServiceNow).
 *
 * Not started, no data and closed children are ignored: a key result nobody has
 * reported on must not make a healthy objective look off track, nor a finished one
 * look achieved. With nothing ranked: 'not_started' when every child is not started,
 * 'closed' when every child is closed, otherwise 'no_data'.
 */
export function worstStatus(codes: readonly StatusCode[]): StatusCode {
  let worst: StatusCode | null = null;
  for (const code of codes) {
    const rank = RANK[code];
    if (rank !== undefined && (worst === null || rank < (RANK[worst] as number))) worst = code;
  }
  if (worst !== null) return worst;
  if (codes.length > 0 && codes.every((c) => c === 'not_started')) return 'not_started';
  if (codes.length > 0 && codes.every((c) => c === 'closed')) return 'closed';
  return 'no_data';
}
