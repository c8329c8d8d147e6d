import { colorManipulator } from '@grafana/data';
import type { DataFrame, GrafanaTheme2 } from '@grafana/data';

/** One Grafana annotation as the overlay draws it: a marker at `time`, or a band to `timeEnd` (a region). */
export interface AnnotationMark {
  time: number;
  /** The region's end, clipped to the visible range; null for a point annotation. */
  timeEnd: number | null;
  /** Plain text (drawn with fillText, so markup stays text), on one line, shortened. */
  text: string;
  color: string;
}

/** Longer texts are cut: a label must not run across the plot (the legend never shows annotations). */
const MAX_TEXT_CHARS = 40;
/** Beyond this many marks in view, the rest are left out: placing labels is quadratic in their number. */
const MAX_MARKS = 100;
/** Grafana's own colour for an annotation without one (its DEFAULT_ANNOTATION_COLOR). */
const DEFAULT_COLOR = 'rgba(0, 211, 255, 1)';

/**
 * The annotations Grafana hands the panel (`data.annotations`, one frame per annotation query,
 * with fields time, timeEnd, isRegion, text, title, color) that fall inside the visible x range,
 * oldest first. Rows without a finite time are skipped; a region overlapping the range is clipped to it.
 */
export function annotationMarks(frames: DataFrame[] | undefined, xRange: [number, number], theme: GrafanaTheme2): AnnotationMark[] {
  const [from, to] = xRange;
  const marks: AnnotationMark[] = [];
  for (const frame of frames ?? []) {
    const column = (name: string): unknown[] => (frame.fields.find((f) => f.name === name)?.values as unknown[] | undefined) ?? [];
    const [times, ends, regions, texts, titles, colors] = ['time', 'timeEnd', 'isRegion', 'text', 'title', 'color'].map(column);
    for (let i = 0; i < frame.length; i++) {
      const time = times[i];
      if (typeof time !== 'number' || !Number.isFinite(time)) continue;
      const end = ends[i];
      const region = regions[i] !== false && typeof end === 'number' && Number.isFinite(end) && end > time;
      if (region ? end < from || time > to : time < from || time > to) continue;
      marks.push({
        time: Math.max(time, from),
        timeEnd: region ? Math.min(end, to) : null,
        text: oneLine(texts[i]) || oneLine(titles[i]),
        color: resolveColor(colors[i], theme),
      });
    }
  }
  return marks.sort((a, b) => a.time - b.time).slice(0, MAX_MARKS);
}

/**
 * A Grafana colour name ("red") or CSS colour; the default when missing or not one the overlay can
 * fade (colorManipulator throws on it, and would stop the whole chart from drawing).
 */
function resolveColor(value: unknown, theme: GrafanaTheme2): string {
  if (typeof value !== 'string' || !value.trim()) return DEFAULT_COLOR;
  const color = theme.visualization.getColorByName(value.trim());
  try {
    colorManipulator.alpha(color, 1);
    return color;
  } catch {
    return DEFAULT_COLOR;
  }
}

function oneLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1)}…` : text;
}
