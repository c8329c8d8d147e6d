import { ThresholdsMode } from '@grafana/data';
import { expectedProgress, formatNumber } from '@aligned/core';
import type { PanelKeyResult } from '../../data/model';
import { valueFormatter } from '../../data/valueFormatter';
import type { OverlayOptions } from '../../types';
import type { PaceThresholds } from './paceThresholds';
import { scaleKeys, Y_SCALE } from './scales';
import { t } from '../../i18n/t';
import { coreText } from '../../i18n/coreText';

/** A line segment in data space (time, value). */
export interface Segment {
  t0: number;
  v0: number;
  t1: number;
  v1: number;
}

/**
 * A shaded region: between `lower[i]` and `upper[i]` at `times[i]` (values; ±Infinity = the plot's
 * edge). `colorName` is a Grafana colour name resolved against the theme when drawn; `label` is
 * the text that says what the colour means.
 */
export interface Band {
  label: string;
  colorName: string;
  times: number[];
  lower: number[];
  upper: number[];
}

export interface KeyResultOverlay {
  keyResultId: string;
  /** The y scale (one per unit) its target, pace and forecast are drawn on. */
  scale: string;
  target: { value: number; text: string } | null;
  pace: (Segment & { text: string }) | null;
  forecast: (Segment & { text: string; completion: number | null; method: 'pace' | 'trend' }) | null;
}

/** Everything the overlay draws, in data coordinates. Pure: computed once, drawn by the uPlot hooks. */
export interface OverlayGeometry {
  /** The x range to show: the data's time range widened to the whole period. */
  xRange: [number, number];
  /** Values that must stay in view on the first y scale (the axis stretches to include them). */
  yMust: number[];
  /** The same per y scale (one per unit). */
  mustByScale: Record<string, number[]>;
  bands: Band[];
  /** Where the bands come from, for the legend ("Bands: on track / at risk / off track vs pace"). */
  bandSource: OverlayOptions['bands'] | 'none';
  keyResults: KeyResultOverlay[];
  now: number | null;
  periodStart: number;
  periodEnd: number;
  periodLabel: string;
  /** Draw dotted "Start" / "End" lines at the period's edges. */
  showPeriodEdges: boolean;
  /** The words on the markers, translated once here rather than on every draw. */
  markerText: { start: string; end: string; now: string };
}

const BAND_SAMPLES = 32;

/**
 * The overlay for the key results: target lines, ideal pace, bands, forecasts, now and the
 * period's edges. Bands are drawn for the first key result only (one set of colours behind
 * the data stays readable); every key result gets its own target, pace and forecast.
 */
export function buildOverlayGeometry(
  keyResults: PanelKeyResult[],
  options: OverlayOptions,
  dataRange: { from: number; to: number },
  pace: PaceThresholds
): OverlayGeometry | null {
  const first = keyResults[0];
  if (!first) return null;
  const period = first.period;
  const xRange: [number, number] = [Math.min(dataRange.from, period.from), Math.max(dataRange.to, period.to)];
  const scales = scaleKeys(keyResults);
  const mustByScale: Record<string, number[]> = {};
  for (const s of scales) mustByScale[s] = [];
  const yMust = mustByScale[Y_SCALE];
  const paceText = t('overlay.ideal-pace', 'Ideal pace');
  const overlays = keyResults.map((kr, i) => keyResultOverlay(kr, options, mustByScale[scales[i]], scales[i], paceText));
  const bands = options.bands === 'none' ? [] : bandsFor(first, options.bands, pace);
  for (const b of bands) for (const v of [...b.lower, ...b.upper]) if (Number.isFinite(v)) yMust.push(v);
  const now = options.showNow && first.now >= xRange[0] && first.now <= xRange[1] ? first.now : null;
  return {
    xRange,
    yMust,
    mustByScale,
    bands,
    bandSource: bands.length ? options.bands : 'none',
    keyResults: overlays,
    now,
    periodStart: period.from,
    periodEnd: period.to,
    periodLabel: period.label,
    showPeriodEdges: options.showPeriodEdges,
    markerText: {
      start: t('overlay.marker.start', 'Start'),
      end: t('overlay.marker.end', 'End'),
      now: t('overlay.marker.now', 'now'),
    },
  };
}

function keyResultOverlay(kr: PanelKeyResult, options: OverlayOptions, yMust: number[], scale: string, paceText: string): KeyResultOverlay {
  const { period } = kr;
  const linear = kr.kind === 'increase' || kr.kind === 'decrease';
  const format = valueFormatter(kr.field, kr.reducer);
  const target =
    options.showTarget && kr.target !== null && kr.kind !== 'range' && kr.kind !== 'track'
      ? { value: kr.target, text: `${kr.targetLabel}: ${format(kr.target)}` }
      : null;
  if (target) yMust.push(target.value);

  const pace =
    options.showPace && linear && kr.baseline !== null && kr.target !== null
      ? { t0: period.from, v0: kr.baseline, t1: period.to, v1: kr.target, text: paceText }
      : null;
  if (pace) yMust.push(pace.v0, pace.v1);

  let forecast: KeyResultOverlay['forecast'] = null;
  const open = kr.now >= period.from && kr.now < period.to;
  if (options.forecast !== 'none' && linear && open && kr.current !== null) {
    const trendEnd = kr.trend?.valueAtEnd ?? null;
    const useTrend = options.forecast === 'trend' && trendEnd !== null;
    const end = useTrend ? trendEnd : kr.paceAtEnd;
    if (end !== null && Number.isFinite(end)) {
      const completion = useTrend ? (kr.trend?.completionTime ?? null) : null;

      forecast = {
        t0: kr.now,
        v0: kr.current,
        t1: period.to,
        v1: end,
        completion,
        method: useTrend ? 'trend' : 'pace',
        text:
          completion !== null
            ? t('overlay.forecast-reaching', 'Forecast: {{value}} at period end, reaches target {{day}}', { value: format(end), day: isoDay(completion), interpolation: { escapeValue: false } })
            : t('overlay.forecast', 'Forecast: {{value}} at period end', { value: format(end), interpolation: { escapeValue: false } }),
      };
      yMust.push(end);
    }
  }
  return { keyResultId: kr.id, scale, target, pace, forecast };
}

function bandsFor(kr: PanelKeyResult, source: OverlayOptions['bands'], pace: PaceThresholds): Band[] {
  const { from, to } = kr.period;
  if (source === 'pace') return paceBands(kr, pace);
  if (source === 'range') {
    if (kr.low === null || kr.high === null) return [];
    const flat = (v: number) => [v, v];
    const times = [from, to];
    const format = valueFormatter(kr.field, kr.reducer);
    return [
      { label: t('overlay.band.below-range', 'Below range'), colorName: 'red', times, lower: flat(-Infinity), upper: flat(kr.low) },
      { label: t('overlay.band.in-range', 'In range {{low}} – {{high}}', { low: format(kr.low), high: format(kr.high), interpolation: { escapeValue: false } }), colorName: 'green', times, lower: flat(kr.low), upper: flat(kr.high) },
      { label: t('overlay.band.above-range', 'Above range'), colorName: 'red', times, lower: flat(kr.high), upper: flat(Infinity) },
    ];
  }
  if (source === 'thresholds') return thresholdBands(kr);
  return [];
}

/**
 * On track / at risk / off track relative to the ideal pace: at each moment, the value whose
 * progress is `ratio × expected progress` (the core's status rule), so the bands fan out from the
 * baseline at the start to the thresholds at the end.
 */
function paceBands(kr: PanelKeyResult, pace: PaceThresholds): Band[] {
  if (kr.baseline === null || kr.target === null || !(kr.kind === 'increase' || kr.kind === 'decrease')) return [];
  const { from, to } = kr.period;
  const span = kr.target - kr.baseline;
  const towardsWorse = span >= 0 ? -Infinity : Infinity;
  const towardsBetter = -towardsWorse;
  const times: number[] = [];
  const onTrack: number[] = [];
  const atRisk: number[] = [];
  for (let i = 0; i <= BAND_SAMPLES; i++) {
    const t = from + ((to - from) * i) / BAND_SAMPLES;
    const e = expectedProgress(from, to - 1, t, kr.timeZone) ?? 0;
    times.push(t);
    onTrack.push(kr.baseline + pace.onTrackProgress(e) * span);
    atRisk.push(kr.baseline + pace.atRiskProgress(e) * span);
  }
  const fill = (v: number) => times.map(() => v);
  return [
    { label: coreText().status('on_track'), colorName: 'green', times, lower: onTrack, upper: fill(towardsBetter) },
    { label: coreText().status('at_risk'), colorName: 'orange', times, lower: atRisk, upper: onTrack },
    { label: coreText().status('off_track'), colorName: 'red', times, lower: fill(towardsWorse), upper: atRisk },
  ];
}

/** The field's standard thresholds as horizontal bands; percentage steps map onto min..max. */
function thresholdBands(kr: PanelKeyResult): Band[] {
  const config = kr.thresholds;
  if (!config || !config.steps?.length) return [];
  const { from, to } = kr.period;
  const times = [from, to];
  let toValue = (v: number) => v;
  if (config.mode === ThresholdsMode.Percentage) {
    const [min, max] = valueRange(kr);
    toValue = (v: number) => min + ((max - min) * v) / 100;
  }
  const steps = [...config.steps].sort((a, b) => stepValue(a.value) - stepValue(b.value));
  // Absolute steps are in the field's unit; percentage steps are percentages of min..max.
  const stepText = config.mode === ThresholdsMode.Percentage ? (v: number) => `${formatNumber(v)} %` : valueFormatter(kr.field, kr.reducer);
  return steps.map((step, i) => {
    const lower = i === 0 ? -Infinity : toValue(stepValue(step.value));
    const next = steps[i + 1];
    const upper = next ? toValue(stepValue(next.value)) : Infinity;
    const label =
      i === 0
        ? next
          ? t('overlay.band.below', 'Below {{value}}', { value: stepText(stepValue(next.value)), interpolation: { escapeValue: false } })
          : t('overlay.band.all', 'All values')
        : t('overlay.band.and-above', '{{value}} and above', { value: stepText(stepValue(step.value)), interpolation: { escapeValue: false } });
    return { label, colorName: step.color, times, lower: [lower, lower], upper: [upper, upper] };
  });
}

function stepValue(v: number | null | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : -Infinity;
}

/** Grafana's rule for percentage thresholds: the field's min/max when set, else the data's. */
function valueRange(kr: PanelKeyResult): [number, number] {
  let min = kr.min ?? Infinity;
  let max = kr.max ?? -Infinity;
  if (kr.min === null || kr.max === null) {
    for (const v of kr.plotted) {
      if (v === null) continue;
      if (kr.min === null && v < min) min = v;
      if (kr.max === null && v > max) max = v;
    }
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 100];
  return [min, max];
}

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
