/** The dashboard time range: Grafana's relative syntax, resolved with @grafana/data's own date math. */
import { dateTime, rangeUtil, type RawTimeRange, type TimeRange, type TimeZone } from '@grafana/data';

export interface QuickRange {
  label: string;
  raw: RawTimeRange;
}

/**
 * Grafana's quick ranges that suit OKR periods. "This quarter" (the default) runs to the
 * quarter's end, so the panels show the rest of the period ahead of today.
 */
export const QUICK_RANGES: QuickRange[] = [
  { label: 'This quarter', raw: { from: 'now/Q', to: 'now/Q' } },
  { label: 'This month', raw: { from: 'now/M', to: 'now/M' } },
  { label: 'This year', raw: { from: 'now/y', to: 'now/y' } },
  { label: 'Last 30 days', raw: { from: 'now-30d', to: 'now' } },
  { label: 'Last 90 days', raw: { from: 'now-90d', to: 'now' } },
  { label: 'Last 2 years', raw: { from: 'now-2y', to: 'now' } },
];

export const DEFAULT_RAW_RANGE: RawTimeRange = QUICK_RANGES[0].raw;

export function resolveRange(raw: RawTimeRange, timeZone: TimeZone): TimeRange {
  return rangeUtil.convertRawToRange(raw, timeZone);
}

export function absoluteRange(from: number, to: number): TimeRange {
  return { from: dateTime(from), to: dateTime(to), raw: { from: dateTime(from), to: dateTime(to) } };
}
