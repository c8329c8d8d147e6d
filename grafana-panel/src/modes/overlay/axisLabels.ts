import { fieldReducers, formattedValueToString, getValueFormat } from '@grafana/data';
import type { Field } from '@grafana/data';
import { formatNumber } from '@aligned/core';

/** Formats one tick with the given number of decimals. */
type TickFormat = (value: number, decimals: number) => string;

const SIZES = [1e12, 1e9, 1e6, 1e3];
const LETTERS = ['T', 'B', 'M', 'K'];
/** Beyond this, ticks read in exponent notation: a row of "1,000,000T" helps no one. */
const EXPONENT_FROM = 1e15;
const MAX_DECIMALS = 8;

/**
 * The y axis' tick labels: in the field's unit (Grafana's value formats, as its own axes) or,
 * without a unit, shortened with one K/M/B/T suffix for the whole axis. The decimals follow the
 * tick spacing, as Grafana's axes do, and grow until no two labels read the same ("1.2K, 1.2K"
 * for 1,150 and 1,175 says nothing).
 */
export function axisTickLabels(field: Pick<Field, 'config'>, reducerId: string): (splits: number[], incr: number) => string[] {
  const preservesUnits = fieldReducers.getIfExists(reducerId)?.preservesUnits ?? true;
  const unit = preservesUnits ? field.config.unit : undefined;
  return (splits, incr) => {
    let largest = 0;
    for (const v of splits) if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
    let format: TickFormat;
    let scaledIncr = Math.abs(incr);
    if (largest >= EXPONENT_FROM) {
      format = (v, d) => v.toExponential(Math.min(d, 6)).replace('e+', 'e');
      scaledIncr = Math.abs(incr) / 10 ** Math.floor(Math.log10(largest));
    } else if (unit && unit !== 'none') {
      const valueFormat = getValueFormat(unit);
      format = (v, d) => {
        const text = formattedValueToString(valueFormat(v, d));
        return /NaN|Infinity|undefined/.test(text) ? v.toExponential(Math.min(d, 6)).replace('e+', 'e') : text;
      };
    } else {
      const i = SIZES.findIndex((s) => largest >= s);
      const size = i >= 0 ? SIZES[i] : 1;
      const letter = i >= 0 ? LETTERS[i] : '';
      format = (v, d) => (v === 0 ? '0' : formatNumber(v / size, { decimals: d }) + letter);
      scaledIncr = Math.abs(incr) / size;
    }
    let decimals = decimalsOf(scaledIncr);
    const all = () => splits.map((v) => (Number.isFinite(v) ? withoutTrailingZeros(format(v, decimals)) : ''));
    let labels = all();
    while (hasRepeats(labels) && decimals < MAX_DECIMALS) {
      decimals++;
      labels = all();
    }
    return labels;
  };
}

/**
 * "800.0 req/s" → "800 req/s", "1.20K" → "1.2K": the decimals that tell two ticks apart stay, the
 * zeros a scaled unit adds to the others go (two different numbers never end up the same).
 */
function withoutTrailingZeros(text: string): string {
  return text.replace(/(\d)\.(\d*?)0+(?!\d)/, (_m, lead: string, kept: string) => (kept ? `${lead}.${kept}` : lead));
}

/** Decimals needed to write the tick step itself (0.25 → 2, 5 → 0). */
function decimalsOf(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d < MAX_DECIMALS; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
  }
  return MAX_DECIMALS;
}

function hasRepeats(labels: string[]): boolean {
  const seen = new Set<string>();
  for (const l of labels) {
    if (l === '') continue;
    if (seen.has(l)) return true;
    seen.add(l);
  }
  return false;
}
