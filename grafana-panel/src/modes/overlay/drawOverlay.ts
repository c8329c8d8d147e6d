import type { GrafanaTheme2 } from '@grafana/data';
import { colorManipulator } from '@grafana/data';
import type uPlot from 'uplot';
import type { Band, OverlayGeometry, Segment } from './geometry';

const BAND_ALPHA = 0.13;
const FONT_PX = 11;
/** The row at the plot's top where "Start", "End" and "now" are labelled. */
const MARKER_ROW_PX = 16;
/** Room a label needs above its line: font plus the gap to the line. */
const LABEL_ABOVE_PX = 17;
/**
 * CSS px the y axis keeps free above the highest overlay value (see plotConfig's yRange), so the
 * target's label fits between its line and the marker row.
 */
export const LABEL_HEADROOM_PX = MARKER_ROW_PX + LABEL_ABOVE_PX + 1;
const X = 'x';
const Y = 'y';

/**
 * Canvas pixels per CSS pixel (uPlot's bbox and canvas are in device pixels). uPlot sizes its
 * overlay with an inline style, which is read first: clientWidth inside a draw hook forces the
 * browser to lay out the page mid-render.
 */
function pxRatio(u: uPlot): number {
  const cssWidth = parseFloat(u.over?.style?.width ?? '') || u.over?.clientWidth;
  return cssWidth ? u.bbox.width / cssWidth || 1 : (globalThis.devicePixelRatio ?? 1);
}

/** Shaded bands behind the series, each labelled at the right edge with what its colour means. */
export function drawBands(u: uPlot, g: OverlayGeometry, theme: GrafanaTheme2): void {
  const { ctx, bbox } = u;
  const px = pxRatio(u);
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  for (const band of g.bands) {
    const color = theme.visualization.getColorByName(band.colorName);
    const upper = band.times.map((t, i) => [u.valToPos(t, X, true), yPos(u, band.upper[i])] as const);
    const lower = band.times.map((t, i) => [u.valToPos(t, X, true), yPos(u, band.lower[i])] as const);
    ctx.beginPath();
    upper.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    for (let i = lower.length - 1; i >= 0; i--) ctx.lineTo(lower[i][0], lower[i][1]);
    ctx.closePath();
    ctx.fillStyle = colorManipulator.alpha(color, BAND_ALPHA);
    ctx.fill();
    labelBand(ctx, band, upper, lower, color, bbox, px, theme);
  }
  ctx.restore();
}

function labelBand(
  ctx: CanvasRenderingContext2D,
  band: Band,
  upper: ReadonlyArray<readonly [number, number]>,
  lower: ReadonlyArray<readonly [number, number]>,
  color: string,
  bbox: uPlot.BBox,
  px: number,
  theme: GrafanaTheme2
): void {
  const last = upper.length - 1;
  const top = Math.max(bbox.top, Math.min(upper[last][1], lower[last][1]));
  const bottom = Math.min(bbox.top + bbox.height, Math.max(upper[last][1], lower[last][1]));
  const fontPx = FONT_PX * px;
  if (bottom - top < fontPx * 1.2) return;
  ctx.font = `${fontPx}px ${theme.typography.fontFamily}`;
  ctx.fillStyle = color;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText(band.label, Math.min(upper[last][0], bbox.left + bbox.width) - 4 * px, (top + bottom) / 2);
}

/** Target lines, ideal pace, forecast, now marker and the period's edges, over the series. */
export function drawOverlayLines(u: uPlot, g: OverlayGeometry, theme: GrafanaTheme2, colors: Record<string, string>): void {
  const { ctx, bbox } = u;
  const px = pxRatio(u);
  const muted = theme.colors.text.secondary;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  ctx.font = `${FONT_PX * px}px ${theme.typography.fontFamily}`;

  if (g.showPeriodEdges) {
    vertical(u, g.periodStart, muted, [2 * px, 3 * px], 'Start', px, theme);
    vertical(u, g.periodEnd - 1, muted, [2 * px, 3 * px], 'End', px, theme);
  }
  if (g.now !== null) vertical(u, g.now, theme.colors.text.primary, [], 'now', px, theme);

  for (const kr of g.keyResults) {
    const color = colors[kr.keyResultId] ?? theme.colors.text.primary;
    if (kr.pace) segment(u, kr.pace, muted, [6 * px, 4 * px], 1 * px, kr.pace.text, px, theme, 'end');
    if (kr.forecast) {
      segment(u, kr.forecast, color, [4 * px, 4 * px], 2 * px, kr.forecast.text, px, theme, 'end');
      dot(u, kr.forecast.t1, kr.forecast.v1, color, px);
    }
    if (kr.target) {
      const y = u.valToPos(kr.target.value, Y, true);
      ctx.strokeStyle = theme.colors.text.primary;
      ctx.lineWidth = 2 * px;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(bbox.left, y);
      ctx.lineTo(bbox.left + bbox.width, y);
      ctx.stroke();
      // Above the line when there is room under the marker row; below it when the target is the top of a small chart.
      const markers = g.showPeriodEdges || g.now !== null ? MARKER_ROW_PX * px : 0;
      const above = y - LABEL_ABOVE_PX * px >= bbox.top + markers;
      const at = above ? y - 3 * px : y + 3 * px;
      label(ctx, kr.target.text, bbox.left + 4 * px, at, 'left', above ? 'bottom' : 'top', theme.colors.text.primary, theme, px);
    }
  }
  ctx.restore();
}

function segment(
  u: uPlot,
  s: Segment,
  color: string,
  dash: number[],
  width: number,
  text: string,
  px: number,
  theme: GrafanaTheme2,
  at: 'end'
): void {
  const { ctx } = u;
  const x0 = u.valToPos(s.t0, X, true);
  const x1 = u.valToPos(s.t1, X, true);
  const y0 = u.valToPos(s.v0, Y, true);
  const y1 = u.valToPos(s.v1, Y, true);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  ctx.setLineDash([]);
  if (at === 'end') label(ctx, text, x1 - 4 * px, y1 + 3 * px, 'right', 'top', color, theme, px);
}

function vertical(u: uPlot, t: number, color: string, dash: number[], text: string, px: number, theme: GrafanaTheme2): void {
  const { ctx, bbox } = u;
  const x = u.valToPos(t, X, true);
  if (!(x >= bbox.left && x <= bbox.left + bbox.width)) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1 * px;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x, bbox.top);
  ctx.lineTo(x, bbox.top + bbox.height);
  ctx.stroke();
  ctx.setLineDash([]);
  label(ctx, text, x + 3 * px, bbox.top + 2 * px, 'left', 'top', color, theme, px);
}

function dot(u: uPlot, t: number, v: number, color: string, px: number): void {
  const { ctx } = u;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(u.valToPos(t, X, true), u.valToPos(v, Y, true), 3 * px, 0, Math.PI * 2);
  ctx.fill();
}

/** Canvas text is plain text by construction: series names and labels can never become markup. */
function label(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  align: CanvasTextAlign,
  baseline: CanvasTextBaseline,
  color: string,
  theme: GrafanaTheme2,
  px: number
): void {
  ctx.textAlign = align;
  ctx.textBaseline = baseline;
  // A halo in the background colour keeps labels readable over lines and bands.
  ctx.lineWidth = 3 * px;
  ctx.strokeStyle = theme.colors.background.primary;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/** ±Infinity band edges map to the plot's top or bottom. */
function yPos(u: uPlot, v: number): number {
  if (v === Infinity) return u.bbox.top - 1;
  if (v === -Infinity) return u.bbox.top + u.bbox.height + 1;
  return u.valToPos(v, Y, true);
}
