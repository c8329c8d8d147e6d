import { inEnglishFrom, type Templates } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import { EN_SCHEMA, foundValue } from '../schema/schemaMessages';
import { LEVELS, type Level, type StatusCode } from '../types';
import { EN_EVENTS, type RuleField } from './eventMessages';
import { isEmailAddress } from './automation-columns';
import type { CrossingLevel } from './events';

/** What makes a rule act: one of the events, or the weekly digest. */
export type RuleCondition =
  | { event: 'status_changed'; to?: StatusCode[] }
  | { event: 'crossed'; level: CrossingLevel; direction: 'up' | 'down' | 'either' }
  | { event: 'became_stale' }
  | { event: 'checkin_due' }
  | { event: 'digest' };

/** Which key results a rule watches. */
export type RuleScope = { all: true } | { level: Level } | { owner: string } | { ids: string[] };

export interface RuleAction {
  /** Mail each key result's owner. */
  notifyOwner: boolean;
  /** Mail these addresses too (leadership for a digest). */
  addresses: string[];
}

/** Local wall-clock hours [from, to) when nothing is sent; may wrap midnight (22 → 7). */
export interface QuietHours {
  from: number;
  to: number;
}

/** A weekly occasion: ISO weekday (1 = Monday … 7 = Sunday) and hour, local time. */
export interface WeeklySchedule {
  weekday: number;
  hour: number;
}

export interface Rule {
  id: string;
  name: string;
  enabled: boolean;
  when: RuleCondition;
  scope: RuleScope;
  action: RuleAction;
  quietHours?: QuietHours;
  /** Required for check-in reminders and digests, which happen on occasions rather than on changes. */
  schedule?: WeeklySchedule;
  /** IANA zone for the schedule and quiet hours; the document's zone when absent. */
  timeZone?: string;
}

const STATUSES: readonly StatusCode[] = ['closed', 'not_started', 'no_data', 'achieved', 'on_track', 'at_risk', 'off_track'];
const EVENTS = ['status_changed', 'crossed', 'became_stale', 'checkin_due', 'digest'] as const;

export interface RulesResult {
  rules: Rule[];
  /** One message per problem, naming the rule and field, what was expected and found (English). */
  problems: string[];
  /** The same problems in the same order, each its English `message` beside its catalogue message: `explain(p, 'ru')`. */
  problemMessages: RuleProblem[];
}

export interface RuleProblem {
  message: string;
  i18n: Message;
}

// The rules' templates and the "found …" words they nest (the schema reader's), for the English text.
const RULE_TEMPLATES: Templates = { ...EN_EVENTS, 'schema.found': EN_SCHEMA['schema.found'] };

function ruleProblem(i18n: Message): RuleProblem {
  return { message: inEnglishFrom(RULE_TEMPLATES, i18n), i18n };
}

/**
 * Reads rules from stored JSON (document properties, a panel option). A rule with a
 * problem is left out and the problem reported; the others still run.
 */
export function parseRules(input: unknown): RulesResult {
  const rules: Rule[] = [];
  const problemMessages: RuleProblem[] = [];
  const result = (): RulesResult => ({ rules, problems: problemMessages.map((p) => p.message), problemMessages });
  if (!Array.isArray(input)) {
    problemMessages.push(ruleProblem(msg('rule.not_list', { found: foundValue(input) })));
    return result();
  }
  const ids = new Set<string>();
  input.forEach((raw, i) => {
    const found: RuleProblem[] = [];
    const rule = readRule(raw, i, found);
    if (rule !== null && ids.has(rule.id)) {
      found.push(ruleProblem(msg('rule.bad_field', { ...where(i, raw), field: 'duplicate_id', among: '', found: msg('schema.found', { kind: 'text', text: rule.id }) })));
    }
    if (rule !== null && found.length === 0) {
      ids.add(rule.id);
      rules.push(rule);
    }
    problemMessages.push(...found);
  });
  return result();
}

/** The rule as problems name it: its number, and its name when it has one. */
function where(i: number, raw: unknown): { index: number; name: string | null } {
  const name = typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : null;
  return { index: i + 1, name };
}

function readRule(raw: unknown, i: number, problems: RuleProblem[]): Rule | null {
  const at = where(i, raw);
  if (typeof raw !== 'object' || raw === null) {
    problems.push(ruleProblem(msg('rule.not_object', { ...at, found: foundValue(raw) })));
    return null;
  }
  const r = raw as Record<string, unknown>;
  const bad: Bad = (field, value, among = '') => {
    problems.push(ruleProblem(msg('rule.bad_field', { ...at, field, among, found: foundValue(value) })));
  };
  const id = typeof r.id === 'string' && r.id.trim() !== '' ? r.id.trim() : (bad('id', r.id), '');
  const name = typeof r.name === 'string' && r.name.trim() !== '' ? r.name.trim() : id;
  const enabled = r.enabled === undefined ? true : r.enabled === true;
  const when = readCondition(r.when, bad);
  const scope = readScope(r.scope, bad);
  const action = readAction(r.action, bad);
  const rule: Rule = { id, name, enabled, when: when ?? { event: 'became_stale' }, scope: scope ?? { all: true }, action: action ?? { notifyOwner: false, addresses: [] } };
  if (r.quietHours !== undefined) {
    const q = r.quietHours as Partial<QuietHours> | null;
    if (typeof q !== 'object' || q === null || !isHour(q.from) || !isHour(q.to)) bad('quietHours', q);
    else rule.quietHours = { from: q.from as number, to: q.to as number };
  }
  if (r.schedule !== undefined) {
    const s = r.schedule as Partial<WeeklySchedule> | null;
    if (typeof s !== 'object' || s === null || !isWeekday(s.weekday) || !isHour(s.hour)) bad('schedule', s);
    else rule.schedule = { weekday: s.weekday as number, hour: s.hour as number };
  }
  if ((rule.when.event === 'checkin_due' || rule.when.event === 'digest') && r.schedule === undefined) rule.schedule = { weekday: 1, hour: 9 };
  if (r.timeZone !== undefined) {
    if (typeof r.timeZone !== 'string' || !isTimeZone(r.timeZone)) bad('timeZone', r.timeZone);
    else rule.timeZone = r.timeZone;
  }
  if (enabled && action !== null && !action.notifyOwner && action.addresses.length === 0) bad('action', r.action);
  return id === '' ? null : rule;
}

type Bad = (field: RuleField, value: unknown, among?: string) => void;

function readCondition(raw: unknown, bad: Bad): RuleCondition | null {
  const w = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  switch (w.event) {
    case 'status_changed': {
      if (w.to === undefined) return { event: 'status_changed' };
      if (!Array.isArray(w.to) || w.to.length === 0 || !w.to.every((s) => (STATUSES as unknown[]).includes(s))) {
        bad('when.to', w.to, STATUSES.join(', '));
        return null;
      }
      return { event: 'status_changed', to: [...(w.to as StatusCode[])] };
    }
    case 'crossed': {
      const level = w.level === 'target' ? 'target' : typeof w.level === 'number' && Number.isFinite(w.level) ? w.level : null;
      const direction = w.direction === undefined ? 'either' : w.direction;
      if (level === null) bad('when.level', w.level);
      if (direction !== 'up' && direction !== 'down' && direction !== 'either') bad('when.direction', w.direction);
      return level === null ? null : { event: 'crossed', level, direction: direction as 'up' | 'down' | 'either' };
    }
    case 'became_stale':
    case 'checkin_due':
    case 'digest':
      return { event: w.event };
    default:
      bad('when.event', w.event, EVENTS.join(', '));
      return null;
  }
}

function readScope(raw: unknown, bad: Bad): RuleScope | null {
  if (raw === undefined) return { all: true };
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (s.all === true) return { all: true };
  if (typeof s.level === 'string' && (LEVELS as readonly string[]).includes(s.level)) return { level: s.level as Level };
  if (typeof s.owner === 'string' && s.owner.trim() !== '') return { owner: s.owner.trim() };
  if (Array.isArray(s.ids) && s.ids.length > 0 && s.ids.every((x) => typeof x === 'string' && x.trim() !== '')) return { ids: s.ids.map((x) => (x as string).trim()) };
  bad('scope', raw, LEVELS.join(', '));
  return null;
}

function readAction(raw: unknown, bad: Bad): RuleAction | null {
  const a = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const notifyOwner = a.notifyOwner === true;
  const list = a.addresses === undefined ? [] : a.addresses;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
    bad('action.addresses', a.addresses);
    return null;
  }
  const addresses = (list as string[]).map((x) => x.trim()).filter((x) => x !== '');
  const wrong = addresses.find((x) => !isEmailAddress(x));
  if (wrong !== undefined) {
    bad('address', wrong);
    return null;
  }
  return { notifyOwner, addresses };
}

function isHour(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 23;
}

function isWeekday(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The rules a new document starts with: weekly reminders and status alerts to owners; the digest waits for addresses.
 * Their names in another language: `renderMessage(msg('rule.default_name', { id: rule.id }), 'ru')`.
 */
export const DEFAULT_RULES: readonly Rule[] = Object.freeze([
  {
    id: 'weekly-check-in',
    name: 'Weekly check-in reminder',
    enabled: true,
    when: { event: 'checkin_due' },
    scope: { all: true },
    action: { notifyOwner: true, addresses: [] },
    schedule: { weekday: 1, hour: 9 },
  },
  {
    id: 'status-alerts',
    name: 'Alert the owner when a key result slips',
    enabled: true,
    when: { event: 'status_changed', to: ['at_risk', 'off_track'] },
    scope: { all: true },
    action: { notifyOwner: true, addresses: [] },
    quietHours: { from: 22, to: 7 },
  },
  {
    id: 'weekly-digest',
    name: 'Weekly digest for leadership',
    enabled: false,
    when: { event: 'digest' },
    scope: { all: true },
    action: { notifyOwner: false, addresses: [] },
    schedule: { weekday: 1, hour: 9 },
  },
] as Rule[]);
