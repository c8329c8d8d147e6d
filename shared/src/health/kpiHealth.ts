import { explainedFrom } from '../i18n/english';
import { EN_HEALTH } from './healthMessages';
import { msg, type Message } from '../i18n/message';
import type { HealthCode } from '../types';
import { isMissing } from '../values/isMissing';
import { HEALTH_LABELS } from './healthLabels';

export { HEALTH_LABELS };

export interface KpiHealth {
  code: HealthCode;
  label: string;
  explain: string;
  /** The sentence as a catalogue message, to render in another language: `explain(result, 'ru')`. */
  i18n?: Message;
}

/**
 * The health of a KPI against its band: healthy inside [low, high], watch when just
 * outside (within `watchFraction` of the band width), unhealthy beyond.
 *
 * One-sided bands are common ("at least 95 % uptime", "at most 2 % churn"): give only
 * `low` or only `high`, and the watch zone is `watchFraction` of |bound|. A KPI with
 * no bounds is `no_data`, never healthy: without a target nobody said what good is.
 * Explicit value bands are used instead of c ÷ t ratios, which break at or below zero.
 */
export function kpiHealth(
  value: number | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
  watchFraction = 0.1,
): KpiHealth {
  const result = (code: HealthCode, message: Message): KpiHealth => {
    const { explain, i18n } = explainedFrom(EN_HEALTH, message);
    return { code, label: HEALTH_LABELS[code], explain, i18n };
  };
  const hasLow = !isMissing(low);
  const hasHigh = !isMissing(high);
  if (!hasLow && !hasHigh) return result('no_data', msg('health.no_bounds', {}));
  if (isMissing(value)) return result('no_data', msg('health.no_value', {}));
  const v = value as number;
  const lo = hasLow ? (low as number) : -Infinity;
  const hi = hasHigh ? (high as number) : Infinity;
  if (lo > hi) return result('no_data', msg('health.low_above_high', { low: lo, high: hi }));
  const band = msg('health.band', { low: hasLow ? lo : null, high: hasHigh ? hi : null });
  if (v >= lo && v <= hi) return result('healthy', msg('health.healthy', { value: v, band }));
  const below = v < lo;
  const bound = below ? lo : hi;
  const width = hasLow && hasHigh && hi > lo ? hi - lo : Math.abs(bound);
  const margin = watchFraction * width;
  const distance = below ? lo - v : v - hi;
  const watch = distance <= margin + 1e-12 * Math.max(1, Math.abs(bound));
  return result(watch ? 'watch' : 'unhealthy', msg('health.outside', { value: v, distance, below, band, margin, watch }));
}
