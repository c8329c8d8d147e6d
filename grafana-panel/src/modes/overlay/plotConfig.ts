import type { GrafanaTheme2 } from '@grafana/data';
import { AxisPlacement, GraphDrawStyle, ScaleDirection, ScaleOrientation, VisibilityMode } from '@grafana/schema';
import { UPlotConfigBuilder } from '@grafana/ui';
import type uPlot from 'uplot';
import type { AlignedData } from 'uplot';
import type { PanelKeyResult } from '../../data/model';
import type { AnnotationMark } from './annotationMarks';
import { axisTickLabels } from './axisLabels';
import { drawBands, drawOverlayLines, LABEL_HEADROOM_PX } from './drawOverlay';
import type { OverlayGeometry } from './geometry';
import { scaleKeys, Y_SCALE } from './scales';

export { Y_SCALE };
export const X_SCALE = 'x';
/** Roughly the x axis' height, to turn the chart's height into the plot area's. */
const X_AXIS_PX = 30;
/** Never give more than this share of the y axis to label headroom (tiny panels). */
const MAX_TOP_ROOM = 0.25;

export interface PlotModel {
  builder: UPlotConfigBuilder;
  data: AlignedData;
  /** Series colour per key result id, shared with the header and legend. */
  colors: Record<string, string>;
}

/**
 * The uPlot configuration: Grafana-native axes, scales and series from @grafana/ui's
 * UPlotConfigBuilder, plus two hooks that paint the overlay: bands under the series
 * ('drawClear') and target, pace, forecast, now, period edges and Grafana's annotations over them ('draw').
 */
export function buildPlotModel(
  keyResults: PanelKeyResult[],
  geometry: OverlayGeometry,
  theme: GrafanaTheme2,
  timeZone: string,
  annotations: AnnotationMark[] = []
): PlotModel {
  const builder = new UPlotConfigBuilder(timeZone);
  const colors: Record<string, string> = {};
  keyResults.forEach((kr, i) => (colors[kr.id] = seriesColor(kr, i, theme)));

  builder.addScale({
    scaleKey: X_SCALE,
    isTime: true,
    orientation: ScaleOrientation.Horizontal,
    direction: ScaleDirection.Right,
    range: () => geometry.xRange,
  });
  builder.addAxis({ scaleKey: X_SCALE, isTime: true, placement: AxisPlacement.Bottom, timeZone, theme });

  // One y scale and axis per unit, as Grafana's time series: the first on the left, the others on the right.
  const scales = scaleKeys(keyResults);
  scales.forEach((scaleKey, i) => {
    if (scales.indexOf(scaleKey) !== i) return;
    const must = geometry.mustByScale[scaleKey] ?? [];
    builder.addScale({
      scaleKey,
      orientation: ScaleOrientation.Vertical,
      direction: ScaleDirection.Up,
      range: (u, dataMin, dataMax) => yRange(dataMin, dataMax, must, topRoom(u?.height)),
    });
    const labels = axisTickLabels(keyResults[i].field, keyResults[i].reducer);
    builder.addAxis({
      scaleKey,
      placement: scaleKey === Y_SCALE ? AxisPlacement.Left : AxisPlacement.Right,
      theme,
      values: (_u, splits, _axisIdx, _space, incr) => labels(splits, incr),
      // Wide enough for the widest tick label as drawn, so "1.6K req/s" is never cut at the panel's edge.
      size: axisSize as unknown as number,
    });
  });

  keyResults.forEach((kr, i) => {
    const color = colors[kr.id];
    builder.addSeries({
      scaleKey: scales[i],
      drawStyle: GraphDrawStyle.Line,
      lineColor: color,
      lineWidth: 1,
      fillOpacity: 0,
      showPoints: VisibilityMode.Auto,
      pointSize: 4,
      pointColor: color,
      spanNulls: false,
      theme,
      dataFrameFieldIndex: { frameIndex: kr.frameIndex, fieldIndex: kr.fieldIndex },
    });
  });

  builder.addHook('drawClear', (u) => drawBands(u, geometry, theme, annotations));
  builder.addHook('draw', (u) => drawOverlayLines(u, geometry, theme, colors, annotations));
  return { builder, data: alignSeries(keyResults), colors };
}

const AXIS_FONT_PX = 12;
/** Tick length, gap to the label and slack, in CSS px (as Grafana's axes, plus a margin). */
const AXIS_CHROME_PX = 4 + 5 + 6;

/**
 * Tick label widths already measured, per font: uPlot asks for the axis' size on every layout pass
 * (several per draw), mostly for the same labels, and setting a canvas font costs more than the
 * measuring. Bounded, so a long-lived dashboard does not collect every label it ever showed.
 */
const measured = new Map<string, Map<string, number>>();
const MAX_MEASURED = 2000;

function axisSize(u: uPlot, values: string[] | null, axisIdx: number): number {
  const axis = u.axes[axisIdx];
  const font = (Array.isArray(axis?.font) ? String(axis.font[0]) : `${AXIS_FONT_PX}px sans-serif`).replace(/^(\d+(\.\d+)?)px/, `${AXIS_FONT_PX}px`);
  let widths = measured.get(font);
  if (!widths || widths.size > MAX_MEASURED) measured.set(font, (widths = new Map()));
  let widest = 0;
  let fontSet = false;
  for (const v of values ?? []) {
    let w = widths.get(v);
    if (w === undefined) {
      if (!fontSet) {
        u.ctx.save();
        u.ctx.font = font;
        fontSet = true;
      }
      widths.set(v, (w = u.ctx.measureText(v).width));
    }
    widest = Math.max(widest, w);
  }
  if (fontSet) u.ctx.restore();
  return Math.ceil(Math.min(u.width * 0.4, widest) + AXIS_CHROME_PX);
}

/** The share of the y axis to keep above the highest overlay value, for a chart `height` CSS px tall (0 when unknown). */
export function topRoom(height: number | undefined): number {
  const plot = (height ?? 0) - X_AXIS_PX;
  return plot > 0 ? Math.min(MAX_TOP_ROOM, LABEL_HEADROOM_PX / plot) : 0;
}

/**
 * The y range: the data's, stretched to include every overlay value that must stay in view
 * (target, baseline, forecast, band edges), with a little padding. `topRoom` (a share of the
 * axis) is kept free above the highest of those values, so the target's label fits above its
 * line, below the "Start" / "now" labels, when the target is the top of the chart.
 */
export function yRange(dataMin: number | null, dataMax: number | null, must: number[], topRoom = 0): [number, number] {
  const [lo, hi] = paddedRange(dataMin, dataMax, must);
  let mustMax = -Infinity;
  for (const v of must) if (Number.isFinite(v) && v > mustMax) mustMax = v;
  if (!(topRoom > 0 && topRoom < 1) || !Number.isFinite(mustMax)) return [lo, hi];
  // hi − mustMax ≥ topRoom × (hi − lo)
  const top = (mustMax - topRoom * lo) / (1 - topRoom);
  return [lo, Number.isFinite(top) ? Math.max(hi, top) : hi];
}

function paddedRange(dataMin: number | null, dataMax: number | null, must: number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of [dataMin, dataMax, ...must]) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    return [min - pad, max + pad];
  }
  // Halves first: near ±1.8e308 the span itself would overflow to Infinity.
  const pad = (max / 2 - min / 2) * 0.12;
  const lo = min - pad;
  const hi = max + pad;
  return [Number.isFinite(lo) ? lo : min, Number.isFinite(hi) ? hi : max];
}

/**
 * What each key result draws (its samples, or its running total for a cumulative reducer:
 * `plotted`), on one shared x array: uPlot wants one. Series from different frames are joined on their times;
 * a series without a value at a time gets `undefined` (uPlot skips it) while the series' own
 * nulls and NaNs stay `null` (uPlot draws a gap).
 */
export function alignSeries(keyResults: PanelKeyResult[]): AlignedData {
  // Fields of one frame share one time array: when it is sorted and finite it is the x array as is.
  const shared = keyResults[0]?.times;
  if (shared && keyResults.every((kr) => kr.times === shared) && strictlyIncreasing(shared)) {
    return [shared, ...keyResults.map((kr) => kr.plotted)] as AlignedData;
  }
  const timeSet = new Set<number>();
  for (const kr of keyResults) for (const t of kr.times ?? []) if (Number.isFinite(t)) timeSet.add(t);
  const xs = Array.from(timeSet).sort((a, b) => a - b);
  const index = new Map<number, number>();
  xs.forEach((t, i) => index.set(t, i));
  const ys = keyResults.map((kr) => {
    const column = new Array<number | null | undefined>(xs.length).fill(undefined);
    if (!kr.times) return column;
    for (let i = 0; i < kr.times.length; i++) {
      const at = index.get(kr.times[i]);
      if (at !== undefined) column[at] = kr.plotted[i];
    }
    return column;
  });
  return [xs, ...ys] as AlignedData;
}

function strictlyIncreasing(times: number[]): boolean {
  for (let i = 0; i < times.length; i++) {
    if (!Number.isFinite(times[i]) || (i > 0 && !(times[i] > times[i - 1]))) return false;
  }
  return true;
}

export function seriesColor(kr: PanelKeyResult, index: number, theme: GrafanaTheme2): string {
  const color = kr.field.config.color;
  if (color?.mode === 'fixed' && color.fixedColor) return theme.visualization.getColorByName(color.fixedColor);
  const palette = theme.visualization.palette;
  return theme.visualization.getColorByName(palette[index % palette.length]);
}
