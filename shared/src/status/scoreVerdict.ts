import { formatNumber } from '../values/formatNumber';
import { isMissing } from '../values/isMissing';
import { withArticle } from '../values/withArticle';

export interface ScoreVerdict {
  /** Whether the grade meets the bar for this kind of OKR; `null` without a grade. */
  succeeded: boolean | null;
  /** The bar: 1.0 for committed OKRs, 0.7 for aspirational ones. */
  expected: number;
  /** Committed OKRs below 1.0 call for a postmortem (Google's playbook). */
  postmortem: boolean;
  explain: string;
}

/**
 * Judges a final grade the way Google's playbook does: a committed OKR succeeds only
 * at 1.0 (anything less calls for a postmortem), an aspirational one at 0.7, where
 * 0.6–0.7 is the sweet spot. The same 0.7 means success for one and failure for the other.
 */
export function scoreVerdict(grade: number | null | undefined, committed: boolean): ScoreVerdict {
  const expected = committed ? 1 : 0.7;
  const kind = committed ? 'committed' : 'aspirational';
  if (isMissing(grade)) {
    return { succeeded: null, expected, postmortem: false, explain: `No grade yet; ${withArticle(kind)} OKR succeeds at ${formatNumber(expected, { decimals: 1 })}.` };
  }
  const g = grade as number;
  const succeeded = g >= expected - 1e-9;
  const shown = formatNumber(g, { decimals: 1 });
  const bar = formatNumber(expected, { decimals: 1 });
  return {
    succeeded,
    expected,
    postmortem: committed && !succeeded,
    explain: succeeded
      ? `${shown} meets the ${bar} expected of ${withArticle(kind)} OKR.`
      : `${shown} is below the ${bar} expected of ${withArticle(kind)} OKR${committed ? '; hold a postmortem' : ''}.`,
  };
}
