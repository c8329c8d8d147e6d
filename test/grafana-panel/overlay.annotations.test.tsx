// @vitest-environment jsdom
/**
 * Grafana's annotations (data.annotations) as markers on the overlay: built as Grafana builds
 * them (arrayToDataFrame over annotation events, one frame per annotation query), drawn at the
 * right x, nothing outside the visible range, user text as plain text, and a panel without
 * annotations drawn exactly as before.
 */
import { canvasText } from './dom-stubs';
import { act, cleanup, render } from '@testing-library/react';
import React from 'react';
import { arrayToDataFrame, createTheme } from '@grafana/data';
import type { DataFrame } from '@grafana/data';
import fc from 'fast-check';
import type uPlot from 'uplot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { plugin } from '../../grafana-panel/src/module';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { annotationMarks } from '../../grafana-panel/src/modes/overlay/annotationMarks';
import type { AnnotationMark } from '../../grafana-panel/src/modes/overlay/annotationMarks';
import { drawBands, drawOverlayLines } from '../../grafana-panel/src/modes/overlay/drawOverlay';
import { buildOverlayGeometry } from '../../grafana-panel/src/modes/overlay/geometry';
import { paceThresholds } from '../../grafana-panel/src/modes/overlay/paceThresholds';
import { DAY, initEditorRegistry, input, NOW, options, panelProps, Q3_END, Q3_START, q3Series } from './fixtures';
import { assertNoOverlap } from './labelGeometry';

const theme = createTheme();
const RANGE: [number, number] = [Q3_START, Q3_END];
const WIDTH = 900;
const HEIGHT = 300;
const LEFT = 40;
const xOf = (t: number) => LEFT + ((t - Q3_START) / (Q3_END - Q3_START)) * WIDTH;

/** An annotation event as Grafana's annotation APIs return it (AnnotationEvent), before it becomes a frame row. */
function event(time: number, text: string, extra: Record<string, unknown> = {}) {
  return { id: String(time), dashboardUID: 'okr', panelId: 1, time, timeEnd: time, isRegion: false, text, tags: ['check-in'], color: '', type: 'Annotations & Alerts', source: { type: 'dashboard' }, ...extra };
}

/** Grafana turns each annotation query's events into one frame (arrayToDataFrame). */
function annotationFrame(events: Array<ReturnType<typeof event>>): DataFrame {
  return arrayToDataFrame(events);
}

/** A uPlot stand-in whose canvas records every call, so tests see what was drawn and where. */
function recordingPlot() {
  const calls: Array<[string, unknown[]]> = [];
  const ctx = new Proxy({ measureText: (s: string) => ({ width: s.length * 6 }) } as Record<string, unknown>, {
    get: (t, k: string) => (k in t ? t[k] : (...args: unknown[]) => void calls.push([k, args])),
    set: (t, k: string, v) => (calls.push([`set ${k}`, [v]]), (t[k] = v), true),
  });
  const u = {
    ctx,
    bbox: { left: LEFT, top: 0, width: WIDTH, height: HEIGHT },
    over: { clientWidth: WIDTH },
    valToPos: (v: number, key: string) => (key === 'x' ? xOf(v) : HEIGHT - (v / 2000) * HEIGHT),
  } as unknown as uPlot;
  return { u, calls };
}

function geometry() {
  const opts = options({ keyResult: { target: '1200' } });
  const model = frameToKeyResults(input([q3Series('Leads', 100, 10)], opts));
  return buildOverlayGeometry(model.keyResults, opts.overlay, { from: Q3_START, to: Q3_END }, paceThresholds())!;
}

function draw(marks?: AnnotationMark[]) {
  const { u, calls } = recordingPlot();
  const g = geometry();
  drawBands(u, g, theme, marks);
  const placed = drawOverlayLines(u, g, theme, {}, marks);
  return { placed, calls };
}

describe('annotations on the overlay', () => {
  it('asks Grafana for annotations as well as alert states', () => {
    expect(plugin.dataSupport.annotations).toBe(true);
    expect(plugin.dataSupport.alertStates).toBe(true);
  });

  it('keeps the annotations inside the visible range, oldest first, in their own or the default colour', () => {
    const frames = [
      annotationFrame([
        event(Q3_START + 40 * DAY, 'Release 2.4', { color: 'red' }),
        event(Q3_START - DAY, 'Before the range'),
        event(Q3_END + DAY, 'After the range'),
        event(Q3_START + 10 * DAY, 'Check-in: 420 leads'),
        event(Q3_START + 50 * DAY, 'Bad colour', { color: 'not a colour' }),
      ]),
      annotationFrame([event(Q3_START + 20 * DAY, 'Outage', { isRegion: true, timeEnd: Q3_START + 22 * DAY, color: '#FF00AA' })]),
    ];
    const marks = annotationMarks(frames, RANGE, theme);
    expect(marks.map((m) => m.text)).toEqual(['Check-in: 420 leads', 'Outage', 'Release 2.4', 'Bad colour']);
    expect(marks[3].color).toBe('rgba(0, 211, 255, 1)');
    expect(marks[0]).toMatchObject({ time: Q3_START + 10 * DAY, timeEnd: null, color: 'rgba(0, 211, 255, 1)' });
    expect(marks[1]).toMatchObject({ time: Q3_START + 20 * DAY, timeEnd: Q3_START + 22 * DAY, color: '#FF00AA' });
    expect(marks[2].color).toBe(theme.visualization.getColorByName('red'));
  });

  it('clips a region that starts before the range and drops one that ends before it', () => {
    const frames = [
      annotationFrame([
        event(Q3_START - 5 * DAY, 'Freeze', { isRegion: true, timeEnd: Q3_START + 3 * DAY }),
        event(Q3_START - 9 * DAY, 'Old freeze', { isRegion: true, timeEnd: Q3_START - 2 * DAY }),
        event(Q3_END - DAY, 'Sprint', { isRegion: true, timeEnd: Q3_END + 9 * DAY }),
      ]),
    ];
    const marks = annotationMarks(frames, RANGE, theme);
    expect(marks.map((m) => [m.text, m.time, m.timeEnd])).toEqual([
      ['Freeze', Q3_START, Q3_START + 3 * DAY],
      ['Sprint', Q3_END - DAY, Q3_END],
    ]);
  });

  it('draws a marker at the annotation\'s x on the plot\'s bottom and labels it there, beside the other labels', () => {
    const at = Q3_START + 30 * DAY;
    const marks = annotationMarks([annotationFrame([event(at, 'Release 2.4')])], RANGE, theme);
    const { placed, calls } = draw(marks);
    const x = xOf(at);
    // The triangle's tip: the marker's x, one marker height above the bottom edge.
    expect(calls.some(([k, a]) => k === 'moveTo' && a[0] === x && a[1] === HEIGHT - 6)).toBe(true);
    const label = placed.find((p) => p.text === 'Release 2.4')!;
    expect(label).toBeDefined();
    expect(label.box.x).toBe(x + 4);
    expect(label.box.y + label.box.h).toBeLessThanOrEqual(HEIGHT);
    expect(label.box.y).toBeGreaterThan(HEIGHT / 2);
    assertNoOverlap(placed);
  });

  it('shades a region from its start to its end', () => {
    const marks = annotationMarks([annotationFrame([event(Q3_START + 20 * DAY, 'Outage', { isRegion: true, timeEnd: Q3_START + 22 * DAY })])], RANGE, theme);
    const { calls } = draw(marks);
    const x0 = xOf(Q3_START + 20 * DAY);
    const x1 = xOf(Q3_START + 22 * DAY);
    expect(calls.some(([k, a]) => k === 'fillRect' && a[0] === x0 && a[1] === 0 && Math.abs((a[2] as number) - (x1 - x0)) < 1e-9 && a[3] === HEIGHT)).toBe(true);
  });

  it('shows hostile text as the same text, on one line and shortened, never as markup', () => {
    const html = '<img src=x onerror="alert(1)"><b>bold</b>';
    const long = 'x'.repeat(10_000);
    const marks = annotationMarks([annotationFrame([event(Q3_START + 5 * DAY, html), event(Q3_START + 60 * DAY, `two\nlines ${long}`)])], RANGE, theme);
    expect(marks[0].text).toBe(html.slice(0, 39) + '…');
    expect(marks[1].text.startsWith('two lines xxx')).toBe(true);
    expect(marks[1].text.length).toBe(40);
    const { placed, calls } = draw(marks);
    const drawn = calls.filter(([k]) => k === 'fillText').map(([, a]) => a[0]);
    expect(drawn).toContain(marks[0].text);
    expect(placed.every((p) => p.box.x + p.box.w <= LEFT + WIDTH)).toBe(true);
    expect(document.querySelector('img')).toBeNull();
  });

  it('skips rows without a usable time and never prints NaN or undefined (seeded)', () => {
    const cell = fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined), fc.string(), fc.integer({ min: Q3_START - 30 * DAY, max: Q3_END + 30 * DAY }));
    const row = fc.record({ time: cell, timeEnd: cell, isRegion: fc.oneof(fc.boolean(), fc.constant(undefined)), text: fc.oneof(fc.string(), fc.constant(null), cell), color: fc.oneof(fc.constant(''), fc.constant('red'), fc.string()) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const marks = annotationMarks([arrayToDataFrame(rows)], RANGE, theme);
        for (const m of marks) {
          expect(m.time).toBeGreaterThanOrEqual(Q3_START);
          expect(m.time).toBeLessThanOrEqual(Q3_END);
          if (m.timeEnd !== null) expect(m.timeEnd).toBeGreaterThan(m.time - 1);
          if (m.timeEnd !== null) expect(m.timeEnd).toBeLessThanOrEqual(Q3_END);
          expect(m.text.length).toBeLessThanOrEqual(40);
          expect(m.text).not.toMatch(/\n/);
        }
        const { placed, calls } = draw(marks);
        assertNoOverlap(placed);
        for (const [k, a] of calls) {
          if (k === 'fillText') expect(String(a[0])).not.toMatch(/^(NaN|undefined|null)$/);
          else for (const v of a) if (typeof v === 'number') expect(Number.isFinite(v), `${k}(${a.join(', ')})`).toBe(true);
        }
      }),
      { seed: 20261202, numRuns: 200 }
    );
  });

  it('draws exactly as before when there are no annotations', () => {
    const before = draw();
    for (const none of [[], annotationMarks(undefined, RANGE, theme), annotationMarks([annotationFrame([])], RANGE, theme)]) {
      const after = draw(none);
      expect(after.placed).toEqual(before.placed);
      expect(after.calls).toEqual(before.calls);
    }
  });
});

describe('annotations through the panel', () => {
  beforeAll(() => {
    initEditorRegistry();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterAll(() => {
    vi.useRealTimers();
    cleanup();
  });

  it('draws the annotations Grafana passes in data.annotations on the overlay, their text as canvas text', async () => {
    const Panel = plugin.panel!;
    const opts = options({ keyResult: { target: '1200' } });
    const props = panelProps([q3Series('Leads', 100, 10)], opts);
    const hostile = '<img src=x onerror="alert(1)">';
    props.data = { ...props.data, annotations: [annotationFrame([event(Q3_START + 30 * DAY, 'Release 2.4'), event(Q3_START + 70 * DAY, hostile)])] };
    canvasText.length = 0;
    let container: HTMLElement | undefined;
    await act(async () => {
      container = render(<Panel {...props} />).container;
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
    });
    expect(canvasText).toContain('Release 2.4');
    expect(canvasText).toContain(hostile);
    expect(container!.querySelector('img')).toBeNull();
    expect(container!.textContent).not.toContain('The panel could not draw this data');
  });
});
