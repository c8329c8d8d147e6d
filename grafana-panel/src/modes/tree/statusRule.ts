import { DEFAULT_THRESHOLDS, STATUS_PRESETS, type Problem, type StatusThresholds } from '@aligned/core';

export interface StatusRule {
  /** Preset name as the core knows it ('default', 'viva', ...). */
  preset: string;
  thresholds: Readonly<StatusThresholds>;
  problem: Problem | null;
}

/**
 * The panel's "Status rule" option (keyResult.statusPreset, shared with the overlay) as a core
 * preset. An unknown name falls back to the default rule with a problem, instead of throwing.
 */
export function readStatusRule(preset: string | undefined): StatusRule {
  const name = (preset ?? 'default').trim().toLowerCase() || 'default';
  const thresholds = STATUS_PRESETS[name];
  if (thresholds) {
    return { preset: name, thresholds, problem: null };
  }
  return {
    preset: 'default',
    thresholds: DEFAULT_THRESHOLDS,
    problem: {
      severity: 'warning',
      code: 'unknown_status_preset',
      message: `Option "Key result › Status rule" is "${preset}", which is not a status rule; expected one of ${Object.keys(STATUS_PRESETS).join(', ')}. The default rule (90 % / 70 % of pace) is used.`,
    },
  };
}
