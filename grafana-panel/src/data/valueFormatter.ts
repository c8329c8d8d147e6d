import { fieldReducers, formattedValueToString, getValueFormat } from '@grafana/data';
import type { Field } from '@grafana/data';
import { formatNumber } from '@aligned/core';

export type ValueFormatter = (value: number | null | undefined) => string;

/** At or above this size, decimals are noise on a label ("643,251", not "643,251.44"). */
const WHOLE_FROM = 100;

/**
 * How a key result's values read wherever the panel prints them (target label, legend,
 * tooltip, axis, header): in the field's unit (Standard options › Unit) and decimals, the way
 * Grafana's own panels print them, e.g. "$643K".
 *
 * The unit is dropped when the reducer does not keep it (Grafana's `preservesUnits`: a Count
 * of dollar amounts is a number of samples, not dollars). Value mappings and thresholds are
 * deliberately not applied (unlike `field.display`): a target or forecast is a number, not a
 * state. Without a unit, numbers use the core's formatting with the field's decimals, or none
 * for values of 100 and more. `compact` shortens unit-less numbers for axis ticks ("600K").
 */
export function valueFormatter(field: Pick<Field, 'config'>, reducerId: string, options: { compact?: boolean } = {}): ValueFormatter {
  const preservesUnits = fieldReducers.getIfExists(reducerId)?.preservesUnits ?? true;
  const unit = preservesUnits ? field.config.unit : undefined;
  const decimals = typeof field.config.decimals === 'number' && Number.isFinite(field.config.decimals) ? field.config.decimals : undefined;
  if (unit && unit !== 'none') {
    const format = getValueFormat(unit);
    return (value) => {
      if (!isNumber(value)) return formatNumber(null);
      const text = formattedValueToString(format(value, decimals));
      // Grafana's scaled units break down far beyond their largest prefix ("NaN.nfinity"): say the number plainly.
      return /NaN|Infinity|undefined/.test(text) ? value.toExponential(2).replace('e+', 'e') : text;
    };
  }
  return (value) => {
    if (!isNumber(value)) return formatNumber(null);
    if (options.compact) return formatNumber(value, { compact: true, decimals });
    return formatNumber(value, { decimals: decimals ?? (Math.abs(value) >= WHOLE_FROM ? 0 : undefined) });
  };
}

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
