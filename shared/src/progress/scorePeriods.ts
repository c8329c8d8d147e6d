import { explained } from '../i18n/english';
import { msg, toMessage, type Message } from '../i18n/message';
import type { ProgressResult } from '../types';
import { isMissing } from '../values/isMissing';
import { noDataResult } from './invalidResult';

/**
 * "Maintain" key results scored by periods: periods met ÷ periods elapsed
 * (ServiceNow, Profit.co, Perdoo's "0 of 12 weeks").
 *
 * Elapsed runs up to the latest period with an actual; an earlier period without
 * one counts as not met (nobody showed it was held), and there is no score at all
 * until the first actual. `isMet` is the kind's own test (above, below, in band).
 */
export function scorePeriods(
  history: readonly (number | null | undefined)[],
  isMet: (value: number) => boolean,
  condition: Message | string,
): ProgressResult {
  let latest = -1;
  for (let i = history.length - 1; i >= 0; i--) {
    if (!isMissing(history[i])) {
      latest = i;
      break;
    }
  }
  if (latest < 0) return noDataResult(msg('no_data.no_period_actual', {}));
  let metCount = 0;
  for (let i = 0; i <= latest; i++) {
    const value = history[i];
    if (!isMissing(value) && isMet(value as number)) metCount++;
  }
  const elapsed = latest + 1;
  const progress = metCount / elapsed;
  const gaps = history.slice(0, latest).filter(isMissing).length;
  return {
    raw: progress,
    progress,
    reason: 'ok',
    met: isMet(history[latest] as number),
    ...explained('progress.periods', { progress, met: metCount, elapsed, condition: toMessage(condition), gaps }),
  };
}
