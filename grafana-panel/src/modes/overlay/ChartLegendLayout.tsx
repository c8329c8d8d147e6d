import React, { useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { LEGEND } from './legendLayout';

interface Props {
  width: number;
  height: number;
  /** The legend, shown under the chart (at most 35 % of the height, scrolling beyond); it takes the ref. */
  legend: (ref: React.Ref<HTMLUListElement>) => ReactElement;
  /** The legend's content height as predicted from its box model (legendLayout.ts). */
  legendHeight: number;
  /** The chart, given the space the legend leaves. */
  children: (width: number, height: number) => ReactNode;
}

/**
 * The chart above its legend, as Grafana lays out a bottom legend (the same 35 % cap, scrolling
 * beyond), with the legend's height predicted rather than measured: the chart is sized and drawn
 * in the first render, and nothing reads the page's layout, which would force the browser to lay
 * out the whole dashboard mid-render (VizLayout waits a frame for a ResizeObserver instead, and
 * the first frame shows no chart). A ResizeObserver checks the prediction when the browser lays
 * the legend out, before that frame is painted; if the real height differs (a font not yet
 * loaded) the chart is resized at once, so no painted frame has the chart over its legend.
 */
export function ChartLegendLayout({ width, height, legend, legendHeight, children }: Props) {
  const content = useRef<HTMLUListElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  const cap = Math.floor(height * LEGEND.maxShare);
  const boxHeight = Math.min(measured ?? legendHeight, cap);
  // What the observer compares with: the legend box as drawn, and its cap (past it the legend scrolls).
  const shown = useRef({ boxHeight, cap });
  shown.current = { boxHeight, cap };

  useLayoutEffect(() => {
    const list = content.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      const h = entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
      if (Math.abs(Math.min(h, shown.current.cap) - shown.current.boxHeight) < 0.5) return; // as predicted: nothing to redo
      // Called after layout, before paint: a synchronous update here is painted in this frame.
      flushSync(() => setMeasured(h));
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: `${width}px`, height: `${height}px` }}>
      <div style={{ flex: 'none', minWidth: 0 }}>{children(width, Math.max(0, height - boxHeight))}</div>
      <div style={{ flex: 'none', height: `${boxHeight}px`, overflowY: 'auto', overflowX: 'hidden' }} data-predicted-height={legendHeight}>
        {legend(content)}
      </div>
    </div>
  );
}
