import { formatNumber, MISSING_TEXT } from './formatNumber';
import { isMissing } from './isMissing';

/**
 * Prints a fraction as a percentage: 0.62 → "62 %", 1.25 → "125 %".
 *
 * Progress is stored as a fraction everywhere in the core; this is the one place it
 * becomes a percentage, so every front end shows the same rounding (whole percent
 * by default, like the status badges) and a missing value never prints as "0 %".
 */
export function formatPercent(fraction: number | null | undefined, decimals = 0): string {
  if (isMissing(fraction)) return MISSING_TEXT;
  const percent = (fraction as number) * 100;
  // Snap away float noise first, so that 0.285 (28.499999…%) rounds like the 28.5 it means.
  const snapped = Math.abs(percent) < 1e12 ? Math.round(percent * 1e6) / 1e6 : percent;
  if (decimals === 0) {
    const whole = Math.floor(Math.abs(snapped) + 0.5);
    return `${formatNumber(snapped < 0 && whole !== 0 ? -whole : whole)} %`;
  }
  return `${formatNumber(snapped, { decimals })} %`;
}
