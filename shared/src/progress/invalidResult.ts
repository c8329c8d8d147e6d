import type { ProgressResult } from '../types';

/** A key result that cannot be scored as entered: no number, and a sentence saying what to fix. */
export function invalidResult(explain: string): ProgressResult {
  return { raw: null, progress: null, reason: 'invalid', explain: `Cannot score: ${explain}` };
}

/** A key result with no current value yet: `null`, never 0 % ("silence is never green", nor red). */
export function noDataResult(what = 'Current is empty'): ProgressResult {
  return { raw: null, progress: null, reason: 'no_data', explain: `No data: ${what}; enter the latest value.` };
}
