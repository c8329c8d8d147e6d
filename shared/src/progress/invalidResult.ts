import { explained } from '../i18n/english';
import { msg, toMessage, type Message } from '../i18n/message';
import type { ProgressResult } from '../types';

/** A key result that cannot be scored as entered: no number, and a sentence saying what to fix. */
export function invalidResult(why: Message | string): ProgressResult {
  return { raw: null, progress: null, reason: 'invalid', ...explained('progress.invalid', { why: toMessage(why) }) };
}

/** A key result with no current value yet: `null`, never 0 % ("silence is never green", nor red). */
export function noDataResult(what: Message | string = msg('no_data.current', {})): ProgressResult {
  return { raw: null, progress: null, reason: 'no_data', ...explained('progress.no_data', { what: toMessage(what) }) };
}
