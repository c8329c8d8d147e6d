import { ThresholdsMode } from '@grafana/data';
import { DEFAULT_THRESHOLDS, type StatusThresholds } from '@aligned/core';
import type { BulletItem } from './bulletItem';
import type { BulletBands } from './bulletsOptions';
import { t as i18n } from '../../i18n/t';

/** What a qualitative band means; the legend and the aria-label say it in words. */
export type BandTone = 'bad' | 'warn' | 'good' | 'threshold';

export interface Band {
  /** Left and right edges, in % of the chart width. */
  from: number;
  to: number;
  tone: BandTone;
  /** Grafana colour of a threshold step (tone 'threshold' only). */
  color?: string;
  /** "at risk", "≥ 80", for the accessible description. */
  label: string;
}

/**
 * Where things go on one bullet chart, all in % of its width. Pure layout: positions on a
 * linear axis spanning the key result's own figures (baseline, target, current, bounds).
 */
export interface BulletGeometry {
  /** Axis ends in the key result's unit. */
  domain: [number, number];
  bands: Band[];
  /** Bar from the baseline (or the axis start) to the current value; null without a value. */
  bar: { from: number; to: number } | null;
  target: number | null;
  /** Where the pace says the value should be today. */
  pace: number | null;
}

/**
 * Lays out a bullet. Returns null when there is nothing to place (no figure at all).
 * Milestones and key results without a usable baseline-to-target span are drawn on a
 * 0–100 % progress axis instead, using the core's progress.
 */
export function bulletGeometry(
  item: BulletItem,
  bands: BulletBands,
  rule: Readonly<StatusThresholds> = DEFAULT_THRESHOLDS
): BulletGeometry | null {
  if (usesProgressAxis(item)) {
    return progressAxisGeometry(item, bands, rule);
  }
  const figures = [item.baseline, item.target, item.current, item.low, item.high].filter(isFiniteNumber);
  if (figures.length === 0) {
    return null;
  }
  const domain = paddedDomain(Math.min(...figures), Math.max(...figures));
  const pos = positioner(domain);
  const start = item.baseline ?? domain[0];
  return {
    domain,
    bands: valueBands(item, bands, domain, pos, rule),
    bar: item.current === null ? null : ordered(pos(start), pos(item.current)),
    target: item.target === null ? null : pos(item.target),
    pace: paceTick(item, pos),
  };
}

function usesProgressAxis(item: BulletItem): boolean {
  if (item.kind === 'milestone') {
    return true;
  }
  // Nothing to place on a value axis but a progress figure (e.g. a checklist): draw the progress.
  return item.target === null && item.low === null && item.high === null && item.current === null && item.progress !== null;
}

function progressAxisGeometry(item: BulletItem, bands: BulletBands, rule: Readonly<StatusThresholds>): BulletGeometry {
  const pos = (p: number) => clampPercent(p * 100);
  return {
    domain: [0, 1],
    bands: bands === 'pace' && item.expected !== null && item.kind !== 'milestone' ? paceBands(0, 100, item.expected, rule) : [],
    bar: item.progress === null ? null : { from: 0, to: pos(item.progress) },
    target: 100,
    pace: item.expected === null || item.kind === 'milestone' ? null : pos(item.expected),
  };
}

function valueBands(
  item: BulletItem,
  source: BulletBands,
  domain: [number, number],
  pos: (v: number) => number,
  rule: Readonly<StatusThresholds>
): Band[] {
  if (source === 'thresholds') {
    return thresholdBands(item, domain, pos);
  }
  if (source !== 'pace') {
    return [];
  }
  switch (item.kind) {
    case 'range':
      return rangeBands(item, pos);
    case 'above':
    case 'below':
      return item.target === null ? [] : conditionBands(item.kind, pos(item.target));
    case 'track':
      return [];
    default:
      if (item.baseline === null || item.target === null || item.expected === null) {
        return [];
      }
      return paceBands(pos(item.baseline), pos(item.target), item.expected, rule);
  }
}

/**
 * Pace bands between the baseline (b) and the target (t): where today's status would change,
 * read from the core's status rule. Ratio rule: off track below atRisk × expected, at risk up to
 * onTrack × expected. Gap rule: the same as points behind expected. Achievement rule: fixed
 * progress levels. (The early-period grace of the default rule is not drawn.) Positions move
 * linearly from b to t, so decreasing key results (t left of b) work too.
 */
export function paceBands(b: number, t: number, expected: number, rule: Readonly<StatusThresholds> = DEFAULT_THRESHOLDS): Band[] {
  const [riskFraction, trackFraction] = bandEdges(expected, rule);
  const at = (fraction: number) => b + fraction * (t - b);
  const riskEdge = at(riskFraction);
  const trackEdge = at(trackFraction);
  const towardsTarget = t >= b ? 100 : 0;
  const awayFromTarget = t >= b ? 0 : 100;
  return [
    { ...ordered(awayFromTarget, riskEdge), tone: 'bad' as const, label: i18n('bullets.band.off-track', 'off-track pace') },
    { ...ordered(riskEdge, trackEdge), tone: 'warn' as const, label: i18n('bullets.band.at-risk', 'at-risk pace') },
    { ...ordered(trackEdge, towardsTarget), tone: 'good' as const, label: i18n('bullets.band.on-track', 'on-track pace') },
  ].filter((band) => band.to - band.from > 0);
}

/** Progress fractions where "at risk" and "on track" begin today, under the rule. */
function bandEdges(expected: number, rule: Readonly<StatusThresholds>): [number, number] {
  switch (rule.method ?? 'ratio') {
    case 'gap':
      return [Math.max(0, expected - rule.atRisk), Math.max(0, expected - rule.onTrack)];
    case 'achievement':
      return [rule.atRisk, rule.onTrack];
    default:
      return [rule.atRisk * expected, rule.onTrack * expected];
  }
}

function rangeBands(item: BulletItem, pos: (v: number) => number): Band[] {
  const low = item.low === null ? 0 : pos(item.low);
  const high = item.high === null ? 100 : pos(item.high);
  return [
    { from: 0, to: low, tone: 'bad' as const, label: i18n('bullets.band.below-range', 'below range') },
    { from: low, to: high, tone: 'good' as const, label: i18n('bullets.band.inside-range', 'inside range') },
    { from: high, to: 100, tone: 'bad' as const, label: i18n('bullets.band.above-range', 'above range') },
  ].filter((band) => band.to - band.from > 0);
}

function conditionBands(kind: 'above' | 'below', target: number): Band[] {
  const below: Band = { from: 0, to: target, tone: kind === 'above' ? 'bad' : 'good', label: i18n('bullets.band.below-target', 'below target') };
  const above: Band = { from: target, to: 100, tone: kind === 'above' ? 'good' : 'bad', label: i18n('bullets.band.above-target', 'above target') };
  return [below, above].filter((band) => band.to - band.from > 0);
}

/**
 * Bands from the field's Grafana thresholds: each step colours the values from its own value
 * up to the next step. Percentage steps are read against the field's min/max when set,
 * else against the axis.
 */
function thresholdBands(item: BulletItem, domain: [number, number], pos: (v: number) => number): Band[] {
  const steps = item.thresholds?.steps ?? [];
  if (steps.length === 0) {
    return [];
  }
  const percentage = item.thresholds?.mode === ThresholdsMode.Percentage;
  const min = item.fieldMin ?? domain[0];
  const max = item.fieldMax ?? domain[1];
  const valueOf = (v: number | null | undefined): number =>
    v === null || v === undefined || !Number.isFinite(v) ? -Infinity : percentage ? min + ((max - min) * v) / 100 : v;
  const bands: Band[] = [];
  for (let i = 0; i < steps.length; i++) {
    const fromValue = valueOf(steps[i].value);
    const toValue = i + 1 < steps.length ? valueOf(steps[i + 1].value) : Infinity;
    const from = fromValue === -Infinity ? 0 : pos(fromValue);
    const to = toValue === Infinity ? 100 : pos(toValue);
    if (to > from) {
      bands.push({
        from,
        to,
        tone: 'threshold',
        color: steps[i].color,
        label: fromValue === -Infinity ? i18n('bullets.band.base', 'base') : i18n('bullets.band.from', 'from {{value}}', { value: fromValue, interpolation: { escapeValue: false } }),
      });
    }
  }
  return bands;
}

function paceTick(item: BulletItem, pos: (v: number) => number): number | null {
  if (item.expected === null || item.baseline === null || item.target === null) {
    return null;
  }
  if (item.kind !== null && item.kind !== 'increase' && item.kind !== 'decrease') {
    return null; // thresholds, ranges and milestones have no pace line
  }
  const b = pos(item.baseline);
  return clampPercent(b + item.expected * (pos(item.target) - b));
}

/** A little room either side so markers at the ends stay visible. */
export function paddedDomain(lo: number, hi: number): [number, number] {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - pad, hi + pad];
  }
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

function positioner([lo, hi]: [number, number]): (v: number) => number {
  return (v) => clampPercent(((v - lo) / (hi - lo)) * 100);
}

function clampPercent(p: number): number {
  return Math.min(100, Math.max(0, p));
}

function ordered(a: number, b: number): { from: number; to: number } {
  return a <= b ? { from: clampPercent(a), to: clampPercent(b) } : { from: clampPercent(b), to: clampPercent(a) };
}

function isFiniteNumber(v: number | null): v is number {
  return v !== null && Number.isFinite(v);
}
