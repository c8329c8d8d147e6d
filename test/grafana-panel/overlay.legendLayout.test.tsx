// @vitest-environment jsdom
/**
 * The overlay's legend height is predicted from its box model, so the chart is sized in the first
 * render; the browser's layout then confirms or corrects it. The prediction itself is checked
 * against Chromium's layout in test/browser/legendPrediction.test.ts.
 */
import './dom-stubs';
import { act, cleanup, render } from '@testing-library/react';
import React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartLegendLayout } from '../../grafana-panel/src/modes/overlay/ChartLegendLayout';
import { LEGEND, legendHeight, legendItemWidth } from '../../grafana-panel/src/modes/overlay/legendLayout';

const row = LEGEND.rowPx;
const pad = 2 * LEGEND.paddingYPx;
const gap = LEGEND.columnGapPx;
/** A panel whose legend line holds exactly `inner` px of items. */
const panel = (inner: number) => inner + 2 * LEGEND.paddingXPx;

describe('legendHeight', () => {
  it('is nothing without items, and one line for items that fit', () => {
    expect(legendHeight([], 500)).toBe(0);
    expect(legendHeight([100, 100], panel(200 + gap + 1))).toBe(row + pad);
  });

  it('wraps an item that does not fit after the gap onto the next line', () => {
    expect(legendHeight([100, 100], panel(200 + gap - 1))).toBe(2 * row + pad);
    expect(legendHeight([100, 100, 100], panel(200 + gap + 1))).toBe(2 * row + pad);
  });

  it('gives an item wider than the panel a line of its own (its label is cut)', () => {
    expect(legendHeight([50, 900, 50], panel(300))).toBe(3 * row + pad);
  });

  it('counts the sample and its gap in an item', () => {
    expect(legendItemWidth(40)).toBe(40 + LEGEND.swatchPx + LEGEND.swatchGapPx);
  });
});

describe('ChartLegendLayout', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  /** A ResizeObserver that reports `height` for the legend when the test says the browser laid it out. */
  function observerReporting(height: number) {
    const fire: Array<() => void> = [];
    class Observer {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        fire.push(() => this.callback([{ target, borderBoxSize: [{ blockSize: height, inlineSize: 800 }] } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver));
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', Observer);
    return () => act(() => fire.forEach((f) => f()));
  }

  function layout(predicted: number) {
    const chartHeights: number[] = [];
    render(
      <ChartLegendLayout width={800} height={400} legendHeight={predicted} legend={(ref) => <ul ref={ref} />}>
        {(_w, h) => {
          chartHeights.push(h);
          return null;
        }}
      </ChartLegendLayout>
    );
    return chartHeights;
  }

  it('sizes the chart from the prediction in the first render, and keeps it when layout agrees', () => {
    const laidOut = observerReporting(48);
    const heights = layout(48);
    expect(heights).toEqual([400 - 48]);
    laidOut();
    expect(heights).toEqual([400 - 48]);
  });

  it('resizes the chart at once when layout disagrees', () => {
    const laidOut = observerReporting(68);
    const heights = layout(48);
    laidOut();
    expect(heights).toEqual([400 - 48, 400 - 68]);
  });

  it('caps the legend at 35 % of the panel, where it scrolls and no longer moves the chart', () => {
    const laidOut = observerReporting(300);
    const heights = layout(260);
    expect(heights).toEqual([400 - 140]);
    laidOut();
    expect(heights).toEqual([400 - 140]);
  });
});
