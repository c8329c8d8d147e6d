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
};
