import { formattedValueToString } from '@grafana/data';
import type { GrafanaTheme2 } from '@grafana/data';
import { AxisPlacement, GraphDrawStyle, ScaleDirection, ScaleOrientation, VisibilityMode } from '@grafana/schema';
import { UPlotConfigBuilder } from '@grafana/ui';
import type { AlignedData } from 'uplot';
import { formatNumber } from '../../../../shared/src/index';
import type { PanelKeyResult } from '../../data/model';
import { drawBands, drawOverlayLines } from './drawOverlay';
import type { OverlayGeometry } from './geometry';

export const Y_SCALE = 'y';
export const X_SCALE = 'x';

export interface PlotModel {
  builder: UPlotConfigBuilder;
  data: AlignedData;
  /** Series colour per key result id, shared with the header and legend. */
  colors: Record<string, string>;
}

/**
 * The uPlot configuration: Grafana-native axes, scales and series from @grafana/ui's
 * UPlotConfigBuilder, plus two hooks that paint the overlay: bands under the series
 * ('drawClear') and target, pace, forecast, now and period edges over them ('draw').
 */
export function buildPlotModel(keyResults: PanelKeyResult[], geometry: OverlayGeometry, theme: GrafanaTheme2, timeZone: string): PlotModel {
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

  builder.addScale({
    scaleKey: Y_SCALE,
    orientation: ScaleOrientation.Vertical,
    direction: ScaleDirection.Up,
    range: (_u, dataMin, dataMax) => yRange(dataMin, dataMax, geometry.yMust),
  });
  const display = keyResults[0]?.field.display;
  builder.addAxis({
    scaleKey: Y_SCALE,
    placement: AxisPlacement.Left,
    theme,
    formatValue: (v: number) => (display ? formattedValueToString(display(v)) : formatNumber(v, { compact: true })),
  });

  for (const kr of keyResults) {
    const color = colors[kr.id];
    builder.addSeries({
      scaleKey: Y_SCALE,
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
  }

  builder.addHook('drawClear', (u) => drawBands(u, geometry, theme));
  builder.addHook('draw', (u) => drawOverlayLines(u, geometry, theme, colors));
  return { builder, data: alignSeries(keyResults), colors };
}

/**
 * The y range: the data's, stretched to include every overlay value that must stay in view
 * (target, baseline, forecast, band edges), with a little headroom so labels fit.
 */
export function yRange(dataMin: number | null, dataMax: number | null, must: number[]): [number, number] {
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
  const pad = (max - min) * 0.06;
  return [min - pad, max + pad];
}

/**
 * uPlot wants one shared x array. Series from different frames are joined on their times;
 * a series without a value at a time gets `undefined` (uPlot skips it) while the series' own
 * nulls and NaNs stay `null` (uPlot draws a gap).
 */
export function alignSeries(keyResults: PanelKeyResult[]): AlignedData {
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
      if (at !== undefined) column[at] = kr.values[i];
    }
    return column;
  });
  return [xs, ...ys] as AlignedData;
}

export function seriesColor(kr: PanelKeyResult, index: number, theme: GrafanaTheme2): string {
  const color = kr.field.config.color;
  if (color?.mode === 'fixed' && color.fixedColor) return theme.visualization.getColorByName(color.fixedColor);
  const palette = theme.visualization.palette;
  return theme.visualization.getColorByName(palette[index % palette.length]);
}
