import { formatNumber, MISSING_TEXT } from '../values/formatNumber';
import { formatPercent } from '../values/formatPercent';
import { isMissing } from '../values/isMissing';
import { EN } from './en';
import type { Formatter } from './formatter';
import { msg, type Message, type MessageCode, type ParamsOf } from './message';

/** English templates by code: `EN`, or a table kept apart from it (events, KPI health, verdicts, labels). */
export type Templates = Readonly<Record<string, (params: never, f: Formatter) => string>>;

const plural = (count: number, forms: { one: string; other: string }): string => (count === 1 ? forms.one : forms.other);

/**
 * English as the core has always printed it, without Intl: the same output as the
 * multilingual formatter's 'en' (format.ts delegates English to these very functions),
 * kept separate so that a bundle which only shows English (the Grafana panel) carries
 * neither Intl formats nor plural rules. Nested messages come from the same table, else `EN`.
 */
function englishFormatter(templates: Templates): Formatter {
  const f: Formatter = {
    locale: 'en',
    num: formatNumber,
    pct: formatPercent,
    msg: (message) => {
      if (message === null || message === undefined) return '';
      const template = (templates[message.code] || EN[message.code as keyof typeof EN]) as (params: unknown, f: Formatter) => string;
      return template(message.params, f);
    },
    plural,
    count: (count, forms) => `${formatNumber(count)} ${plural(count, forms)}`,
    // Beyond ±8.64e15 ms no calendar day exists (Date would throw).
    day: (time) => (isMissing(time) || Math.abs(time) > 8.64e15 ? MISSING_TEXT : new Date(time).toISOString().slice(0, 10)),
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  };
  return f;
}

const ENGLISH = englishFormatter(EN);
const OTHER_TABLES = new Map<Templates, Formatter>();

/**
 * A message in English. Producers in the core use this (and not the multilingual
 * renderer) so that a bundle which only shows English carries no other catalogue.
 */
export function inEnglish(message: Message): string {
  return ENGLISH.msg(message);
}

/**
 * A message whose template lives in a table of its own (`EN_EVENTS`, `EN_HEALTH`, …), in
 * English. Those codes are kept out of `EN` because `EN` ships whole wherever any core
 * sentence does: the Grafana panel never shows a KPI health or an event, and carries none.
 */
export function inEnglishFrom(templates: Templates, message: Message): string {
  let f = OTHER_TABLES.get(templates);
  if (f === undefined) {
    f = englishFormatter(templates);
    OTHER_TABLES.set(templates, f);
  }
  return f.msg(message);
}

/** What a result carries for a sentence: the English text and the message it came from. */
export interface Explained {
  explain: string;
  i18n: Message;
}

/** `{ explain, i18n }` for a result: `{ ...explained('status.closed', {}) }`. */
export function explained<C extends MessageCode>(code: C, params: ParamsOf<C>): Explained {
  const message = msg(code, params);
  return { explain: inEnglish(message), i18n: message };
}

/** The same from a message already built. */
export function explainedBy(message: Message): Explained {
  return { explain: inEnglish(message), i18n: message };
}

/** `{ explain, i18n }` from a table of its own (see inEnglishFrom). */
export function explainedFrom(templates: Templates, message: Message): Explained {
  return { explain: inEnglishFrom(templates, message), i18n: message };
}
