/**
 * The overlay legend's box model, in CSS px. OverlayLegend draws with these numbers and
 * `legendHeight` predicts from them how tall the legend will be, so the chart above it can be
 * sized and drawn in the same render, before the browser lays out the page (nothing is read
 * back from the document: a forced layout in a dashboard lays out every panel at once).
 */
export const LEGEND = {
  /** Every item is one line of this height. */
  rowPx: 20,
  fontPx: 12,
  /** The line sample before each label. */
  swatchPx: 14,
  swatchGapPx: 6,
  /** Between two items on a line. */
  columnGapPx: 16,
  paddingXPx: 8,
  paddingYPx: 4,
  /** The legend never takes more than this share of the panel's height (Grafana's bottom legends: 35 %); it scrolls beyond. */
  maxShare: 0.35,
} as const;

/** An item's width: its sample, the gap and the label's text width. */
export function legendItemWidth(textWidth: number): number {
  return LEGEND.swatchPx + LEGEND.swatchGapPx + textWidth;
}

/**
 * The legend's content height for items of the given widths in a box `width` px wide, laid
 * out as the browser lays out a wrapping flex row: items fill a line while they fit with the gap
 * between them; an item wider than the box gets a line of its own (its label is cut with "…").
 * `slackPx` per item absorbs the page's rounding of widths to 1/64 px (the canvas measures exactly).
 */
export function legendHeight(itemWidths: number[], width: number, slackPx = 1 / 64): number {
  if (itemWidths.length === 0) return 0;
  const available = Math.max(0, width - 2 * LEGEND.paddingXPx);
  let rows = 1;
  let used = 0;
  for (const w of itemWidths) {
    const item = w + slackPx;
    if (used > 0 && used + LEGEND.columnGapPx + item > available) {
      rows++;
      used = item;
    } else {
      used += (used > 0 ? LEGEND.columnGapPx : 0) + item;
    }
  }
  return rows * LEGEND.rowPx + 2 * LEGEND.paddingYPx;
}
