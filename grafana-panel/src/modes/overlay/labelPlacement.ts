/** A label's box in canvas pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  text: string;
  color: string;
  /** Where the label wants to be. */
  box: Box;
  /** Placed first (the period's edges, now), before the labels that move around them. */
  fixed?: boolean;
  /** The label must keep its centre between these y values (a band's label stays in its band). */
  within?: [number, number];
}

export interface PlacedLabel {
  text: string;
  color: string;
  box: Box;
}

/** How far a label may move from where it wants to be, in label heights, up or down. */
const MAX_STEPS = 6;

/**
 * Places labels so that none overlaps another or crosses a horizontal line (a target): each in
 * turn, at its wish if free, else the nearest free spot a label height up or down, inside the
 * plot. A label with no free spot is left out: the legend names every line and band in text, so
 * leaving one out loses nothing, while two labels on top of each other are unreadable.
 */
export function placeLabels(requests: LabelRequest[], plot: Box, lines: number[], gap: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...requests.filter((r) => r.fixed), ...requests.filter((r) => !r.fixed)];
  for (const r of ordered) {
    const step = r.box.h + gap;
    // One candidate box, moved from spot to spot (a label is drawn on every redraw: no garbage per try).
    const box = { ...r.box };
    for (let k = 0; k <= 2 * MAX_STEPS; k++) {
      box.y = r.box.y + (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step;
      if (!fits(box, plot, r.within) || crossesLine(box, lines, gap) || overlapsAny(placed, box, gap)) continue;
      placed.push({ text: r.text, color: r.color, box });
      break;
    }
  }
  return placed;
}

function overlapsAny(placed: PlacedLabel[], box: Box, gap: number): boolean {
  for (const p of placed) if (overlaps(p.box, box, gap)) return true;
  return false;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

function fits(box: Box, plot: Box, within?: [number, number]): boolean {
  if (box.x < plot.x || box.y < plot.y || box.x + box.w > plot.x + plot.w || box.y + box.h > plot.y + plot.h) return false;
  if (!within) return true;
  const mid = box.y + box.h / 2;
  return mid >= within[0] && mid <= within[1];
}

function crossesLine(box: Box, lines: number[], gap: number): boolean {
  for (const y of lines) if (y > box.y - gap / 2 && y < box.y + box.h + gap / 2) return true;
  return false;
}
