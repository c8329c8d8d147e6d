import type { StatusCode } from '../types';

/** What each status is called on screen, in every front end. */
export const STATUS_LABELS: Readonly<Record<StatusCode, string>> = {
  achieved: 'Achieved',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  not_started: 'Not started',
  no_data: 'No data',
  closed: 'Closed',
};
