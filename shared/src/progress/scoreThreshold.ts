import { explained } from '../i18n/english';
import { msg } from '../i18n/message';
import type { ProgressResult } from '../types';
import { isMissing } from '../values/isMissing';
import { clampedResult } from './clampedResult';
import { linearFormulaMessage } from './formulaText';
import { invalidResult, noDataResult } from './invalidResult';
import type { KeyResultInput } from './KeyResultInput';
import { scorePeriods } from './scorePeriods';

/**
 * Scores a "stay above" / "stay below" key result (a guardrail such as "keep CSAT
 * at or above 9").
 *
 * - binary (default): 1 when the latest value holds the line, else 0.
 * - periods: share of periods that held it (see `scorePeriods`).
 * - distance: (c − critical) ÷ (t − critical), where the critical limit is the value
 *   that scores 0 (`criticalLow` for above, `criticalHigh` for below). Unlike the
 *   ratio c ÷ t some tools use, this works for targets at or below zero.
 *
 * Comparisons are inclusive (≥, ≤) unless `inclusive` is false.
 */
export function scoreThreshold(input: KeyResultInput, cap: number | null): ProgressResult {
  const above = input.kind === 'above';
  const inclusive = input.inclusive !== false;
  const line = !isMissing(input.target) ? input.target : above ? input.low : input.high;
  if (isMissing(line)) {
    return invalidResult(msg('invalid.threshold_target', { above }));
  }
  const t = line as number;
  const symbol = above ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  const isMet = (v: number): boolean => (above ? (inclusive ? v >= t : v > t) : inclusive ? v <= t : v < t);
  const condition = msg('condition.threshold', { symbol, target: t });
  const mode = input.mode ?? 'binary';

  if (mode === 'periods') return scorePeriods(input.history ?? [input.current ?? null], isMet, condition);
  if (isMissing(input.current)) return noDataResult();
  const c = input.current as number;
  const met = isMet(c);
  if (mode === 'distance') {
    const critical = above ? input.criticalLow : input.criticalHigh;
    if (isMissing(critical)) {
      return invalidResult(msg('invalid.distance_critical', { above }));
    }
    const k = critical as number;
    if (above ? k >= t : k <= t) {
      return invalidResult(msg('invalid.critical_side', { above, critical: k, target: t }));
    }
    return clampedResult(
      (c - k) / (t - k),
      cap,
      linearFormulaMessage(c, k, t),
      msg('note.critical', { critical: k }),
      met,
    );
  }
  if (mode !== 'binary') return invalidResult(msg('invalid.mode', { mode: String(mode) }));
  return {
    raw: met ? 1 : 0,
    progress: met ? 1 : 0,
    reason: met ? 'met' : 'not_met',
    met,
    ...explained(met ? 'progress.threshold_met' : 'progress.threshold_not_met', { current: c, symbol, target: t }),
  };
}
