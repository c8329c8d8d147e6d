import { isMissing } from '../values/isMissing';

/**
 * The Google-style end-of-period grade: progress clamped to 0..1 and rounded to the
 * nearest tenth (0.65 → 0.7).
 *
 * Graders work in tenths; float noise must not decide the grade, so 0.65 (stored as
 * 0.6499999…) rounds up as a person would. `null` stays `null`: no data is no grade.
 */
export function score(progress: number | null | undefined): number | null {
  if (isMissing(progress)) return null;
  const p = Math.min(1, Math.max(0, progress as number));
  return Math.round(p * 10 + 1e-9) / 10;
}
