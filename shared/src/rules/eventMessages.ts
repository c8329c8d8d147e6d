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

  // Problems with the automation columns of the OKR sheet.
  'automation.bad_email': (p: { row: number; text: string }): string =>
    `Row ${p.row}, column Email: expected an e-mail address such as ana@example.com, found "${p.text}". No mail goes to this row's owner until it is corrected.`,
  'automation.bad_cadence': (p: { row: number; found: string; raw: string; days: number }): string =>
    `Row ${p.row}, column Check-in every: Expected a check-in cadence: a number of days from 1 to 366, or a word such as daily, weekly, fortnightly, monthly, or "every 2 weeks", found ${p.found}. Type for example "weekly" or 7, or leave the cell empty for the default of ${p.days} days.`,
};
