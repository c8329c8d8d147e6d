export { kpiHealth, HEALTH_LABELS } from './kpiHealth';
export type { KpiHealth } from './kpiHealth';
