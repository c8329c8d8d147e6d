// Size baseline only (ALIGNED_WITHOUT_RUSSIAN=1, see sheets-addon/webpack.config.mjs): the core's Russian
// catalogue left out. An empty catalogue makes every message fall back to English.
export const STATUS_LABELS_RU = {
  achieved: 'Achieved',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  not_started: 'Not started',
  no_data: 'No data',
  closed: 'Closed',
};
export const HEALTH_LABELS_RU = { healthy: 'Healthy', watch: 'Watch', unhealthy: 'Unhealthy', no_data: 'No data' };
export const RU = {};
