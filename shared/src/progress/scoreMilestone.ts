import { explained } from '../i18n/english';
import { msg } from '../i18n/message';
import type { ProgressResult } from '../types';
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
      return { raw: null, progress: null, reason: 'empty_checklist', ...explained('progress.empty_checklist', {}) };
    }
    let total = 0;
    let done = 0;
    let doneCount = 0;
    for (let i = 0; i < list.length; i++) {
      const w = list[i].weight ?? 1;
      if (isMissing(w) || w < 0) {
        return invalidResult(msg('invalid.step_weight', { step: i + 1, weight: w }));
      }
      total += w;
      if (list[i].done === true) {
        done += w;
        doneCount++;
      }
    }
    if (total === 0) {
      return { raw: null, progress: null, reason: 'no_weighted_children', ...explained('progress.zero_step_weights', {}) };
    }
    const progress = done / total;
    const equal = list.every((item) => (item.weight ?? 1) === (list[0].weight ?? 1));
    const said = explained('progress.checklist', { progress, equal, doneWeight: done, totalWeight: total, doneCount, count: list.length });
    return { raw: progress, progress, reason: 'ok', met: progress >= 1 - 1e-9, ...said };
  }
  let done = input.done;
  if (done === undefined || done === null) {
    if (isMissing(input.current)) return noDataResult(msg('no_data.done', {}));
    const needed = isMissing(input.target) ? 1 : (input.target as number);
    done = (input.current as number) >= needed;
  }
  return done
    ? { raw: 1, progress: 1, reason: 'met', met: true, ...explained('progress.done', {}) }
    : { raw: 0, progress: 0, reason: 'not_met', met: false, ...explained('progress.not_done', {}) };
}
