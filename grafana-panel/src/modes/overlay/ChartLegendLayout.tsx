import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { ScrollContainer, useStyles2 } from '@grafana/ui';
import React, { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  width: number;
  height: number;
  /** The legend, shown under the chart (at most 35 % of the height, scrolling beyond). */
  legend: ReactNode;
  /** The chart, given the space the legend leaves. */
  children: (width: number, height: number) => ReactNode;
}

/**
 * The chart above its legend, laid out as @grafana/ui's VizLayout lays out a bottom legend (same
 * boxes, same 35 % cap, same ScrollContainer), with one difference in timing: the legend's
 * height is read once right after its first commit, so the chart is built in the same frame as
 * the header and legend. VizLayout learns it only from a ResizeObserver, a frame later (the first
 * frame shows an empty chart area), and also reads document.body's width on every render, which
 * forces a layout of everything just inserted. A ResizeObserver still follows later changes
 * (a resized panel re-wrapping the legend).
 */
export function ChartLegendLayout({ width, height, legend, children }: Props) {
  const styles = useStyles2(getStyles);
  const legendBox = useRef<HTMLDivElement>(null);
  const [legendHeight, setLegendHeight] = useState(0);

  useLayoutEffect(() => {
    const box = legendBox.current;
    if (!box) return;
    // One layout read, after the header and legend are in the document and before the first paint.
    setLegendHeight(box.getBoundingClientRect().height);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setLegendHeight(entry.contentRect.height);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // As VizLayout: no chart until the legend has a height (a 0 would size the chart over it).
  const chartHeight = legendHeight ? height - legendHeight : 0;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: `${width}px`, height: `${height}px` }}>
      <div className={styles.viz}>{legendHeight > 0 && children(width, chartHeight === 0 ? height : chartHeight)}</div>
      <div style={{ maxHeight: '35%' }} ref={legendBox}>
        <ScrollContainer>{legend}</ScrollContainer>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  // VizLayout's chart box: minWidth 0 lets the canvas shrink below its first size.
  viz: css({ flexGrow: 2, minWidth: 0, borderRadius: theme.shape.radius.default }),
});
