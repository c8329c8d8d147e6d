import type { StatusCode } from '@aligned/core';

/**
 * Display order of statuses, worst first. This orders rows; it scores nothing.
 * "No data" sits after the known-bad ones and before the good ones: silence is never green.
 */
const RANK: Record<StatusCode, number> = {
  off_track: 0,
  at_risk: 1,
  no_data: 2,
  on_track: 3,
  achieved: 4,
  not_started: 5,
  closed: 6,
};

export function statusRank(code: StatusCode | undefined): number {
  return code === undefined ? 7 : RANK[code];
}

/** Statuses that say how a branch is doing (the others say nothing about its health yet). */
export function isJudged(code: StatusCode | undefined): boolean {
  return code === 'off_track' || code === 'at_risk' || code === 'on_track' || code === 'achieved';
}
