import type { Grade } from '../grade/types';
import type { HealthCode, StatusCode } from '../types';
import { MISSING_TEXT } from '../values/formatNumber';
import { EN_HEALTH } from '../health/healthMessages';
import { EN_EVENTS } from '../rules/eventMessages';
import { EN_SCHEMA } from '../schema/schemaMessages';
import { EN_VERDICT } from '../status/verdictMessages';
import { EN } from './en';
import { EN_LABELS } from './en-labels';
import { makeFormatter, type Formatter } from './formatter';
import { resolveLocale, type Locale } from './locale';
import type { Message } from './message';
import { RU, type Catalogue } from './ru';

/** Every language's catalogue. English is also the fallback for a code another language lacks. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en: { ...EN, ...EN_LABELS, ...EN_HEALTH, ...EN_VERDICT, ...EN_EVENTS, ...EN_SCHEMA }, ru: RU };

const FORMATTERS = new Map<Locale, Formatter>();

function formatterOf(locale: Locale): Formatter {
  let f = FORMATTERS.get(locale);
  if (f === undefined) {
    f = makeFormatter(locale, (message, inner) => renderWith(message, inner));
    FORMATTERS.set(locale, f);
  }
  return f;
}

function renderWith(message: Message, f: Formatter): string {
  const template = (CATALOGUES[f.locale][message.code] || CATALOGUES.en[message.code]) as ((params: unknown, f: Formatter) => string) | undefined;
  // A code this build does not know (a result from a newer core): say nothing rather than break.
  return template === undefined ? '' : template(message.params || {}, f);
}

/** A message in a locale ('en' by default; any tag such as "ru-RU" or "ru_RU" is accepted). */
export function renderMessage(message: Message, locale: Locale | string = 'en'): string {
  return renderWith(message, formatterOf(resolveLocale(locale)));
}

/** Anything the core returns with a sentence: results carry `explain` (problems `message`) and `i18n`. */
export interface Explainable {
  i18n?: Message;
  explain?: string;
  message?: string;
}

/**
 * The sentence of any core result in a locale: `explain(scoreKeyResult(kr), 'ru')`,
 * `explain(evaluation.status, 'ru')`, `explain(problem, 'ru')`. English is the text
 * the result already carries. A result without a message (made by an older core or
 * by hand) falls back to its English text.
 */
export function explain(result: Explainable, locale: Locale | string = 'en'): string {
  if (result.i18n !== undefined && result.i18n !== null) return renderMessage(result.i18n, locale);
  return result.explain || result.message || '';
}

/** What a status is called in a locale: statusLabel('on_track', 'ru') → "По плану". */
export function statusLabel(code: StatusCode, locale: Locale | string = 'en'): string {
  return renderMessage({ code: 'label.status', params: { code } }, locale);
}

/** What a KPI health is called in a locale. */
export function healthLabel(code: HealthCode, locale: Locale | string = 'en'): string {
  return renderMessage({ code: 'label.health', params: { code } }, locale);
}

/** A grade's label in a locale: gradeLabel(grade, 'ru') → "0,9 прогноз"; "—" without a score. */
export function gradeLabel(grade: Pick<Grade, 'score' | 'basis'>, locale: Locale | string = 'en'): string {
  if (grade.score === null) return MISSING_TEXT;
  return renderMessage({ code: 'grade.label', params: { score: grade.score, projected: grade.basis === 'projected' } }, locale);
}
