/**
 * How pace turns into a status.
 * - ratio (default): r = progress ÷ expected; on track at r ≥ onTrack, at risk at r ≥ atRisk.
 * - gap: g = expected − progress; on track at g ≤ onTrack, at risk at g ≤ atRisk.
 * - achievement: no pacing; progress itself against onTrack / atRisk (ServiceNow).
 * `grace`: on track whenever expected − progress ≤ grace (ratio method), so the first
 * days of a period, when a single missing unit is a large ratio, do not turn red.
 */
export interface StatusThresholds {
  method?: 'ratio' | 'gap' | 'achievement';
  onTrack: number;
  atRisk: number;
  grace?: number;
}

/** Mooncamp's 90 % / 70 % with a 5-point early-period grace: the core's default. */
export const DEFAULT_THRESHOLDS: Readonly<StatusThresholds> = { method: 'ratio', onTrack: 0.9, atRisk: 0.7, grace: 0.05 };

/**
 * Presets that reproduce the documented rules of other tools (reference note §3.1,
 * §8.4), so teams moving from one of them see the statuses they are used to.
 */
export const STATUS_PRESETS: Readonly<Record<string, Readonly<StatusThresholds>>> = {
  default: DEFAULT_THRESHOLDS,
  /** Viva Goals / Ally.io: on track only at or ahead of expected, else behind. */
  viva: { method: 'ratio', onTrack: 1, atRisk: 1, grace: 0 },
  mooncamp: { method: 'ratio', onTrack: 0.9, atRisk: 0.7, grace: 0 },
  upraise: { method: 'ratio', onTrack: 0.95, atRisk: 0.75, grace: 0 },
  engagedly: { method: 'gap', onTrack: 0.165, atRisk: 0.33 },
  burningokr: { method: 'gap', onTrack: 0.2, atRisk: 0.4 },
  zokri: { method: 'gap', onTrack: 0.25, atRisk: 0.5 },
  servicenow: { method: 'achievement', onTrack: 0.9, atRisk: 0.75 },
};
