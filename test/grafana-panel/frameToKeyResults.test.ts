import { createDataFrame, FieldType } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { DAY, NOW, Q3_END, Q3_START, dailyFrame, input, options, q3Series } from './fixtures';

describe('frameToKeyResults', () => {
  it('scores the last value against a typed target with the baseline at the period start', () => {
    const model = frameToKeyResults(input([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1,200' } })));
    expect(model.problem).toBeNull();
    const kr = model.keyResults[0];
    // 47 daily points from 1 Jul: 100 … 560.
    expect(kr.name).toBe('Leads');
    expect(kr.baseline).toBe(100);
    expect(kr.current).toBe(560);
    expect(kr.target).toBe(1200);
    expect(kr.kind).toBe('increase');
    expect(kr.progress.progress).toBeCloseTo((560 - 100) / (1200 - 100), 10);
    expect(kr.progress.explain).toMatch(/%/);
    expect(kr.period).toEqual({ from: Q3_START, to: Q3_END, label: 'Dashboard time range' });
    expect(kr.expected).toBeGreaterThan(0.45);
    expect(kr.expected).toBeLessThan(0.55);
    expect(['on_track', 'at_risk', 'off_track']).toContain(kr.status.code);
    expect(kr.status.label.length).toBeGreaterThan(0);
    expect(kr.score).not.toBeNull();
  });

  it('reads the target through dashboard variables', () => {
    const model = frameToKeyResults(input([q3Series()], options({ keyResult: { target: '$target' } })));
    expect(model.keyResults[0].target).toBe(1200);
  });

  it('reduces only the samples inside the period (COUNT of events this month)', () => {
    // Raw events: one sample per event, 5 in June and 3 in July.
    const june = [1, 5, 9, 20, 28].map((d) => Date.UTC(2026, 5, d));
    const july = [2, 3, 10].map((d) => Date.UTC(2026, 6, d));
    const frame = createDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [...june, ...july] },
        { name: 'sign-ins', type: FieldType.number, values: [...june, ...july].map(() => 1) },
      ],
    });
    const opts = options({ keyResult: { target: '10', baselineSource: 'option', baseline: '0', reducer: 'count' }, period: { source: 'month' } });
    const model = frameToKeyResults(input([frame], opts, { now: Date.UTC(2026, 6, 15) }));
    expect(model.problem).toBeNull();
    expect(model.keyResults[0].current).toBe(3);
    expect(model.keyResults[0].period.from).toBe(Date.UTC(2026, 6, 1));
    expect(model.keyResults[0].period.to).toBe(Date.UTC(2026, 7, 1));
    // June's five events are the previous period of the same length.
    expect(model.keyResults[0].previous?.current).toBe(5);
    expect(model.keyResults[0].change).toBe(-2);
  });

  it('sums with Grafana reducers and returns null, not 0, when the period holds no samples', () => {
    const frame = dailyFrame('x', Date.UTC(2026, 0, 1), [1, 2, 3]);
    const opts = options({ keyResult: { target: '10', baselineSource: 'option', baseline: '0', reducer: 'sum' } });
    const model = frameToKeyResults(input([frame], opts));
    expect(model.keyResults[0].current).toBeNull();
    expect(model.keyResults[0].status.code).toBe('no_data');
  });

  it('treats NaN and null samples as gaps', () => {
    const frame = dailyFrame('x', Q3_START, [1, null, NaN, 4]);
    const model = frameToKeyResults(input([frame], options({ keyResult: { target: '10' } })));
    expect(model.keyResults[0].values).toEqual([1, null, null, 4]);
    expect(model.keyResults[0].current).toBe(4);
  });

  it('takes the target from another field marked by name (config from query results)', () => {
    const value = q3Series('Revenue', 100, 10);
    const target = createDataFrame({ refId: 'B', fields: [{ name: 'Goal', type: FieldType.number, values: [900, 1000] }] });
    const opts = options({ keyResult: { targetSource: 'field', targetField: 'Goal' } });
    const model = frameToKeyResults(input([value, target], opts));
    expect(model.problem).toBeNull();
    expect(model.keyResults).toHaveLength(1);
    expect(model.keyResults[0].target).toBe(1000);
  });

  it('takes the target from a field whose override role is Target', () => {
    const value = q3Series('Revenue', 100, 10);
    const target = createDataFrame({ fields: [{ name: 'plan', type: FieldType.number, values: [700], config: { custom: { role: 'target' } } }] });
    const model = frameToKeyResults(input([value, target], options()));
    expect(model.keyResults.map((k) => k.name)).toEqual(['Revenue']);
    expect(model.keyResults[0].target).toBe(700);
  });

  it('lets a field override give each series its own target, baseline and kind', () => {
    const a = q3Series('Signups', 100, 10, { custom: { target: '2000' } });
    const b = q3Series('Churn', 50, -0.5, { custom: { target: '20', baseline: '50', kind: 'decrease' } });
    const model = frameToKeyResults(input([a, b], options({ keyResult: { target: '1200' } })));
    expect(model.problem).toBeNull();
    const [signups, churn] = model.keyResults;
    expect(signups.target).toBe(2000);
    expect(churn.target).toBe(20);
    expect(churn.baseline).toBe(50);
    expect(churn.kind).toBe('decrease');
    expect(churn.direction).toBe('decrease');
  });

  it('scores a range key result with low/high bands', () => {
    const opts = options({ keyResult: { kind: 'range', low: '50', high: '150' }, overlay: { bands: 'range' } });
    const model = frameToKeyResults(input([dailyFrame('latency', Q3_START, [120, 130, 140])], opts));
    expect(model.problem).toBeNull();
    expect(model.keyResults[0].progress.met).toBe(true);
    expect(model.keyResults[0].status.code).toBe('on_track');
  });

  describe('problems: one clear message naming the option, expected and found', () => {
    it('no data', () => {
      const model = frameToKeyResults(input([], options({ keyResult: { target: '10' } })));
      expect(model.problem?.code).toBe('no_data');
      expect(model.problem?.title).toBe('No data');
    });

    it('no target configured', () => {
      const model = frameToKeyResults(input([q3Series()], options()));
      expect(model.problem).toMatchObject({ code: 'no_target', option: 'Key result › Target', found: 'nothing' });
    });

    it('text where a number is needed', () => {
      const model = frameToKeyResults(input([q3Series()], options({ keyResult: { target: 'lots' } })));
      expect(model.problem).toMatchObject({ code: 'invalid_option', option: 'Key result › Target', found: '"lots"' });
      expect(model.problem?.expected).toMatch(/number/);
    });

    it('a variable without a value', () => {
      const model = frameToKeyResults(input([q3Series()], options({ keyResult: { target: '$goal' } })));
      expect(model.problem?.title).toMatch(/variable/);
      expect(model.problem?.found).toBe('"$goal"');
    });

    it('end before start', () => {
      const opts = options({ keyResult: { target: '10' }, period: { source: 'custom', start: '2026-09-30', end: '2026-07-01' } });
      const model = frameToKeyResults(input([q3Series()], opts));
      expect(model.problem).toMatchObject({ option: 'Period › End', found: '"2026-07-01"' });
    });

    it('target equal to baseline', () => {
      const opts = options({ keyResult: { target: '100', baselineSource: 'option', baseline: '100' } });
      const model = frameToKeyResults(input([q3Series()], opts));
      expect(model.problem).toMatchObject({ code: 'invalid_option', option: 'Key result › Baseline', found: '100' });
    });

    it('a target field that does not exist, listing the fields there are', () => {
      const opts = options({ keyResult: { targetSource: 'field', targetField: 'Goal' } });
      const model = frameToKeyResults(input([q3Series('Leads')], opts));
      expect(model.problem?.option).toBe('Key result › Target field');
      expect(model.problem?.found).toBe('"Leads"');
    });

    it('no numeric field, naming the fields found', () => {
      const frame = createDataFrame({ fields: [{ name: 'label', type: FieldType.string, values: ['a'] }] });
      const model = frameToKeyResults(input([frame], options({ keyResult: { target: '1' } })));
      expect(model.problem?.code).toBe('no_numeric_field');
      expect(model.problem?.found).toContain('label (string)');
    });

    it('a range whose low is not below its high', () => {
      const opts = options({ keyResult: { kind: 'range', low: '10', high: '5' } });
      const model = frameToKeyResults(input([q3Series()], opts));
      expect(model.problem?.option).toBe('Key result › High');
    });
  });

  it('uses the calendar quarter containing now, with the fiscal year start', () => {
    const opts = options({ keyResult: { target: '1200' }, period: { source: 'quarter', fiscalYearStartMonth: 2 } });
    const model = frameToKeyResults(input([q3Series()], opts));
    // Fiscal year from February: quarters Feb–Apr, May–Jul, Aug–Oct; 16 Aug is in Aug–Oct.
    expect(model.period).toMatchObject({ from: Date.UTC(2026, 7, 1), to: Date.UTC(2026, 10, 1) });
  });

  it('projects a trend forecast once enough check-ins exist', () => {
    const model = frameToKeyResults(input([q3Series('Leads', 100, 10)], options({ keyResult: { target: '1200' } })));
    const kr = model.keyResults[0];
    expect(kr.trend?.valueAtEnd).not.toBeNull();
    // Linear +10/day from 100 on 1 Jul: 100 + 10 × 92 days at 1 Oct.
    expect(kr.trend?.valueAtEnd).toBeCloseTo(100 + 10 * ((Q3_END - Q3_START) / DAY), 0);
    expect(kr.paceAtEnd).not.toBeNull();
    expect(NOW).toBeGreaterThan(Q3_START);
  });
});
