import { createDataFrame, FieldType, NullValueMode } from '@grafana/data';
import type { Field } from '@grafana/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { reduceValue } from '../../grafana-panel/src/data/reduceValue';
import { CUMULATIVE_REDUCERS, isCumulativeReducer, runningTotal } from '../../grafana-panel/src/data/runningTotal';
import { DAY, NOW, Q3_START, dailyFrame, input, options } from './fixtures';

const window = { from: 10, to: 20 };

describe('which reducers accumulate', () => {
  it('counts Total (and its alias), Count and the counting reducers as cumulative', () => {
    for (const id of ['sum', 'total', 'count', 'countAll', 'distinctCount', 'changeCount']) expect(isCumulativeReducer(id), id).toBe(true);
  });

  it('leaves value-like reducers and differences to draw the samples', () => {
    for (const id of ['lastNotNull', 'last', 'mean', 'max', 'min', 'median', 'delta', 'diff', 'range', 'no-such-reducer']) {
      expect(isCumulativeReducer(id), id).toBe(false);
    }
  });
});

describe('runningTotal', () => {
  it('adds the samples up from the window start, leaving samples outside the window undrawn', () => {
    const times = [5, 10, 12, 14, 16, 20];
    const values = [100, 1, 2, null, 4, 100];
    expect(runningTotal(values, times, window, 'sum')).toEqual([null, 1, 3, 3, 7, null]);
  });

  it('reports no total (null, not 0) until the window holds a number', () => {
    expect(runningTotal([null, NaN, 5], [10, 11, 12], window, 'sum')).toEqual([null, null, 5]);
  });

  it('counts samples, skipping empty ones as Grafana does by default', () => {
    expect(runningTotal([3, null, 3, 7], [10, 11, 12, 13], window, 'count')).toEqual([1, 1, 2, 3]);
    expect(runningTotal([3, null, 3, 7], [10, 11, 12, 13], window, 'countAll')).toEqual([1, 2, 3, 4]);
    expect(runningTotal([3, null, 3, 7], [10, 11, 12, 13], window, 'distinctCount')).toEqual([1, 1, 1, 2]);
    expect(runningTotal([3, null, 3, 7], [10, 11, 12, 13], window, 'changeCount')).toEqual([0, 0, 0, 1]);
  });

  it('gives samples at the same time the total after all of them, and follows time, not array order', () => {
    expect(runningTotal([1, 2, 4], [12, 12, 11], window, 'sum')).toEqual([7, 7, 4]);
  });

  it('accumulates every sample when the series has no time', () => {
    expect(runningTotal([1, 2, 3], null, null, 'sum')).toEqual([1, 3, 6]);
  });

  it('draws nothing for a reducer that does not accumulate', () => {
    expect(runningTotal([1, 2], [10, 11], window, 'mean')).toEqual([null, null]);
  });

  it("ends, at every sample, on Grafana's own reducer over the window up to that sample, in every null mode", () => {
    const sample = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null), fc.constant(NaN));
    fc.assert(
      fc.property(
        fc.array(sample, { maxLength: 30 }),
        fc.constantFrom(...CUMULATIVE_REDUCERS),
        fc.constantFrom(NullValueMode.Ignore, NullValueMode.AsZero, NullValueMode.Null),
        (values, reducer, mode) => {
          const times = values.map((_, i) => 8 + i); // sorted, partly before the window
          const field: Field = { name: 'v', type: FieldType.number, values, config: { nullValueMode: mode } };
          const running = runningTotal(values, times, window, reducer, mode);
          for (let i = 0; i < values.length; i++) {
            if (times[i] < window.from || times[i] >= window.to) {
              expect(running[i]).toBeNull();
              continue;
            }
            const expected = reduceValue(field, reducer, times, { from: window.from, to: times[i] + 1 });
            expect(running[i], `${reducer} (${mode}) at ${i}`).toBe(expected);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe('the key result draws its running total', () => {
  // Daily amounts from 10 days before Q3 into the quarter: the amounts stay small, the total rises.
  const days = Math.floor((NOW - Q3_START) / DAY) + 10;
  const amounts = Array.from({ length: days }, (_, i) => 10 + (i % 3));
  const frame = () => dailyFrame('amount', Q3_START - 10 * DAY, amounts);

  it('plots the Total so far within the period, ending on the value the header shows', () => {
    const model = frameToKeyResults(input([frame()], options({ keyResult: { target: '2000', reducer: 'sum' } })));
    expect(model.problem).toBeNull();
    const kr = model.keyResults[0];
    expect(kr.cumulative).toBe(true);
    expect(kr.plotted.slice(0, 10)).toEqual(Array(10).fill(null)); // before the quarter: not drawn
    const inPeriod = kr.plotted.slice(10) as number[];
    expect(inPeriod[0]).toBe(amounts[10]);
    for (let i = 1; i < inPeriod.length; i++) expect(inPeriod[i]).toBeGreaterThan(inPeriod[i - 1]);
    expect(inPeriod[inPeriod.length - 1]).toBe(kr.current);
    expect(kr.values).toEqual(amounts); // the samples themselves are untouched
  });

  it('plots the samples for a value-like reducer', () => {
    const kr = frameToKeyResults(input([frame()], options({ keyResult: { target: '20' } }))).keyResults[0];
    expect(kr.cumulative).toBe(false);
    expect(kr.plotted).toEqual(amounts);
  });

  it("starts a cumulative key result's baseline at 0 when the baseline is the value at the period's start", () => {
    const kr = frameToKeyResults(input([frame()], options({ keyResult: { target: '2000', reducer: 'sum', baselineSource: 'periodStart' } })))
      .keyResults[0];
    expect(kr.baseline).toBe(0);
    // 0 → 2000 with the Total so far as the value: the same progress as an explicit baseline of 0.
    const explicit = frameToKeyResults(input([frame()], options({ keyResult: { target: '2000', reducer: 'sum', baselineSource: 'option', baseline: '0' } })))
      .keyResults[0];
    expect(kr.progress.progress).toBe(explicit.progress.progress);
  });

  it("keeps the first sample in the period as the baseline of a value-like key result", () => {
    const kr = frameToKeyResults(input([frame()], options({ keyResult: { target: '20', baselineSource: 'periodStart' } }))).keyResults[0];
    expect(kr.baseline).toBe(amounts[10]);
  });

  it('counts events so far for a Count key result', () => {
    const events = createDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [Q3_START + DAY, Q3_START + 2 * DAY, Q3_START + 2 * DAY, Q3_START + 5 * DAY] },
        { name: 'sign-ins', type: FieldType.number, values: [1, 1, 1, 1] },
      ],
    });
    const kr = frameToKeyResults(input([events], options({ keyResult: { target: '10', reducer: 'count' } }))).keyResults[0];
    expect(kr.plotted).toEqual([1, 3, 3, 4]);
    expect(kr.baseline).toBe(0);
    expect(kr.current).toBe(4);
  });
});
