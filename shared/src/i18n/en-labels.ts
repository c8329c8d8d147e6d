import { HEALTH_LABELS } from '../health/healthLabels';
import { STATUS_LABELS } from '../status/statusLabels';
import type { HealthCode, StatusCode } from '../types';
import type { Formatter } from './formatter';

/**
 * English words that only the multilingual renderer asks for (statusLabel, healthLabel,
 * gradeLabel, counts): producers write their English directly, so these stay out of `EN`
 * and out of bundles that only show English.
 */
export const EN_LABELS = {
  'label.status': (p: { code: StatusCode }): string => STATUS_LABELS[p.code],
  'label.health': (p: { code: HealthCode }): string => HEALTH_LABELS[p.code],
  'count.key_results': (p: { count: number }, f: Formatter): string => f.count(p.count, { one: 'key result', other: 'key results' }),
  'count.rows': (p: { count: number }, f: Formatter): string => f.count(p.count, { one: 'row', other: 'rows' }),
  'grade.label': (p: { score: number; projected: boolean }, f: Formatter): string => `${f.num(p.score, { decimals: 1 })}${p.projected ? ' projected' : ''}`,
};
