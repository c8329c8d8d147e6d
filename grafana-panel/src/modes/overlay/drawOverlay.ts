import type { GrafanaTheme2 } from '@grafana/data';
import { colorManipulator } from '@grafana/data';
import type uPlot from 'uplot';
import type { AnnotationMark } from './annotationMarks';
import type { OverlayGeometry, Segment } from './geometry';
import { placeLabels } from './labelPlacement';
import type { LabelRequest, PlacedLabel } from './labelPlacement';
import { Y_SCALE } from './scales';

const BAND_ALPHA = 0.13;
/** Annotation regions are fainter than the status bands: they mark time, not a value's meaning. */
const REGION_ALPHA = 0.08;
/** The height of an annotation's marker at the plot's bottom (CSS px). */
const ANNOTATION_MARK_PX = 6;
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
/** Space kept between two labels, and between a label and a target line (CSS px). */
const LABEL_GAP_PX = 2;

/**
 * Canvas pixels per CSS pixel (uPlot's bbox and canvas are in device pixels). uPlot sizes its
 * overlay with an inline style, which is read first: clientWidth inside a draw hook forces the
 * browser to lay out the page mid-render.
 */
function pxRatio(u: uPlot): number {
  const cssWidth = parseFloat(u.over?.style?.width ?? '') || u.over?.clientWidth;
  return cssWidth ? u.bbox.width / cssWidth || 1 : (globalThis.devicePixelRatio ?? 1);
}

/** Shaded bands and annotation regions behind the series (their labels are placed with the others, by drawOverlayLines). */
export function drawBands(u: uPlot, g: OverlayGeometry, theme: GrafanaTheme2, annotations: AnnotationMark[] = []): void {
  const { ctx, bbox } = u;
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
  }
  for (const a of annotations) {
    if (a.timeEnd === null) continue;
    const x0 = u.valToPos(a.time, X, true);
    ctx.fillStyle = colorManipulator.alpha(a.color, REGION_ALPHA);
    ctx.fillRect(x0, bbox.top, u.valToPos(a.timeEnd, X, true) - x0, bbox.height);
  }
  ctx.restore();
}

/**
 * Target lines, ideal pace, forecast, now marker and the period's edges, over the series; then
 * every label (these and the bands'), placed so that none overlaps another or a target line.
 * Returns the labels as drawn, in canvas pixels.
 */
export function drawOverlayLines(
  u: uPlot,
  g: OverlayGeometry,
  theme: GrafanaTheme2,
  colors: Record<string, string>,
  annotations: AnnotationMark[] = []
): PlacedLabel[] {
  const { ctx, bbox } = u;
  const px = pxRatio(u);
  const muted = theme.colors.text.secondary;
  const fontPx = FONT_PX * px;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  ctx.font = `${fontPx}px ${theme.typography.fontFamily}`;
  const labels: LabelRequest[] = [];
  // Several key results share a label ("Ideal pace"): each text is measured once per draw.
  const widths = new Map<string, number>();
  const box = (text: string, x: number, y: number, align: 'left' | 'right', baseline: 'top' | 'bottom' | 'middle') => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = ctx.measureText(text).width));
    const top = baseline === 'top' ? y : baseline === 'bottom' ? y - fontPx : y - fontPx / 2;
    return { x: align === 'left' ? x : x - w, y: top, w, h: fontPx };
  };
  const marker = (t: number, color: string, dash: number[], text: string) => {
    const x = vertical(u, t, color, dash, px);
    if (x === null) return;
    // Right of the line, or left of it when that would leave the plot (the period's end at the right edge).
    const right = box(text, x + 3 * px, bbox.top + 2 * px, 'left', 'top');
    const fits = right.x + right.w <= bbox.left + bbox.width;
    labels.push({ text, color, box: fits ? right : box(text, x - 3 * px, bbox.top + 2 * px, 'right', 'top'), fixed: true });
  };

  if (g.showPeriodEdges) {
    marker(g.periodStart, muted, [2 * px, 3 * px], g.markerText.start);
    marker(g.periodEnd - 1, muted, [2 * px, 3 * px], g.markerText.end);
  }
  if (g.now !== null) marker(g.now, theme.colors.text.primary, [], g.markerText.now);

  const lines: number[] = [];
  const ends: LabelRequest[] = [];
  const targetsDrawn = new Set<string>();
  for (const kr of g.keyResults) {
    const color = colors[kr.keyResultId] ?? theme.colors.text.primary;
    if (kr.pace) {
      const end = segment(u, kr.pace, kr.scale, muted, [6 * px, 4 * px], 1 * px);
      ends.push({ text: kr.pace.text, color: muted, box: box(kr.pace.text, end[0] - 4 * px, end[1] + 3 * px, 'right', 'top') });
    }
    if (kr.forecast) {
      const end = segment(u, kr.forecast, kr.scale, color, [4 * px, 4 * px], 2 * px);
      dot(u, kr.forecast.t1, kr.forecast.v1, kr.scale, color, px);
      labels.push({ text: kr.forecast.text, color, box: box(kr.forecast.text, end[0] - 4 * px, end[1] + 3 * px, 'right', 'top') });
    }
    if (kr.target) {
      const y = u.valToPos(kr.target.value, kr.scale, true);
      // Key results with the same target on the same axis share one line and one label.
      const sameTarget = `${kr.target.text}\u0000${Math.round(y)}`;
      if (targetsDrawn.has(sameTarget)) continue;
      targetsDrawn.add(sameTarget);
      ctx.strokeStyle = theme.colors.text.primary;
      ctx.lineWidth = 2 * px;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(bbox.left, y);
      ctx.lineTo(bbox.left + bbox.width, y);
      ctx.stroke();
      lines.push(y);
      // Above the line when there is room under the marker row; below it when the target is the top of a small chart.
      const markers = g.showPeriodEdges || g.now !== null ? MARKER_ROW_PX * px : 0;
      const above = y - LABEL_ABOVE_PX * px >= bbox.top + markers;
      const text = kr.target.text;
      labels.push({ text, color: theme.colors.text.primary, box: box(text, bbox.left + 4 * px, above ? y - 3 * px : y + 3 * px, 'left', above ? 'bottom' : 'top') });
    }
  }
  labels.push(...ends);
  for (const band of g.bands) {
    const last = band.times.length - 1;
    const x = Math.min(u.valToPos(band.times[last], X, true), bbox.left + bbox.width) - 4 * px;
    const top = Math.max(bbox.top, Math.min(yPos(u, band.upper[last]), yPos(u, band.lower[last])));
    const bottom = Math.min(bbox.top + bbox.height, Math.max(yPos(u, band.upper[last]), yPos(u, band.lower[last])));
    if (bottom - top < fontPx * 1.2) continue;
    const color = theme.visualization.getColorByName(band.colorName);
    labels.push({ text: band.label, color, box: box(band.label, x, (top + bottom) / 2, 'right', 'middle'), within: [top, bottom] });
  }

  // Annotations last: their labels yield to the key results' own, moving up from the plot's bottom.
  const bottom = bbox.top + bbox.height;
  for (const a of annotations) {
    const x = annotationMarker(u, a, px);
    if (x === null || !a.text) continue;
    const right = box(a.text, x + 4 * px, bottom - 2 * px, 'left', 'bottom');
    const fits = right.x + right.w <= bbox.left + bbox.width;
    labels.push({ text: a.text, color: a.color, box: fits ? right : box(a.text, x - 4 * px, bottom - 2 * px, 'right', 'bottom') });
  }

  const plot = { x: bbox.left, y: bbox.top, w: bbox.width, h: bbox.height };
  const placed = placeLabels(withoutRepeats(labels), plot, lines, LABEL_GAP_PX * px);
  for (const l of placed) label(ctx, l.text, l.box.x, l.box.y, l.color, theme, px);
  ctx.restore();
  return placed;
}

/**
 * The labels less those that repeat an earlier one's text at the same spot (several key results'
 * ideal pace lines ending at one shared target): one says it; the copies would only be moved
 * off into other labels' way.
 */
function withoutRepeats(labels: LabelRequest[]): LabelRequest[] {
  const seen = new Set<string>();
  return labels.filter((l) => {
    const key = `${l.text}\u0000${Math.round(l.box.x)}\u0000${Math.round(l.box.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Draws a dashed segment on the given y scale; returns its end in canvas pixels. */
function segment(u: uPlot, s: Segment, scale: string, color: string, dash: number[], width: number): [number, number] {
  const { ctx } = u;
  const x0 = u.valToPos(s.t0, X, true);
  const x1 = u.valToPos(s.t1, X, true);
  const y0 = u.valToPos(s.v0, scale, true);
  const y1 = u.valToPos(s.v1, scale, true);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  ctx.setLineDash([]);
  return [Math.min(x1, u.bbox.left + u.bbox.width), y1];
}

/** A vertical line at time `t`; returns its x in canvas pixels, or null when outside the plot. */
function vertical(u: uPlot, t: number, color: string, dash: number[], px: number): number | null {
  const { ctx, bbox } = u;
  const x = u.valToPos(t, X, true);
  if (!(x >= bbox.left && x <= bbox.left + bbox.width)) return null;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1 * px;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x, bbox.top);
  ctx.lineTo(x, bbox.top + bbox.height);
  ctx.stroke();
  ctx.setLineDash([]);
  return x;
}

/**
 * An annotation's marker: a faint dashed line through the plot and a small triangle on its bottom
 * edge (a bar along the bottom for a region), as Grafana's time series marks annotations.
 * Returns the marker's x in canvas pixels, or null when outside the plot.
 */
function annotationMarker(u: uPlot, a: AnnotationMark, px: number): number | null {
  const { ctx, bbox } = u;
  const x = vertical(u, a.time, colorManipulator.alpha(a.color, 0.6), [3 * px, 3 * px], px);
  if (x === null) return null;
  const bottom = bbox.top + bbox.height;
  const size = ANNOTATION_MARK_PX * px;
  ctx.fillStyle = a.color;
  ctx.beginPath();
  ctx.moveTo(x, bottom - size);
  ctx.lineTo(x + size / 2, bottom);
  ctx.lineTo(x - size / 2, bottom);
  ctx.closePath();
  ctx.fill();
  if (a.timeEnd !== null) ctx.fillRect(x, bottom - 2 * px, Math.min(u.valToPos(a.timeEnd, X, true), bbox.left + bbox.width) - x, 2 * px);
  return x;
}

function dot(u: uPlot, t: number, v: number, scale: string, color: string, px: number): void {
  const { ctx } = u;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(u.valToPos(t, X, true), u.valToPos(v, scale, true), 3 * px, 0, Math.PI * 2);
  ctx.fill();
}

/** Canvas text is plain text by construction: series names and labels can never become markup. */
function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, color: string, theme: GrafanaTheme2, px: number): void {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
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
  return u.valToPos(v, Y_SCALE, true);
}
