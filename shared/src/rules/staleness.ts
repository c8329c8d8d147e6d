import { inEnglish } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { OkrNode } from '../types';
import { DAY_MS } from '../time/civilDay';
import { DEFAULT_CADENCE_DAYS } from './cadence';

/** How current a key result's figure is, beside (never instead of) its pace status. */
export interface Staleness {
  cadenceDays: number;
  /** The last check-in or live sample, epoch ms; null when there has been none. */
  lastUpdate: number | null;
  /** Whole days (24 h) since the last update; null when there has been none. */
  ageDays: number | null;
  /** Older than the cadence allows (or, never updated, the period began longer ago than that). */
  stale: boolean;
  /** "updated 12 days ago", "updated today", "never updated". */
  text: string;
  /** `text` as a catalogue message, for other languages (`renderMessage(s.i18n, 'ru')`). */
  i18n: Message;
}

/**
 * The last time a key result's figure moved: its newest check-in, or the newest sample
 * of its live metric when the front end has one (Grafana's series, a KPI sheet).
 */
export function lastUpdateOf(node: OkrNode, lastSample: number | null = null): number | null {
  let last = lastSample;
  for (const checkIn of node.checkIns) if (last === null || checkIn.time > last) last = checkIn.time;
  return last;
}

/**
 * Whether a key result is stale at `asOf`: its last update is older than its cadence.
 * Ages are elapsed 24-hour days, so "checked in within 7 days" means within 7 × 24 h,
 * which is what a weekly reminder at a fixed local hour expects. A key result never
 * updated is stale once its period has run longer than one cadence.
 */
export function staleness(lastUpdate: number | null, asOf: number, cadenceDays: number | null = null, periodStart: number | null = null): Staleness {
  const cadence = cadenceDays ?? DEFAULT_CADENCE_DAYS;
  const allowed = cadence * DAY_MS;
  if (lastUpdate === null) {
    const stale = periodStart !== null && asOf - periodStart > allowed;
    const never = msg('stale.never', {});
    return { cadenceDays: cadence, lastUpdate: null, ageDays: null, stale, text: inEnglish(never), i18n: never };
  }
  const age = asOf - lastUpdate;
  const ageDays = Math.max(0, Math.floor(age / DAY_MS));
  const said = msg('stale.age', { days: ageDays });
  return { cadenceDays: cadence, lastUpdate, ageDays, stale: age > allowed, text: inEnglish(said), i18n: said };
}
