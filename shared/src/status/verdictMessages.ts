import type { Formatter } from '../i18n/formatter';
import { withArticle } from '../values/withArticle';

/** The English templates of scoreVerdict's sentences (a table of its own: see inEnglishFrom). */
export const EN_VERDICT = {
  'verdict.no_grade': (p: { committed: boolean; expected: number }, f: Formatter): string =>
    `No grade yet; ${withArticle(p.committed ? 'committed' : 'aspirational')} OKR succeeds at ${f.num(p.expected, { decimals: 1 })}.`,
  'verdict.met': (p: { grade: number; expected: number; committed: boolean }, f: Formatter): string =>
    `${f.num(p.grade, { decimals: 1 })} meets the ${f.num(p.expected, { decimals: 1 })} expected of ${withArticle(p.committed ? 'committed' : 'aspirational')} OKR.`,
  'verdict.below': (p: { grade: number; expected: number; committed: boolean }, f: Formatter): string =>
    `${f.num(p.grade, { decimals: 1 })} is below the ${f.num(p.expected, { decimals: 1 })} expected of ${withArticle(p.committed ? 'committed' : 'aspirational')} OKR${p.committed ? '; hold a postmortem' : ''}.`,
};
