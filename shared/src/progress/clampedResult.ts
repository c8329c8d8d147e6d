import type { ProgressResult } from '../types';
import { explained } from '../i18n/english';
import { toMessage, type Message } from '../i18n/message';

/**
 * Wraps a raw linear progress into a result: clamps it to [0, cap] and says so.
 *
 * `raw` is kept unclamped for display ("125 %") and value rollups; `progress` is
 * what statuses and rollups use. Clamping is always announced in the reason and the
 * text, so nobody wonders why 125 % shows as 100 %.
 *
 * `formula` gives "(31 − 12) ÷ (43 − 12)", `note` an optional remark: catalogue
 * messages (or, from older callers, functions returning English). The English text is
 * built once, here, into a plain data property (results cross google.script.run and
 * postMessage, which drop getters), next to the message for other languages.
 */
export function clampedResult(
  raw: number,
  cap: number | null,
  formula: Message | (() => string),
  note: Message | (() => string) | null = null,
  met?: boolean,
): ProgressResult {
  if (raw - raw !== 0) {
    // Overflow: a span so small (1e-320) that the quotient is infinite; no meaningful percentage.
    return { raw: null, progress: null, reason: 'invalid', ...explained('progress.overflow', { formula: toMessage(formula) }) };
  }
  let reason: ProgressResult['reason'] = 'ok';
  let progress = raw;
  if (!(raw > 0)) {
    progress = 0;
    if (raw !== 0) reason = 'floored';
  } else if (cap !== null && raw > cap) {
    progress = cap;
    reason = 'capped';
  }
  const rawValue = raw === 0 ? 0 : raw; // no −0
  const said = { formula: toMessage(formula), note: note === null ? null : toMessage(note) };
  const { explain, i18n } =
    reason === 'floored'
      ? explained('progress.floored', { raw: rawValue, ...said })
      : reason === 'capped'
        ? explained('progress.capped', { progress, raw: rawValue, ...said })
        : explained('progress.ok', { progress, ...said });
  return met === undefined ? { raw: rawValue, progress, reason, explain, i18n } : { raw: rawValue, progress, reason, explain, met, i18n };
}
