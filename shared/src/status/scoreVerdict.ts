import { explainedFrom } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import { EN_VERDICT } from './verdictMessages';
import { isMissing } from '../values/isMissing';

export interface ScoreVerdict {
  /** Whether the grade meets the bar for this kind of OKR; `null` without a grade. */
  succeeded: boolean | null;
  /** The bar: 1.0 for committed OKRs, 0.7 for aspirational ones. */
  expected: number;
  /** Committed OKRs below 1.0 call for a postmortem (Google's playbook). */
  postmortem: boolean;
  explain: string;
  /** The sentence as a catalogue message, to render in another language: `explain(result, 'ru')`. */
  i18n?: Message;
}

/**
 * Judges a final grade the way Google's playbook does: a committed OKR succeeds only
 * at 1.0 (anything less calls for a postmortem), an aspirational one at 0.7, where
 * 0.6–0.7 is the sweet spot. The same 0.7 means success for one and failure for the other.
 */
export function scoreVerdict(grade: number | null | undefined, committed: boolean): ScoreVerdict {
  const expected = committed ? 1 : 0.7;
  if (isMissing(grade)) {
    return { succeeded: null, expected, postmortem: false, ...explainedFrom(EN_VERDICT, msg('verdict.no_grade', { committed, expected })) };
  }
  const g = grade as number;
  const succeeded = g >= expected - 1e-9;
  return {
    succeeded,
    expected,
    postmortem: committed && !succeeded,
    ...explainedFrom(EN_VERDICT, msg(succeeded ? 'verdict.met' : 'verdict.below', { grade: g, expected, committed })),
  };
}
