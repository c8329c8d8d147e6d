import { formatNumber, formatPercent } from '@aligned/core';
import type { BulletItem } from './bulletItem';
import type { BulletGeometry } from './bulletGeometry';
import { t } from '../../i18n/t';
import { coreText } from '../../i18n/coreText';

function withUnit(value: number | null, unit: string, format?: BulletItem['format']): string {
  if (format) return format(value);
  const text = formatNumber(value, { compact: value !== null && Math.abs(value) >= 1e6 });
  return unit && value !== null ? `${text} ${unit}` : text;
}

/** "31 / 43", "31 in 20–40", "Done", "31 (no target)": the figures beside the chart. */
export function valueText(item: BulletItem): string {
  if (item.kind === 'milestone') {
    return item.progress === null ? t('bullets.milestone.unknown', 'Unknown') : item.progress >= 1 ? t('bullets.milestone.done', 'Done') : t('bullets.milestone.not-done', 'Not done');
  }
  const current = withUnit(item.current, item.unit, item.format);
  if (item.kind === 'range' && (item.low !== null || item.high !== null)) {
    return t('bullets.value.in-range', '{{current}} in {{low}}–{{high}}', { current, low: withUnit(item.low, '', item.format), high: withUnit(item.high, '', item.format), interpolation: { escapeValue: false } });
  }
  if (item.target === null) {
    return t('bullets.value.no-target', '{{current}} (no target)', { current, interpolation: { escapeValue: false } });
  }
  return `${current} / ${withUnit(item.target, item.unit, item.format)}`;
}

/** Everything the chart shows, in words, for screen readers and the hover title. */
export function chartLabel(item: BulletItem, geometry: BulletGeometry): string {
  const parts = [t('bullets.aria.current', '{{title}}: current {{value}}', { title: item.title, value: withUnit(item.current, item.unit, item.format), interpolation: { escapeValue: false } })];
  if (item.target !== null) {
    parts.push(t('bullets.aria.target', 'target {{value}}', { value: withUnit(item.target, item.unit, item.format), interpolation: { escapeValue: false } }));
  }
  if (item.baseline !== null) {
    parts.push(t('bullets.aria.baseline', 'baseline {{value}}', { value: withUnit(item.baseline, item.unit, item.format), interpolation: { escapeValue: false } }));
  }
  if (item.low !== null || item.high !== null) {
    parts.push(t('bullets.aria.range', 'range {{low}} to {{high}}', { low: withUnit(item.low, '', item.format), high: withUnit(item.high, '', item.format), interpolation: { escapeValue: false } }));
  }
  parts.push(t('bullets.aria.progress', 'progress {{percent}}', { percent: formatPercent(item.progress), interpolation: { escapeValue: false } }));
  if (geometry.pace !== null && item.expected !== null) {
    parts.push(t('bullets.aria.pace', 'pace expects {{percent}} of the way today', { percent: formatPercent(item.expected), interpolation: { escapeValue: false } }));
  }
  if (geometry.bands.length > 0) {
    parts.push(t('bullets.aria.bands', 'bands: {{bands}}', { bands: geometry.bands.map((b) => b.label).join(', '), interpolation: { escapeValue: false } }));
  }
  parts.push(t('bullets.aria.status', 'status {{status}}', { status: coreText().status(item.status.code), interpolation: { escapeValue: false } }));
  return parts.join('; ');
}
