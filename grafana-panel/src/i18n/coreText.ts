import { STATUS_LABELS, gradeNote, resolveLocale, type Explainable, type Grade, type Locale, type StatusCode } from '@aligned/core';

/**
 * The core's words as the panel shows them, in the language Grafana shows the panel in: status
 * words, grade labels and every explanation. English is what each result already carries, so an
 * English panel ships no catalogue; the Russian catalogue (the core's ru.ts) is a chunk of its own,
 * loaded once at plugin start when Grafana speaks Russian (see initTranslations.ts).
 */
export interface CoreText {
  readonly locale: Locale;
  /** The sentence of any core result (key result, status, grade, forecast, problem). */
  explain(result: Explainable): string;
  status(code: StatusCode): string;
  grade(grade: Grade): string;
  /** Why status and score seem to disagree, or null when they agree. */
  gradeNote(status: { code: StatusCode; label: string }, grade: Grade): string | null;
}

export const ENGLISH_CORE_TEXT: CoreText = {
  locale: 'en',
  explain: (result) => result.explain || result.message || '',
  status: (code) => STATUS_LABELS[code],
  grade: (grade) => grade.label,
  gradeNote,
};

let current: CoreText = ENGLISH_CORE_TEXT;
let latestRequest = 0;

// A chunk that never arrives would hold the plugin's start for webpack's two-minute chunk timeout.
const CHUNK_TIMEOUT_MS = 10_000;

/** The core's words in the panel's language (English until initTranslations picks another). */
export function coreText(): CoreText {
  return current;
}

/**
 * Switches the core's words to a Grafana language tag ("ru-RU"); anything the core cannot speak is English,
 * and so is a language whose chunk fails to load or takes longer than `timeoutMs`.
 */
export async function setCoreLanguage(languageTag: string | undefined, timeoutMs = CHUNK_TIMEOUT_MS): Promise<Locale> {
  const request = ++latestRequest;
  let words = ENGLISH_CORE_TEXT;
  if (resolveLocale(languageTag) === 'ru') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    const loaded = import(/* webpackChunkName: "core-ru" */ './russianCoreText').then((m) => m.RUSSIAN_CORE_TEXT);
    try {
      words = (await Promise.race([loaded, late])) ?? ENGLISH_CORE_TEXT;
    } finally {
      clearTimeout(timer);
    }
    if (words === ENGLISH_CORE_TEXT) console.warn(`The core's ${languageTag} messages took longer than ${timeoutMs} ms to load: English instead`);
  }
  // A later call wins (the host changed language while this one loaded).
  if (request === latestRequest) current = words;
  return current.locale;
}
