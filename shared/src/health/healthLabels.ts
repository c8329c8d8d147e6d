import type { HealthCode } from '../types';

/** What each KPI health is called on screen. */
export const HEALTH_LABELS: Readonly<Record<HealthCode, string>> = {
  healthy: 'Healthy',
  watch: 'Watch',
  unhealthy: 'Unhealthy',
  no_data: 'No data',
};
