import { formatNumber, formatPercent } from '@aligned/core';
import type { BulletItem } from './bulletItem';
import type { BulletGeometry } from './bulletGeometry';

function withUnit(value: number | null, unit: string, format?: BulletItem['format']): string {
  if (format) return format(value);
  const text = formatNumber(value, { compact: value !== null && Math.abs(value) >= 1e6 });
  return unit && value !== null ? `${text} ${unit}` : text;
}

/** "31 / 43", "31 in 20–40", "Done", "31 (no target)": the figures beside the chart. */
export function valueText(item: BulletItem): string {
  if (item.kind === 'milestone') {
    return item.progress === null ? 'Unknown' : item.progress >= 1 ? 'Done' : 'Not done';
  }
  const current = withUnit(item.current, item.unit, item.format);
  if (item.kind === 'range' && (item.low !== null || item.high !== null)) {
    return `${current} in ${withUnit(item.low, '', item.format)}–${withUnit(item.high, '', item.format)}`;
  }
  if (item.target === null) {
    return `${current} (no target)`;
  }
  return `${current} / ${withUnit(item.target, item.unit, item.format)}`;
}

/** Everything the chart shows, in words, for screen readers and the hover title. */
export function chartLabel(item: BulletItem, geometry: BulletGeometry): string {
  const parts = [`${item.title}: current ${withUnit(item.current, item.unit, item.format)}`];
  if (item.target !== null) {
    parts.push(`target ${withUnit(item.target, item.unit, item.format)}`);
  }
  if (item.baseline !== null) {
    parts.push(`baseline ${withUnit(item.baseline, item.unit, item.format)}`);
  }
  if (item.low !== null || item.high !== null) {
    parts.push(`range ${withUnit(item.low, '', item.format)} to ${withUnit(item.high, '', item.format)}`);
  }
  parts.push(`progress ${formatPercent(item.progress)}`);
  if (geometry.pace !== null && item.expected !== null) {
    parts.push(`pace expects ${formatPercent(item.expected)} of the way today`);
  }
  if (geometry.bands.length > 0) {
    parts.push(`bands: ${geometry.bands.map((b) => b.label).join(', ')}`);
  }
  parts.push(`status ${item.status.label}`);
  return parts.join('; ');
}
