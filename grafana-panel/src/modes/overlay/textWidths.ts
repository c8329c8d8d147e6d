/** One canvas for every measurement on the page: made on first use, never attached to the document. */
let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

/**
 * The widths of `texts` drawn in `font` (a CSS font shorthand with a px size), from the canvas's
 * text metrics: the same shaping the page uses for the same font, without a layout. Where no
 * canvas can measure (a test DOM), an average glyph width stands in.
 */
export function textWidths(texts: string[], font: string, fontPx: number): number[] {
  const ctx = measuringContext();
  if (!ctx) return texts.map((text) => text.length * fontPx * 0.6);
  ctx.font = font;
  return texts.map((text) => {
    const width = ctx.measureText(text).width;
    return Number.isFinite(width) ? width : text.length * fontPx * 0.6;
  });
}
