import { explainedBy } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { StatusCode } from '../types';
import { beforeStartDay } from '../time/beforeStartDay';
import { startOfNextDay } from '../time/startOfNextDay';
import { isMissing } from '../values/isMissing';
import { STATUS_LABELS } from './statusLabels';
import type { StatusResult } from './status';

export interface ConditionStatusInput {
  /** Whether the threshold or band holds now (`ProgressResult.met`); `null` when unknown. */
  met: boolean | null | undefined;
  start?: number | null;
  end?: number | null;
  asOf?: number | null;
  closed?: boolean;
  /** Zone of the start and end days: the period runs from the start of the start day to the end of the end day. Default 'UTC'. */
  timeZone?: string;
}

/**
 * Status of a threshold or range key result ("stay above 95 %").
 *
 * Such a key result has no pace: it either holds the line today or it does not. So
 * while the period is open, met ⇒ on track and not met ⇒ off track; after the end,
 * met ⇒ achieved. The same precedence as `status` applies first (closed, not
 * started, no data).
 */
export function conditionStatus(input: ConditionStatusInput): StatusResult {
  const result = (code: StatusCode, message: Message): StatusResult => {
    const { explain, i18n } = explainedBy(message);
    return { code, label: STATUS_LABELS[code], explain, ratio: null, i18n };
  };
  if (input.closed === true) return result('closed', msg('status.closed', {}));
  const asOf = input.asOf;
  if (beforeStartDay(input.start, asOf, input.timeZone)) {
    return result('not_started', msg('status.not_started', {}));
  }
  if (input.met === null || input.met === undefined) return result('no_data', msg('status.no_data', {}));
  const over =
    !isMissing(input.end) && !isMissing(asOf) && (asOf as number) >= startOfNextDay(input.end as number, input.timeZone);
  if (input.met) return over ? result('achieved', msg('status.condition_held', {})) : result('on_track', msg('status.condition_holds', {}));
  return result('off_track', over ? msg('status.condition_failed', {}) : msg('status.condition_fails', {}));
}
