import type { ProgressResult } from '../types';
import { formatPercent } from '../values/formatPercent';

/**
 * Wraps a raw linear progress into a result: clamps it to [0, cap] and says so.
 *
 * `raw` is kept unclamped for display ("125 %") and value rollups; `progress` is
 * what statuses and rollups use. Clamping is always announced in the reason and the
 * text, so nobody wonders why 125 % shows as 100 %.
 *
 * `formula` gives "(31 − 12) ÷ (43 − 12)", `note` an optional remark. Both are
 * functions so that callers keep their wording next to their numbers; the text is
 * built once, here, into a plain data property (results cross google.script.run and
 * postMessage, which drop getters).
 */
export function clampedResult(
  raw: number,
  cap: number | null,
  formula: () => string,
  note: () => string = noNote,
  met?: boolean,
): ProgressResult {
  if (raw - raw !== 0) {
    // Overflow: a span so small (1e-320) that the quotient is infinite; no meaningful percentage.
    return {
      raw: null,
      progress: null,
      reason: 'invalid',
      explain: `Cannot score: ${formula()} has a span too small to divide by; set a baseline clearly different from the target.`,
    };
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
  const remark = note();
  const suffix = remark === '' ? '' : `; ${remark}`;
  const explain =
    reason === 'floored'
      ? `0 % (raw ${formatPercent(rawValue)} = ${formula()}, counted as 0 % because it went the wrong way${suffix})`
      : reason === 'capped'
        ? `${formatPercent(progress)} (capped; raw ${formatPercent(rawValue)} = ${formula()}${suffix})`
        : `${formatPercent(progress)} = ${formula()}${suffix}`;
  return met === undefined ? { raw: rawValue, progress, reason, explain } : { raw: rawValue, progress, reason, explain, met };
}

function noNote(): string {
  return '';
}
