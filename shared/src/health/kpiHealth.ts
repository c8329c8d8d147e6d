import type { HealthCode } from '../types';
import { formatNumber } from '../values/formatNumber';
import { isMissing } from '../values/isMissing';

export interface KpiHealth {
  code: HealthCode;
  label: string;
  explain: string;
}

/** What each KPI health is called on screen. */
export const HEALTH_LABELS: Readonly<Record<HealthCode, string>> = {
  healthy: 'Healthy',
  watch: 'Watch',
  unhealthy: 'Unhealthy',
  no_data: 'No data',
};

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
  const result = (code: HealthCode, explain: string): KpiHealth => ({ code, label: HEALTH_LABELS[code], explain });
  const hasLow = !isMissing(low);
  const hasHigh = !isMissing(high);
  if (!hasLow && !hasHigh) return result('no_data', 'No data: set a low or high bound to say what healthy means.');
  if (isMissing(value)) return result('no_data', 'No data: the KPI has no current value.');
  const v = value as number;
  const lo = hasLow ? (low as number) : -Infinity;
  const hi = hasHigh ? (high as number) : Infinity;
  if (lo > hi) return result('no_data', `No data: low ${formatNumber(lo)} is above high ${formatNumber(hi)}; swap them.`);
  const band = hasLow && hasHigh ? `${formatNumber(lo)}–${formatNumber(hi)}` : hasLow ? `at least ${formatNumber(lo)}` : `at most ${formatNumber(hi)}`;
  if (v >= lo && v <= hi) return result('healthy', `${formatNumber(v)} is within ${band}.`);
  const below = v < lo;
  const bound = below ? lo : hi;
  const width = hasLow && hasHigh && hi > lo ? hi - lo : Math.abs(bound);
  const margin = watchFraction * width;
  const distance = below ? lo - v : v - hi;
  const side = `${formatNumber(v)} is ${formatNumber(distance)} ${below ? 'below' : 'above'} ${band}`;
  if (distance <= margin + 1e-12 * Math.max(1, Math.abs(bound))) {
    return result('watch', `${side}, within the watch margin of ${formatNumber(margin)}.`);
  }
  return result('unhealthy', `${side}, beyond the watch margin of ${formatNumber(margin)}.`);
}
