// @vitest-environment jsdom
/**
 * Hostile frames and options through every display mode, generated with a fixed seed (a failure
 * prints its seed and path and reproduces): empty frames, text where numbers belong, NaN and
 * null, huge and tiny values, one point, repeated and unsorted times, many series. Each case must
 * render without reaching the error boundary and without "NaN", "undefined" or "Infinity" in the
 * text or on the canvas; the overlay's labels must never overlap (checked on their boxes).
 */
import { canvasText } from './dom-stubs';
import { act, cleanup, render } from '@testing-library/react';
import { createDataFrame, createTheme, FieldType } from '@grafana/data';
import type { DataFrame } from '@grafana/data';
import fc from 'fast-check';
import React from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadModeViews } from '../../grafana-panel/src/components/AlignedPanel';
import { plugin } from '../../grafana-panel/src/module';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { drawOverlayLines } from '../../grafana-panel/src/modes/overlay/drawOverlay';
import { buildOverlayGeometry } from '../../grafana-panel/src/modes/overlay/geometry';
import { paceThresholds } from '../../grafana-panel/src/modes/overlay/paceThresholds';
import { yRange } from '../../grafana-panel/src/modes/overlay/plotConfig';
import type { AlignedOptions } from '../../grafana-panel/src/types';
import { DAY, initEditorRegistry, input, NOW, options, panelProps, Q3_END, Q3_START } from './fixtures';
import { assertNoOverlap, fakePlot } from './labelGeometry';

// Bullets and the tree are lazy chunks in the built plugin; load them once so every render is synchronous.
beforeAll(() => loadModeViews());

const SEED = 20260816;
export const RENDER_RUNS = 120;
export const GEOMETRY_RUNS = 400;
const BAD_TEXT = /NaN|undefined|Infinity|\[object/;

/** Each stray word with the text around it, so a failure says where it was printed. */
function badWords(text: string): string[] {
  return Array.from(text.matchAll(new RegExp(BAD_TEXT.source, 'g')), (m) => text.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + 30));
}

const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e4, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, NaN, Infinity, -Infinity, 0, -0, 1e300, -1e300, 5e-324, 1.7976931348623157e308) },
  { weight: 1, arbitrary: fc.double() }
);

type Times = 'sorted' | 'unsorted' | 'duplicate' | 'none' | 'text';

interface FrameSpec {
  length: number;
  times: Times;
  numbers: Array<Array<number | null>>;
  texts: number;
  numericText: boolean;
  unit: string | undefined;
}

const frameSpec: fc.Arbitrary<FrameSpec> = fc
  .record({
    length: fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 3, max: 60 })),
    times: fc.constantFrom<Times>('sorted', 'unsorted', 'duplicate', 'none', 'text'),
    series: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 25 }) }),
    texts: fc.integer({ min: 0, max: 2 }),
    numericText: fc.boolean(),
    unit: fc.constantFrom(undefined, 'none', 'percent', 'currencyUSD', 'reqps', 'bytes', 'short', 's'),
  })
  .chain((r) =>
    fc.record({
      length: fc.constant(r.length),
      times: fc.constant(r.times),
      numbers: fc.array(fc.array(value, { minLength: r.length, maxLength: r.length }), { minLength: r.series, maxLength: r.series }),
      texts: fc.constant(r.texts),
      numericText: fc.constant(r.numericText),
      unit: fc.constant(r.unit),
    })
  );

function buildFrame(spec: FrameSpec, index: number): DataFrame {
  const n = spec.length;
  const sorted = Array.from({ length: n }, (_, i) => Q3_START + Math.floor((i * (NOW - Q3_START)) / Math.max(1, n)));
  const times =
    spec.times === 'unsorted' ? [...sorted].reverse() : spec.times === 'duplicate' ? sorted.map((t, i) => sorted[i - (i % 2)] ?? t) : sorted;
  const fields: DataFrame['fields'] = [];
  if (spec.times === 'text') fields.push({ name: 'time', type: FieldType.string, values: times.map((t) => new Date(t).toISOString()), config: {} });
  else if (spec.times !== 'none') fields.push({ name: 'time', type: FieldType.time, values: times, config: {} });
  for (let t = 0; t < spec.texts; t++) {
    fields.push({ name: `label${t}`, type: FieldType.string, values: Array.from({ length: n }, (_, i) => (spec.numericText ? String(i) : `g${i % 3}`)), config: {} });
  }
  spec.numbers.forEach((values, s) => {
    fields.push({ name: `s${index}_${s}`, type: FieldType.number, values, config: spec.unit ? { unit: spec.unit } : {} });
  });
  return createDataFrame({ refId: String.fromCharCode(65 + index), fields });
}

const optionSpec = fc.record({
  mode: fc.constantFrom<AlignedOptions['mode']>('auto', 'overlay', 'bullets', 'tree'),
  kind: fc.constantFrom<AlignedOptions['keyResult']['kind']>('auto', 'increase', 'decrease', 'above', 'below', 'range', 'track', 'milestone'),
  target: fc.constantFrom('', '1200', '-5', '0', 'abc', '$target', '1e308', '1,200'),
  baselineSource: fc.constantFrom<AlignedOptions['keyResult']['baselineSource']>('periodStart', 'option', 'field'),
  baseline: fc.constantFrom('', '0', '100', 'x'),
  low: fc.constantFrom('', '10', '1e6'),
  high: fc.constantFrom('', '500', '-1'),
  reducer: fc.constantFrom('lastNotNull', 'last', 'sum', 'mean', 'count', 'max', 'min', 'delta', 'first', 'range'),
  bands: fc.constantFrom<AlignedOptions['overlay']['bands']>('pace', 'thresholds', 'range', 'none'),
  forecast: fc.constantFrom<AlignedOptions['overlay']['forecast']>('pace', 'trend', 'none'),
  period: fc.constantFrom<AlignedOptions['period']['source']>('dashboard', 'month', 'quarter', 'year'),
  size: fc.constantFrom<[number, number]>([900, 420], [300, 200], [2000, 1200], [150, 100]),
});

const caseSpec = fc.record({ frames: fc.array(frameSpec, { minLength: 0, maxLength: 3 }), opts: optionSpec });

type OptionSpec = typeof optionSpec extends fc.Arbitrary<infer T> ? T : never;

function toOptions(o: OptionSpec): AlignedOptions {
  return options({
    mode: o.mode,
    keyResult: { kind: o.kind, target: o.target, baselineSource: o.baselineSource, baseline: o.baseline, baselineField: 's0_1', targetField: 's0_2', low: o.low, high: o.high, reducer: o.reducer },
    period: { source: o.period },
    overlay: { bands: o.bands, forecast: o.forecast },
  });
}

const Panel = plugin.panel!;

beforeAll(() => {
  initEditorRegistry();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 250));
  vi.useRealTimers();
});

describe('fuzzing the panel with generated frames and options', () => {
  it(`renders ${RENDER_RUNS} generated cases in every mode without an error, a raw value or a stray word`, async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fc.assert(
      fc.asyncProperty(caseSpec, async ({ frames, opts }) => {
        cleanup();
        canvasText.length = 0;
        errors.mockClear();
        const series = frames.map(buildFrame);
        const [width, height] = opts.size;
        const props = panelProps(series, toOptions(opts), { width, height });
        let container: HTMLElement | undefined;
        await act(async () => {
          container = render(<Panel {...props} />).container;
        });
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 2));
        });
        const text = container!.textContent ?? '';
        expect(text).not.toContain('The panel could not draw this data');
        const bad = [...badWords(text), ...badWords(canvasText.join(' | '))];
        expect(bad, bad.join(' ¦ ')).toEqual([]);
        expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
      }),
      { seed: SEED, numRuns: RENDER_RUNS, endOnFailure: true }
    );
    errors.mockRestore();
    cleanup();
  }, 600_000);

  it(`places the overlay's labels without overlap in ${GEOMETRY_RUNS} generated charts`, () => {
    fc.assert(
      fc.property(caseSpec, fc.integer({ min: 120, max: 2000 }), fc.integer({ min: 60, max: 1200 }), ({ frames, opts }, w, h) => {
        const o = toOptions({ ...opts, mode: 'overlay' });
        const model = frameToKeyResults(input(frames.map(buildFrame), o));
        if (model.problem || model.keyResults.length === 0) return;
        const g = buildOverlayGeometry(model.keyResults, o.overlay, { from: Q3_START, to: Q3_END }, paceThresholds());
        if (!g) return;
        let lo = Infinity;
        let hi = -Infinity;
        for (const v of model.keyResults[0].plotted) if (v !== null) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
        const [yMin, yMax] = yRange(Number.isFinite(lo) ? lo : null, Number.isFinite(hi) ? hi : null, g.yMust);
        const u = fakePlot(w, h, yMin, yMax, g.xRange);
        const placed = drawOverlayLines(u, g, createTheme(), {});
        const lines = g.keyResults.filter((k) => k.target && k.scale === 'y').map((k) => u.valToPos(k.target!.value, 'y', true));
        assertNoOverlap(placed, lines);
        for (const p of placed) expect(p.text).not.toMatch(BAD_TEXT);
      }),
      { seed: SEED, numRuns: GEOMETRY_RUNS }
    );
  });
});

void DAY;
