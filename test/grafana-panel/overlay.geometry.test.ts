// @vitest-environment jsdom
import './dom-stubs';
import { createTheme, ThresholdsMode } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { buildOverlayGeometry } from '../../grafana-panel/src/modes/overlay/geometry';
import { paceThresholds } from '../../grafana-panel/src/modes/overlay/paceThresholds';
import { alignSeries, buildPlotModel, yRange } from '../../grafana-panel/src/modes/overlay/plotConfig';
import { status } from '@aligned/core';
import { DAY, NOW, Q3_END, Q3_START, dailyFrame, input, options, q3Series } from './fixtures';

const range = { from: Q3_START, to: Q3_END };

function model(opts = options({ keyResult: { target: '1200', targetLabel: 'Q3 target' } }), series = [q3Series('Leads', 100, 10)]) {
  const m = frameToKeyResults(input(series, opts));
  expect(m.problem).toBeNull();
  return { keyResults: m.keyResults, opts };
}

const toPx = (v: number, lo: number, hi: number, px0: number, px1: number) => px0 + ((v - lo) / (hi - lo)) * (px1 - px0);

/**
 * An 800 × 400 plot over Q3 and 0..1300 whose canvas records what the hooks do: `record` gets
 * every canvas call by name (the context's state is kept, unknown calls do nothing).
 */
function fakePlot(record: (call: string, args: unknown[], state: Record<string, unknown>) => void) {
  const state: Record<string, unknown> = { measureText: (s: string) => ({ width: s.length * 6 }) };
  const ctx = new Proxy(state, {
    get: (t, k: string) => (k in t ? t[k] : (...args: unknown[]) => record(k, args, t)),
    set: (t, k: string, v) => ((t[k] = v), true),
  });
  return {
    ctx,
    bbox: { left: 0, top: 0, width: 800, height: 400 },
    over: { clientWidth: 800 },
    valToPos: (v: number, key: string) => (key === 'x' ? toPx(v, Q3_START, Q3_END, 0, 800) : toPx(v, 0, 1300, 400, 0)),
  };
}

describe('overlay geometry', () => {
  it('holds the labelled target, the ideal pace from baseline to target, now and the period', () => {
    const { keyResults, opts } = model();
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const kr = g.keyResults[0];
    expect(kr.target).toEqual({ value: 1200, text: 'Q3 target: 1,200' });
    expect(kr.pace).toMatchObject({ t0: Q3_START, v0: 100, t1: Q3_END, v1: 1200 });
    expect(g.now).toBe(NOW);
    expect(g.periodStart).toBe(Q3_START);
    expect(g.periodEnd).toBe(Q3_END);
    // The target is far above the data (max 560): it must be in the y range.
    expect(g.yMust).toContain(1200);
  });

  it('holds a dashed forecast from now to the period end with the completion date', () => {
    const { keyResults, opts } = model();
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const f = g.keyResults[0].forecast!;
    expect(f.method).toBe('trend');
    expect(f.t0).toBe(NOW);
    expect(f.v0).toBe(560);
    expect(f.t1).toBe(Q3_END);
    expect(f.v1).toBeCloseTo(1020, 0);
    expect(f.text).toMatch(/^Forecast: 1,020 at period end/);
    // +10/day never reaches 1,200 within the quarter, but the trend does reach it later.
    expect(f.completion).toBeGreaterThan(Q3_END);
    expect(f.text).toMatch(/reaches target \d{4}-\d{2}-\d{2}/);
  });

  it('falls back to the pace forecast when asked', () => {
    const { keyResults } = model();
    const g = buildOverlayGeometry(keyResults, { ...options().overlay, forecast: 'pace' }, range, paceThresholds())!;
    expect(g.keyResults[0].forecast?.method).toBe('pace');
    expect(g.keyResults[0].forecast?.v1).toBe(keyResults[0].paceAtEnd);
  });

  it('shades on track / at risk / off track bands that agree with the core status rule', () => {
    const { keyResults, opts } = model();
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    expect(g.bands.map((b) => b.label)).toEqual(['On track', 'At risk', 'Off track']);
    const [onTrack, atRisk] = g.bands;
    // At the period end (expected = 1) a value just above the on-track edge is on track per the core.
    const i = onTrack.times.length - 1;
    const edge = onTrack.lower[i];
    const progressAt = (v: number) => (v - 100) / (1200 - 100);
    expect(status({ progress: progressAt(edge + 1), expected: 1 }).code).toBe('on_track');
    expect(status({ progress: progressAt(edge - 1), expected: 1 }).code).toBe('at_risk');
    expect(status({ progress: progressAt(atRisk.lower[i] - 1), expected: 1 }).code).toBe('off_track');
    // Bands fan out from the baseline at the start.
    expect(onTrack.lower[0]).toBeCloseTo(100, 6);
    expect(onTrack.upper[0]).toBe(Infinity);
  });

  it('turns the field thresholds into bands, percentage steps mapped onto min..max', () => {
    const thresholds = { mode: ThresholdsMode.Percentage, steps: [{ value: -Infinity, color: 'red' }, { value: 50, color: 'green' }] };
    const series = [dailyFrame('Uptime', Q3_START, [0, 50, 200], {}, { thresholds, min: 0, max: 400 })];
    const { keyResults } = model(options({ keyResult: { target: '400' }, overlay: { bands: 'thresholds' } }), series);
    const g = buildOverlayGeometry(keyResults, { ...options().overlay, bands: 'thresholds' }, range, paceThresholds())!;
    expect(g.bands).toHaveLength(2);
    expect(g.bands[0]).toMatchObject({ colorName: 'red', label: 'Below 50 %' });
    expect(g.bands[1].lower[0]).toBe(200);
    expect(g.bands[1]).toMatchObject({ colorName: 'green', label: '50 % and above' });
  });

  it('shades a range key result between its low and high', () => {
    const opts = options({ keyResult: { kind: 'range', low: '50', high: '150' }, overlay: { bands: 'range' } });
    const { keyResults } = model(opts, [dailyFrame('latency', Q3_START, [120, 130, 140])]);
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    expect(g.bands.map((b) => b.label)).toEqual(['Below range', 'In range 50 – 150', 'Above range']);
    expect(g.keyResults[0].target).toBeNull();
    expect(g.yMust).toEqual(expect.arrayContaining([50, 150]));
  });

  it('widens x to the whole period so the forecast and the end are visible', () => {
    const { keyResults, opts } = model();
    const g = buildOverlayGeometry(keyResults, opts.overlay, { from: Q3_START, to: NOW }, paceThresholds())!;
    expect(g.xRange).toEqual([Q3_START, Q3_END]);
  });
});

describe('uPlot config', () => {
  it('stretches the y range to the target and pads it', () => {
    const [min, max] = yRange(100, 560, [1200]);
    expect(min).toBeLessThan(100);
    expect(max).toBeGreaterThan(1200);
    expect(yRange(null, null, [])).toEqual([0, 1]);
    expect(yRange(5, 5, [])).toEqual([4.5, 5.5]);
  });

  it('joins series from several frames, keeping nulls as gaps', () => {
    const { keyResults } = model(options({ keyResult: { target: '10' } }), [
      dailyFrame('a', Q3_START, [1, null, 3]),
      dailyFrame('b', Q3_START + DAY, [5, 6], { refId: 'B' }),
    ]);
    const [xs, a, b] = alignSeries(keyResults);
    expect(xs).toEqual([Q3_START, Q3_START + DAY, Q3_START + 2 * DAY]);
    expect(a).toEqual([1, null, 3]);
    expect(b).toEqual([undefined, 5, 6]);
  });

  it('builds a config with the series, the stretched scale and the overlay hooks', () => {
    const { keyResults, opts } = model();
    const theme = createTheme();
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const plot = buildPlotModel(keyResults, g, theme, 'utc');
    const config = plot.builder.getConfig();
    expect(config.series).toHaveLength(2); // x + Leads
    expect(config.hooks!.draw).toHaveLength(1);
    expect(config.hooks!.drawClear).toHaveLength(1);
    const yScale = config.scales!.y;
    const rangeFn = yScale.range as (u: unknown, min: number, max: number, key: string) => [number, number];
    const [, top] = rangeFn(null, 100, 560, 'y');
    expect(top).toBeGreaterThan(1200);
    const xRangeFn = config.scales!.x.range as (u: unknown, min: number, max: number, key: string) => [number, number];
    expect(xRangeFn(null, 0, 0, 'x')).toEqual([Q3_START, Q3_END]);
    expect(plot.colors[keyResults[0].id]).toMatch(/^#|^rgb/);
  });

  it('paints the target label, bands, pace and forecast on the canvas through the hooks', () => {
    const { keyResults, opts } = model();
    const theme = createTheme({ colors: { mode: 'light' } });
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const config = buildPlotModel(keyResults, g, theme, 'utc').builder.getConfig();
    const texts: string[] = [];
    const fills: string[] = [];
    const u = fakePlot((call, args, state) => {
      if (call === 'fillText') texts.push(String(args[0]));
      if (call === 'fill') fills.push(String(state.fillStyle));
    });
    (config.hooks!.drawClear![0] as (u: unknown) => void)(u);
    (config.hooks!.draw![0] as (u: unknown) => void)(u);
    expect(texts).toEqual(expect.arrayContaining(['Q3 target: 1,200', 'Ideal pace', 'now', 'Start', 'End', 'On track']));
    expect(texts.some((t) => t.startsWith('Forecast: '))).toBe(true);
    expect(fills.length).toBeGreaterThanOrEqual(3); // three bands
  });

  it('draws a target shared by several key results once, and one label where several would repeat each other', () => {
    // Three series, one target: three ideal pace lines end at the same point, three target lines coincide.
    const { keyResults, opts } = model(undefined, [q3Series('Leads', 100, 10), q3Series('Deals', 100, 8), q3Series('Calls', 100, 12)]);
    expect(keyResults).toHaveLength(3);
    const theme = createTheme({ colors: { mode: 'light' } });
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const config = buildPlotModel(keyResults, g, theme, 'utc').builder.getConfig();
    const texts: string[] = [];
    const strokes: Array<[number, number]> = [];
    let last: [number, number] = [0, 0];
    const u = fakePlot((call, args) => {
      const [x, y] = args as [number, number];
      if (call === 'fillText') texts.push(String(args[0]));
      if (call === 'moveTo') last = [x, y];
      if (call === 'lineTo' && y === last[1] && x - last[0] === 800) strokes.push([x, y]);
    });
    (config.hooks!.draw![0] as (u: unknown) => void)(u);
    expect(texts.filter((t) => t === 'Q3 target: 1,200')).toHaveLength(1);
    expect(strokes.filter(([, y]) => Math.abs(y - toPx(1200, 0, 1300, 400, 0)) < 0.5)).toHaveLength(1);
    expect(texts.filter((t) => t === 'Ideal pace')).toHaveLength(1);
    // Each series keeps its own forecast label (different values, its own colour).
    expect(texts.filter((t) => t.startsWith('Forecast: ')).length).toBeGreaterThanOrEqual(2);
  });
});
