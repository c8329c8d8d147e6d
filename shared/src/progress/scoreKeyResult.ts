import { explained } from '../i18n/english';
import { msg } from '../i18n/message';
import type { ProgressResult } from '../types';
import { isMissing } from '../values/isMissing';
import { inferDirection } from './inferDirection';
import { invalidResult } from './invalidResult';
import type { KeyResultInput } from './KeyResultInput';
import { resolveCap } from './resolveCap';
import { scoreLinear } from './scoreLinear';
import { scoreMilestone } from './scoreMilestone';
import { scoreRange } from './scoreRange';
import { scoreThreshold } from './scoreThreshold';

/**
 * Scores one key result of any kind: `{raw, progress, reason, explain, met}`.
 *
 * The single entry point front ends use for a row or a panel cell. It never returns
 * NaN and never turns a missing value into 0: missing current is `no_data`, inputs
 * that cannot be scored are `invalid` with a sentence saying what to fix, and a
 * tracked metric (no target by design) is `track` and stays out of rollups.
 */
export function scoreKeyResult(input: KeyResultInput): ProgressResult {
  const cap = resolveCap(input.cap);
  if (cap === undefined) {
    return invalidResult(msg('invalid.cap', { cap: String(input.cap) }));
  }
  const kind = input.kind ?? impliedKind(input);
  switch (kind) {
    case 'increase':
    case 'decrease':
      return scoreLinear(input.direction ?? kind, input.baseline, input.target, input.current, cap);
    case 'above':
    case 'below':
      return scoreThreshold({ ...input, kind }, cap);
    case 'range':
      return scoreRange(input, cap);
    case 'milestone':
      return scoreMilestone(input);
    case 'track':
      return { raw: null, progress: null, reason: 'track', ...explained('progress.track', {}) };
    default:
      return invalidResult(msg('invalid.kind', { kind: String(kind) }));
  }
}

/** A kind for rows that leave it empty: milestones say done, metrics have numbers. */
function impliedKind(input: KeyResultInput): KeyResultInput['kind'] {
  if (input.checklist !== undefined || (input.done !== undefined && input.done !== null)) return 'milestone';
  if (isMissing(input.target) && isMissing(input.baseline) && isMissing(input.low) && isMissing(input.high)) {
    return isMissing(input.current) ? 'increase' : 'track';
  }
  return input.direction ?? inferDirection(input.baseline, input.target);
}
