import type { KrKind } from '@aligned/core';
import { t } from '../i18n/t';

/**
 * Whether a key result can have a rule at all, decided without loading the rule builder (a
 * separate chunk): a level to compare against must exist. The builder says the same in full.
 */
export function ruleUnavailable(kind: KrKind | null, target: number | null, low: number | null, high: number | null): string | null {
  if (kind === 'range') return low === null || high === null ? t('alerting.unavailable.range', 'This range key result needs both Low and High to alert on leaving the range.') : null;
  if (kind === 'milestone') return null;
  if (kind === null || kind === 'track') return t('alerting.unavailable.track', 'A tracked metric has no target, so there is nothing to alert on.');
  return target === null ? t('alerting.unavailable.no-target', 'This key result has no target yet, so there is no level to alert on: set a target first.') : null;
}
