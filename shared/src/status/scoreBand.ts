import type { ScoreBand } from '../types';
import { isMissing } from '../values/isMissing';

/**
 * The colour of a grade: red below 0.4, yellow below 0.7, green from 0.7.
 *
 * Google's published bands (0.0–0.3, 0.4–0.6, 0.7–1.0) leave gaps; half-open bands
 * close them, so 0.35 or 0.69 from an unrounded score still gets a colour.
 */
export function scoreBand(value: number | null | undefined): ScoreBand | null {
  if (isMissing(value)) return null;
  const s = value as number;
  if (s < 0.4 - 1e-9) return 'red';
  if (s < 0.7 - 1e-9) return 'yellow';
  return 'green';
}
