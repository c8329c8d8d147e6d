import { explainedBy } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import { beforeStartDay } from '../time/beforeStartDay';
import type { StatusCode } from '../types';
import { isMissing } from '../values/isMissing';
import { ValueError } from '../values/ValueError';
import { STATUS_LABELS } from './statusLabels';
import { DEFAULT_THRESHOLDS, STATUS_PRESETS } from './thresholds';
import type { StatusThresholds } from './thresholds';

export interface StatusInput {
  /** Clamped progress (0..cap), `null` when there is no data. */
  progress: number | null | undefined;
  /** Expected progress from `expectedProgress`; `null` when the period is unknown (then judged on progress alone). */
  expected: number | null | undefined;
  start?: number | null;
  end?: number | null;
  asOf?: number | null;
  /** The key result or objective was closed by its owner (achieved, missed, dropped). */
  closed?: boolean;
  /** Zone of the start day: the period starts at the beginning of that day. Default 'UTC'. */
  timeZone?: string;
  /** Custom thresholds or the name of a preset ('mooncamp', 'upraise', 'viva', …). */
  thresholds?: StatusThresholds | string;
}

export interface StatusResult {
  code: StatusCode;
  label: string;
  explain: string;
  /** The sentence as a catalogue message, to render in another language: `explain(result, 'ru')`. */
  i18n?: Message;
  /** progress ÷ expected, or `null` when it does not apply (no data, nothing expected yet). */
  ratio: number | null;
}

/** Progress this close to 1 is done: float sums such as 0.1 + 0.2 + 0.7 must not read as 99.99 %. */
const DONE = 1 - 1e-9;
/**
 * Boundary ties count as the better status, whatever floating-point noise says: 0.7 − 0.5 is
 * 0.19999999999999996 and 0.45 − 0.2 is 0.25000000000000006, yet both are exactly the
 * threshold a person set. The ratio and the gap methods use the same tolerance.
 */
const TIE = 1e-12;

/**
 * The status of a key result or objective. First match wins: closed, not started,
 * no data, achieved, then pace.
 *
 * Pace compares progress with the share of the period gone (r = p ÷ e): on track at
 * r ≥ 0.9 or when at most 5 points behind, at risk at r ≥ 0.7, else off track
 * (configurable, with presets of other tools). "No data" is its own status because
 * silence is never green, and never red either.
 */
export function status(input: StatusInput): StatusResult {
  const { code, ratio, message } = judge(input);
  const { explain, i18n } = explainedBy(message());
  return { code, label: STATUS_LABELS[code], explain, ratio, i18n };
}

/**
 * The status code alone, by the same rule as `status` without writing its explanation: for
 * callers that ask many times, such as the chart's band edges (found by searching progress).
 */
export function statusCode(input: StatusInput): StatusCode {
  return judge(input).code;
}

/** The status rule: the code, the ratio, and the explanation as a message written only when asked for. */
function judge(input: StatusInput): { code: StatusCode; ratio: number | null; message: () => Message } {
  const result = (code: StatusCode, message: () => Message, ratio: number | null = null) => ({ code, ratio, message });
  if (input.closed === true) return result('closed', () => msg('status.closed', {}));
  if (beforeStartDay(input.start, input.asOf, input.timeZone)) {
    return result('not_started', () => msg('status.not_started', {}));
  }
  if (isMissing(input.progress)) return result('no_data', () => msg('status.no_data', {}));
  const p = input.progress as number;
  if (p >= DONE) return result('achieved', () => msg('status.achieved', { progress: p }));
  const t = resolveThresholds(input.thresholds);
  const method = t.method ?? 'ratio';
  const hasPeriod = !isMissing(input.expected);
  const e = hasPeriod ? Math.min(1, Math.max(0, input.expected as number)) : 1;
  const ratio = e > 0 ? p / e : null;
  const basis = () => msg('status.basis', { progress: p, expected: hasPeriod ? e : null });

  if (method === 'achievement') {
    const code: StatusCode = p >= t.onTrack ? 'on_track' : p >= t.atRisk ? 'at_risk' : 'off_track';
    return result(code, () => msg('status.achievement', { progress: p, onTrack: t.onTrack, atRisk: t.atRisk }), ratio);
  }
  if (method === 'gap') {
    const gap = e - p;
    const code: StatusCode = gap <= t.onTrack + TIE ? 'on_track' : gap <= t.atRisk + TIE ? 'at_risk' : 'off_track';
    return result(code, () => msg('status.gap', { basis: basis(), gap }), ratio);
  }
  const grace = t.grace ?? 0;
  if (e - p <= grace + TIE) {
    return result('on_track', () => msg('status.grace', { basis: basis(), behind: e - p > 0, grace }), ratio);
  }
  // ratio is not null here: e > p ≥ 0.
  const r = ratio as number;
  const code: StatusCode = r >= t.onTrack - TIE ? 'on_track' : r >= t.atRisk - TIE ? 'at_risk' : 'off_track';
  return result(code, () => msg('status.pace', { basis: basis(), ratio: r, onTrack: t.onTrack, atRisk: t.atRisk }), ratio);
}

/** Turns a preset name or a partial object into checked thresholds. */
export function resolveThresholds(thresholds: StatusThresholds | string | undefined): StatusThresholds {
  if (thresholds === undefined) return DEFAULT_THRESHOLDS;
  if (typeof thresholds === 'string') {
    const preset = STATUS_PRESETS[thresholds.trim().toLowerCase()];
    if (preset === undefined) {
      throw new ValueError(
        `a status preset: ${Object.keys(STATUS_PRESETS).join(', ')}`,
        thresholds,
        'Pick one of the presets or give onTrack and atRisk numbers.',
      );
    }
    return preset;
  }
  const { onTrack, atRisk } = thresholds;
  if (isMissing(onTrack) || isMissing(atRisk) || (atRisk > onTrack && thresholds.method !== 'gap')) {
    throw new ValueError(
      'status thresholds with onTrack ≥ atRisk (e.g. 0.9 and 0.7)',
      `onTrack ${String(onTrack)}, atRisk ${String(atRisk)}`,
      'Set onTrack to the pace that counts as on track and atRisk to a lower one.',
    );
  }
  if (thresholds.method === 'gap' && atRisk < onTrack) {
    throw new ValueError(
      'gap thresholds with onTrack ≤ atRisk (e.g. 0.2 and 0.4 points behind)',
      `onTrack ${onTrack}, atRisk ${atRisk}`,
      'For the gap method the at-risk gap must be the larger one.',
    );
  }
  return thresholds;
}
