import { EN } from './en';
import { makeFormatter, type Formatter } from './formatter';
import { msg, type Message, type MessageCode, type ParamsOf } from './message';

function renderEnglish(message: Message, f: Formatter): string {
  const template = EN[message.code] as (params: unknown, f: Formatter) => string;
  return template(message.params, f);
}

const ENGLISH = makeFormatter('en', renderEnglish);

/**
 * A message in English. Producers in the core use this (and not the multilingual
 * renderer) so that a bundle which only shows English carries no other catalogue.
 */
export function inEnglish(message: Message): string {
  return renderEnglish(message, ENGLISH);
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
