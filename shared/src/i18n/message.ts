import type { EN_HEALTH } from '../health/healthMessages';
import type { EN_EVENTS } from '../rules/eventMessages';
import type { EN_SCHEMA } from '../schema/schemaMessages';
import type { EN_VERDICT } from '../status/verdictMessages';
import type { EN } from './en';
import type { EN_LABELS } from './en-labels';

/**
 * The English templates of every code: `EN`, and the tables kept apart from it so that a
 * bundle which never produces those sentences does not carry them (see inEnglishFrom).
 */
export type EnglishTemplates = typeof EN & typeof EN_LABELS & typeof EN_HEALTH & typeof EN_VERDICT & typeof EN_EVENTS & typeof EN_SCHEMA;

/** Every code of the catalogue. */
export type MessageCode = keyof EnglishTemplates;

/** The parameters a code takes, as the English template declares them (`{}` for a fixed sentence). */
export type ParamsOf<C extends MessageCode> = Parameters<EnglishTemplates[C]> extends [infer P, ...unknown[]] ? P : Record<string, never>;

/**
 * A sentence the core produced, as data: a catalogue code and its parameters (numbers,
 * flags, user text and nested messages), so that any front end can render it in its
 * reader's language with `renderMessage` or `explain`. Plain data on purpose: results
 * cross google.script.run and postMessage.
 */
export interface Message {
  code: MessageCode;
  params: Record<string, unknown>;
}

/** Builds a message with parameters checked against its code. */
export function msg<C extends MessageCode>(code: C, params: ParamsOf<C>): Message {
  return { code, params: params as Record<string, unknown> };
}

/**
 * Text that did not come from the catalogue (a caller's own wording, passed through the
 * older string-taking helpers): shown as it is in every language.
 */
export function verbatim(text: string): Message {
  return { code: 'verbatim', params: { text } };
}

/** A message from either form a helper may be given. */
export function toMessage(value: string | Message | (() => string)): Message {
  if (typeof value === 'string') return verbatim(value);
  if (typeof value === 'function') return verbatim(value());
  return value;
}
