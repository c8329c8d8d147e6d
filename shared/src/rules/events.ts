import { inEnglishFrom } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { StatusCode } from '../types';
import { EN_EVENTS } from './eventMessages';
import type { KrState, PriorSnapshot, Snapshot } from './snapshot';

export type EventType = 'status_changed' | 'crossed' | 'became_stale' | 'checkin_due';

interface EventBase {
  type: EventType;
  /** Identifies this occurrence: an action keyed on it fires once, however often runs repeat. */
  key: string;
  /** The key result it is about, as it is now. */
  kr: KrState;
  /** One sentence: what happened. */
  summary: string;
  /** `summary` as a catalogue message, for other languages. */
  i18n: Message;
}

export interface StatusChangedEvent extends EventBase {
  type: 'status_changed';
  from: StatusCode;
  to: StatusCode;
}

export interface CrossedEvent extends EventBase {
  type: 'crossed';
  level: number;
  direction: 'up' | 'down';
  from: number;
  to: number;
}

export interface BecameStaleEvent extends EventBase {
  type: 'became_stale';
}

export interface CheckInDueEvent extends EventBase {
  type: 'checkin_due';
  /** The reminder occasion (its local date), part of the key. */
  slot: string;
}

export type AutomationEvent = StatusChangedEvent | CrossedEvent | BecameStaleEvent | CheckInDueEvent;

/** A level to watch: a number, or each key result's own target. */
export type CrossingLevel = number | 'target';

export interface DetectOptions {
  /** Levels whose crossing (either way) is an event. */
  levels?: readonly CrossingLevel[];
  /** A reminder occasion that has arrived (see scheduleSlot): every stale key result is due. */
  dueSlot?: string | null;
}

/**
 * The events between two evaluations of the same cascade. Transition events (status
 * changed, crossed a level, became stale) need a change between `before` and `now`, and
 * their keys name the `before` evaluation, so replaying the same pair gives the same keys
 * (an action already taken is recognised) while a later change back and forth gives new
 * ones. Without `before` (the first run) there is nothing to compare and only check-in-due
 * events can occur. Check-in due is not a transition: each reminder occasion (`dueSlot`)
 * makes every stale key result due once, keyed by the occasion.
 *
 * Pure and deterministic: events come in the order of `now`'s key results, then by type.
 */
export function detectEvents(before: PriorSnapshot | null, now: Snapshot, options: DetectOptions = {}): AutomationEvent[] {
  const events: AutomationEvent[] = [];
  const levels = options.levels ?? [];
  const slot = options.dueSlot ?? null;
  const since = before === null ? '' : String(before.asOf);
  for (const kr of now.states.values()) {
    const prior = before === null ? undefined : before.states.get(kr.id);
    if (prior !== undefined) {
      if (prior.status !== kr.status) {
        events.push({
          type: 'status_changed',
          key: `status|${kr.id}|${prior.status}>${kr.status}|${since}`,
          kr,
          from: prior.status,
          to: kr.status,
          ...said(msg('event.status_changed', { id: kr.id, title: kr.title, from: prior.status, to: kr.status })),
        });
      }
      if (levels.length > 0 && prior.value !== null && kr.value !== null && prior.value !== kr.value) {
        pushCrossings(events, kr, prior.value, kr.value, levels, since);
      }
      if (!prior.stale && kr.stale) {
        events.push({
          type: 'became_stale',
          key: `stale|${kr.id}|${kr.staleness.lastUpdate ?? 'never'}`,
          kr,
          ...said(msg('event.became_stale', { id: kr.id, title: kr.title, age: kr.staleness.i18n, cadenceDays: kr.staleness.cadenceDays })),
        });
      }
    }
    if (slot !== null && kr.stale) {
      events.push({
        type: 'checkin_due',
        key: `due|${kr.id}|${slot}`,
        kr,
        slot,
        ...said(msg('event.checkin_due', { id: kr.id, title: kr.title, age: kr.staleness.i18n })),
      });
    }
  }
  return events;
}

function pushCrossings(events: AutomationEvent[], kr: KrState, from: number, to: number, levels: readonly CrossingLevel[], since: string): void {
  const seen = new Set<number>();
  for (const wanted of levels) {
    const level = wanted === 'target' ? kr.target : wanted;
    if (level === null || seen.has(level)) continue;
    seen.add(level);
    const up = from < level && to >= level;
    const down = from >= level && to < level;
    if (!up && !down) continue;
    const direction = up ? 'up' : 'down';
    events.push({
      type: 'crossed',
      key: `crossed|${kr.id}|${direction}|${level}|${since}`,
      kr,
      level,
      direction,
      from,
      to,
      ...said(msg('event.crossed', { id: kr.id, title: kr.title, up, level, from, to, unit: kr.unit })),
    });
  }
}

/** An event's `summary` (English) and `i18n` (the same, for other languages). */
function said(message: Message): { summary: string; i18n: Message } {
  return { summary: inEnglishFrom(EN_EVENTS, message), i18n: message };
}
