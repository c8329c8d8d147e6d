import type { Formatter } from '../i18n/formatter';
import type { Message } from '../i18n/message';
import { STATUS_LABELS } from '../status/statusLabels';
import type { StatusCode } from '../types';

/**
 * The English templates of the automation events' sentences (one each: what happened to a
 * key result). Part of the catalogue (`CATALOGUES.en`, with Russian in `ru.ts`), but kept
 * out of `EN` so that a bundle which never detects events (the Grafana panel) does not
 * carry them: `EN` is one object, and all of it ships wherever any core sentence does.
 */
export const EN_EVENTS = {
  'event.status_changed': (p: { id: string; title: string; from: StatusCode; to: StatusCode }): string =>
    `${p.id} "${p.title}" is now ${STATUS_LABELS[p.to]} (was ${STATUS_LABELS[p.from]}).`,
  'event.became_stale': (p: { id: string; title: string; age: Message; cadenceDays: number }, f: Formatter): string =>
    `${p.id} "${p.title}" is stale: ${f.msg(p.age)}, expected every ${p.cadenceDays} days.`,
  'event.checkin_due': (p: { id: string; title: string; age: Message }, f: Formatter): string => `${p.id} "${p.title}" needs a check-in: ${f.msg(p.age)}.`,
  'event.crossed': (p: { id: string; title: string; up: boolean; level: number; from: number; to: number; unit: string }, f: Formatter): string => {
    const unit = p.unit && p.unit !== '%' ? ` ${p.unit}` : p.unit;
    return `${p.id} "${p.title}" went ${p.up ? 'above' : 'below'} ${f.num(p.level)}${unit}: ${f.num(p.from)} → ${f.num(p.to)}${unit}.`;
  },

  // A key result's state in mails: "Off track: <status sentence> <figure sentence>".
  'state.explain': (p: { status: StatusCode; label: string; said: Message; figure: Message | null }, f: Formatter): string =>
    `${p.label}: ${f.msg(p.said)}${p.figure ? ` ${f.msg(p.figure)}` : ''}`,

  // Mail subjects: one key result by its title, several by their count.
  'mail.checkin_due': (p: { count: number; title: string }): string =>
    p.count === 1 ? `Check-in due: ${p.title}` : `Check-in due for ${p.count} key results`,
  'mail.status_changed': (p: { count: number; title: string; status: StatusCode; label: string }): string =>
    p.count === 1 ? `${p.title} is now ${p.label}` : `${p.count} key results changed status`,
  'mail.crossed': (p: { count: number; title: string; up: boolean; level: number }): string =>
    p.count === 1 ? `${p.title} went ${p.up ? 'above' : 'below'} ${p.level}` : `${p.count} key results crossed a level`,
  'mail.became_stale': (p: { count: number; title: string; age: Message }, f: Formatter): string =>
    p.count === 1 ? `${p.title} has not been updated (${f.msg(p.age)})` : `${p.count} key results have not been updated`,
  'mail.digest': (p: { slot: string; first: Message }, f: Formatter): string => `OKR digest for the week of ${p.slot}: ${f.msg(p.first)}`,
  'mail.unaddressed': (p: { owner: string; id: string }): string =>
    `No e-mail address for owner "${p.owner || '(none)'}" of ${p.id}: add an Email column to the OKR sheet or a People sheet mapping owners to addresses.`,

  // The leadership digest's lines.
  'digest.counts': (p: { counts: Array<[StatusCode, number]> }): string => p.counts.map(([code, n]) => `${n} ${STATUS_LABELS[code].toLowerCase()}`).join(', '),
  'digest.none': (): string => 'No key results yet.',
  'digest.root': (p: { id: string; title: string; progress: number | null; status: StatusCode; label: string }, f: Formatter): string =>
    `${p.id} ${p.title}: ${f.pct(p.progress)} (${p.label})`,
  'digest.weakest': (p: { titles: string[]; progress: number | null; status: StatusCode; label: string; said: Message }, f: Formatter): string =>
    `Weakest branch: ${p.titles.join(' › ')}, ${f.pct(p.progress)} (${p.label}). ${f.msg(p.said)}`,

  // The default rules' names (DEFAULT_RULES), for a new document in the reader's language.
  'rule.default_name': (p: { id: 'weekly-check-in' | 'status-alerts' | 'weekly-digest' }): string =>
    p.id === 'weekly-check-in' ? 'Weekly check-in reminder' : p.id === 'status-alerts' ? 'Alert the owner when a key result slips' : 'Weekly digest for leadership',

  // Problems with the stored rules (parseRules): the rule by number and name, the field, what was found.
  'rule.not_list': (p: { found: Message }, f: Formatter): string =>
    `Rules: expected a list of rules, found ${f.msg(p.found)}. Open Automations… and save the rules again.`,
  'rule.not_object': (p: { index: number; name: string | null; found: Message }, f: Formatter): string =>
    `${ruleAt(p)}: expected a rule object, found ${f.msg(p.found)}. Remove it or add it again from Automations….`,
  'rule.bad_field': (p: { index: number; name: string | null; field: RuleField; among: string; found: Message }, f: Formatter): string => {
    const [field, expected, hint] = RULE_FIELDS[p.field];
    return `${ruleAt(p)}, field ${field}: expected ${expected.replace('%', p.among)}, found ${f.msg(p.found)}${p.field === 'duplicate_id' ? ' twice' : ''}. ${hint}`;
  },

  // Problems with the automation columns of the OKR sheet.
  'automation.bad_email': (p: { row: number; text: string }): string =>
    `Row ${p.row}, column Email: expected an e-mail address such as ana@example.com, found "${p.text}". No mail goes to this row's owner until it is corrected.`,
  'automation.bad_cadence': (p: { row: number; found: string; raw: string; days: number }): string =>
    `Row ${p.row}, column Check-in every: Expected a check-in cadence: a number of days from 1 to 366, or a word such as daily, weekly, fortnightly, monthly, or "every 2 weeks", found ${p.found}. Type for example "weekly" or 7, or leave the cell empty for the default of ${p.days} days.`,
};

/** "Rule 2" or "Rule 2 ("Weekly digest")": a stored rule as problems name it. */
const ruleAt = (p: { index: number; name: string | null }): string => `Rule ${p.index}${p.name === null ? '' : ` ("${p.name}")`}`;

/** A stored rule's field with a problem (Russian names them in i18n/ru.ts). */
export type RuleField =
  | 'id'
  | 'duplicate_id'
  | 'quietHours'
  | 'schedule'
  | 'timeZone'
  | 'action'
  | 'when.to'
  | 'when.level'
  | 'when.direction'
  | 'when.event'
  | 'scope'
  | 'action.addresses'
  | 'address';

/** Field → [name, what was expected (% is the list of accepted words), what to do], in English as always written. */
const RULE_FIELDS: Readonly<Record<RuleField, readonly [string, string, string]>> = {
  id: ['id', 'a short text ID', 'Give the rule an ID such as "weekly-reminder".'],
  duplicate_id: ['id', 'an ID no other rule has', 'Give each rule its own ID.'],
  quietHours: ['quietHours', 'from and to as whole hours 0–23, e.g. {"from": 22, "to": 7}', 'Or remove quietHours to send at any hour.'],
  schedule: ['schedule', 'weekday 1–7 (1 = Monday) and hour 0–23, e.g. {"weekday": 1, "hour": 9}', 'The default is Monday 09:00.'],
  timeZone: ['timeZone', 'an IANA time zone such as "Europe/Paris"', "Or remove it to use the document's time zone."],
  action: ['action', 'someone to notify: the owner, listed addresses, or both', 'Tick "owner" or list at least one address.'],
  'when.to': ['when.to', 'a list of statuses among %', 'Or leave it out to act on every change.'],
  'when.level': ['when.level', 'a number, or "target" for each key result\'s own target', 'Type the value to watch, e.g. 100.'],
  'when.direction': ['when.direction', '"up", "down" or "either"', 'Leave it out for either way.'],
  'when.event': ['when.event', 'one of %', 'Pick what the rule reacts to.'],
  scope: ['scope', '{"all": true}, a level (%), an owner, or a list of IDs', 'Leave scope out to watch every key result.'],
  'action.addresses': ['action.addresses', 'a list of e-mail addresses', 'Type one address per entry.'],
  address: ['action.addresses', 'e-mail addresses such as lead@example.com', 'Correct or remove it.'],
};
