import { inEnglishFrom } from '../i18n/english';
import { msg, verbatim, type Message } from '../i18n/message';
import { EN_EVENTS } from './eventMessages';
import { detectEvents, type AutomationEvent, type CrossingLevel } from './events';
import type { Rule, RuleScope } from './rule';
import { isQuiet, scheduleSlot } from './schedule';
import type { KrState, PriorSnapshot, Snapshot } from './snapshot';

/** One line of a mail: the event it reports and the core's words for it. */
export interface MailItem {
  eventKey: string;
  krId: string;
  title: string;
  summary: string;
  explain: string;
  staleText: string;
  /** The same three texts as catalogue messages, to render in the reader's language. */
  summaryMessage?: Message;
  explainMessage?: Message;
  staleMessage?: Message;
}

/** A mail the rules would send now: one per rule and recipient. */
export interface PlannedMail {
  ruleId: string;
  ruleName: string;
  to: string;
  subject: string;
  /** `subject` as a catalogue message. */
  subjectMessage: Message;
  kind: AutomationEvent['type'] | 'digest';
  items: MailItem[];
  /** The events behind the items (none for a digest), to hand back as pending if sending fails. */
  events: AutomationEvent[];
}

export interface Unaddressed {
  ruleId: string;
  eventKey: string;
  krId: string;
  reason: string;
  /** `reason` as a catalogue message. */
  reasonMessage: Message;
}

export interface PlanResult {
  mails: PlannedMail[];
  /** Events held back by quiet hours: pass them back in as `pending` on a later run. */
  deferred: AutomationEvent[];
  /** Events with nobody to tell (no address for the owner): reported, not dropped silently. */
  unaddressed: Unaddressed[];
}

export interface PlanContext {
  asOf: number;
  /** The document's zone; a rule's own zone wins. */
  timeZone: string;
  /** The owner's address for a key result ('' when unknown). */
  addressOf: (kr: KrState) => string;
  /** Whether an event already went to a recipient (the log). */
  alreadySent: (eventKey: string, recipient: string) => boolean;
  /** Lines of the leadership digest, when a digest rule is due. */
  digestLines?: () => string[];
  /** The same lines as catalogue messages (CascadeDigest.lineMessages), for mails in the reader's language. */
  digestMessages?: () => Message[];
  /** Events deferred by an earlier run's quiet hours. */
  pending?: readonly AutomationEvent[];
}

/**
 * What the rules do with two evaluations: detect the events, keep those each enabled rule
 * reacts to within its scope, hold them back in quiet hours, address them (owner and
 * listed addresses), drop what the log says was sent, and group them into one mail per
 * rule and recipient. Pure: the front end sends the mails and logs them.
 */
export function planMails(before: PriorSnapshot | null, now: Snapshot, rules: readonly Rule[], context: PlanContext): PlanResult {
  const active = rules.filter((r) => r.enabled);
  const levels: CrossingLevel[] = [];
  for (const r of active) if (r.when.event === 'crossed') levels.push(r.when.level);
  const changes = detectEvents(before, now, { levels });
  const result: PlanResult = { mails: [], deferred: [], unaddressed: [] };

  for (const rule of active) {
    const zone = rule.timeZone ?? context.timeZone;
    let events: AutomationEvent[];
    if (rule.when.event === 'digest') {
      const slot = rule.schedule ? scheduleSlot(rule.schedule, context.asOf, zone) : null;
      if (slot !== null && context.digestLines) addDigest(result, rule, slot, context);
      continue;
    }
    if (rule.when.event === 'checkin_due') {
      const slot = rule.schedule ? scheduleSlot(rule.schedule, context.asOf, zone) : null;
      events = slot === null ? [] : detectEvents(null, now, { dueSlot: slot });
    } else {
      events = uniqueByKey([...(context.pending ?? []), ...changes]);
    }
    events = events.filter((e) => reactsTo(rule, e) && inScope(rule.scope, e.kr));
    if (events.length === 0) continue;
    if (isQuiet(rule.quietHours, context.asOf, zone)) {
      result.deferred.push(...events);
      continue;
    }
    addMails(result, rule, events, context);
  }
  result.deferred = uniqueByKey(result.deferred);
  return result;
}

function reactsTo(rule: Rule, event: AutomationEvent): boolean {
  const when = rule.when;
  if (when.event !== event.type) return false;
  if (when.event === 'status_changed' && event.type === 'status_changed') return when.to === undefined || when.to.includes(event.to);
  if (when.event === 'crossed' && event.type === 'crossed') {
    const level = when.level === 'target' ? event.kr.target : when.level;
    return level === event.level && (when.direction === 'either' || when.direction === event.direction);
  }
  return true;
}

export function inScope(scope: RuleScope, kr: KrState): boolean {
  if ('all' in scope) return true;
  if ('level' in scope) return kr.level === scope.level;
  if ('owner' in scope) return kr.owner.trim().toLowerCase() === scope.owner.toLowerCase();
  return scope.ids.includes(kr.id);
}

function addMails(result: PlanResult, rule: Rule, events: AutomationEvent[], context: PlanContext): void {
  const byRecipient = new Map<string, AutomationEvent[]>();
  const add = (to: string, e: AutomationEvent): void => {
    if (context.alreadySent(e.key, to)) return;
    const list = byRecipient.get(to);
    if (list === undefined) byRecipient.set(to, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of events) {
    if (rule.action.notifyOwner) {
      const to = context.addressOf(e.kr);
      if (to === '') {
        const reasonMessage = msg('mail.unaddressed', { owner: e.kr.owner, id: e.kr.id });
        result.unaddressed.push({ ruleId: rule.id, eventKey: e.key, krId: e.kr.id, reason: inEnglishFrom(EN_EVENTS, reasonMessage), reasonMessage });
      } else add(to, e);
    }
    for (const to of rule.action.addresses) add(to, e);
  }
  for (const [to, list] of byRecipient) {
    const subject = subjectFor(rule, list);
    result.mails.push({ ruleId: rule.id, ruleName: rule.name, to, subject: inEnglishFrom(EN_EVENTS, subject), subjectMessage: subject, kind: list[0].type, items: list.map(itemOf), events: list });
  }
}

function addDigest(result: PlanResult, rule: Rule, slot: string, context: PlanContext): void {
  const key = `digest|${rule.id}|${slot}`;
  const lines = (context.digestLines as () => string[])();
  const said = context.digestMessages?.() ?? lines.map(verbatim);
  const subject = msg('mail.digest', { slot, first: said[0] ?? verbatim(lines[0] ?? '') });
  for (const to of rule.action.addresses) {
    if (context.alreadySent(key, to)) continue;
    result.mails.push({
      ruleId: rule.id,
      ruleName: rule.name,
      to,
      subject: `OKR digest for the week of ${slot}: ${lines[0]}`,
      subjectMessage: subject,
      kind: 'digest',
      items: lines.map((line, i) => ({ eventKey: key, krId: '', title: '', summary: line, explain: '', staleText: '', summaryMessage: said[i] ?? verbatim(line) })),
      events: [],
    });
  }
}

function itemOf(e: AutomationEvent): MailItem {
  return {
    eventKey: e.key,
    krId: e.kr.id,
    title: e.kr.title,
    summary: e.summary,
    explain: e.kr.explain,
    staleText: e.kr.staleness.text,
    summaryMessage: e.i18n ?? verbatim(e.summary),
    explainMessage: e.kr.explainMessage ?? verbatim(e.kr.explain),
    staleMessage: e.kr.staleness.i18n ?? verbatim(e.kr.staleness.text),
  };
}

function subjectFor(rule: Rule, events: AutomationEvent[]): Message {
  const count = events.length;
  const first = events[0];
  const title = first.kr.title;
  switch (first.type) {
    case 'checkin_due':
      return msg('mail.checkin_due', { count, title });
    case 'status_changed':
      return msg('mail.status_changed', { count, title, status: first.kr.status, label: first.kr.statusLabel });
    case 'crossed':
      return msg('mail.crossed', { count, title, up: first.direction === 'up', level: first.level });
    case 'became_stale':
      return msg('mail.became_stale', { count, title, age: first.kr.staleness.i18n ?? verbatim(first.kr.staleness.text) });
    default:
      return verbatim(rule.name);
  }
}

function uniqueByKey(events: AutomationEvent[]): AutomationEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true)));
}
