import { isMissing } from '../values/isMissing';
import { ValueError } from '../values/ValueError';

/** Confidence bands: high ≥ 0.7, medium ≥ 0.4, low below (WorkBoard, OpenOKR). */
export type ConfidenceBand = 'high' | 'medium' | 'low';

/**
 * Brings a confidence entered on a 0–1, 0–10 or 0–100 scale to the stored 0–1.
 *
 * Teams rate confidence as "7/10" or "70 %"; the scale is stated, never guessed,
 * because a 1 means "certain" on one scale and "hopeless" on another. `null` when
 * empty; out-of-scale values throw a `ValueError`.
 */
export function toConfidence(value: number | null | undefined, scale: 1 | 10 | 100 = 1): number | null {
  if (isMissing(value)) return null;
  const v = value as number;
  if (v < 0 || v > scale) {
    throw new ValueError(`a confidence from 0 to ${scale}`, v, `Enter a value between 0 and ${scale}, or clear it.`);
  }
  return v / scale;
}

/**
 * The band of a 0–1 confidence. Confidence stays separate from progress and score:
 * a key result can be 80 % done with low confidence that the rest will land.
 */
export function confidenceBand(confidence: number | null | undefined): ConfidenceBand | null {
  if (isMissing(confidence)) return null;
  const c = confidence as number;
  if (c >= 0.7 - 1e-9) return 'high';
  if (c >= 0.4 - 1e-9) return 'medium';
  return 'low';
}
