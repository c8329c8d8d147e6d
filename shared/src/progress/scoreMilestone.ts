import type { ProgressResult } from '../types';
import { formatNumber } from '../values/formatNumber';
import { formatPercent } from '../values/formatPercent';
import { isMissing } from '../values/isMissing';
import { invalidResult, noDataResult } from './invalidResult';
import type { KeyResultInput } from './KeyResultInput';

/**
 * Scores a milestone: done → 1, not done → 0 (no partial credit, as in ServiceNow),
 * or a checklist of steps: Σ w·done ÷ Σ w with equal weights by default.
 *
 * An empty checklist is `null` with reason `empty_checklist`, neither 0 % nor 100 %:
 * nothing has been planned yet. When `done` is unknown, a numeric current counts as
 * done once it reaches the target (or 1 when there is no target).
 */
export function scoreMilestone(input: KeyResultInput): ProgressResult {
  const list = input.checklist;
  if (list !== undefined && list !== null) {
    if (list.length === 0) {
      return { raw: null, progress: null, reason: 'empty_checklist', explain: 'No steps yet: add steps to the checklist to score it.' };
    }
    let total = 0;
    let done = 0;
    let doneCount = 0;
    for (let i = 0; i < list.length; i++) {
      const w = list[i].weight ?? 1;
      if (isMissing(w) || w < 0) {
        return invalidResult(`step ${i + 1} has weight ${formatNumber(w)}; weights must be 0 or more (default 1).`);
      }
      total += w;
      if (list[i].done === true) {
        done += w;
        doneCount++;
      }
    }
    if (total === 0) {
      return {
        raw: null,
        progress: null,
        reason: 'no_weighted_children',
        explain: 'Every step has weight 0: give at least one step a weight above 0.',
      };
    }
    const progress = done / total;
    const equal = list.every((item) => (item.weight ?? 1) === (list[0].weight ?? 1));
    const detail = equal
      ? `${doneCount} of ${list.length} steps done`
      : `weight ${formatNumber(done)} of ${formatNumber(total)} done (${doneCount} of ${list.length} steps)`;
    return { raw: progress, progress, reason: 'ok', met: progress >= 1 - 1e-9, explain: `${formatPercent(progress)} = ${detail}` };
  }
  let done = input.done;
  if (done === undefined || done === null) {
    if (isMissing(input.current)) return noDataResult('Done is empty');
    const needed = isMissing(input.target) ? 1 : (input.target as number);
    done = (input.current as number) >= needed;
  }
  return done
    ? { raw: 1, progress: 1, reason: 'met', met: true, explain: '100 %: done' }
    : { raw: 0, progress: 0, reason: 'not_met', met: false, explain: '0 %: not done yet' };
}
