import { describe, expect, it } from 'vitest';
import { buildCascade, evaluateCascade } from '@aligned/core/cascade/index';
import { kr, node } from './cascade.helpers';

const DAY = 86_400_000;
const Q_START = Date.UTC(2025, 0, 1);
const Q_END = Date.UTC(2025, 2, 31);
const MID = Q_START + 45 * DAY; // 45 of 90 days elapsed

describe('evaluateCascade: weighted rollup', () => {
  it('scores key results and rolls objectives up as one item per child', () => {
    const nodes = [
      node('O1', null, { start: Q_START, end: Q_END }),
      kr('KR1', 'O1', 50),
      kr('KR2', 'O1', 80, { weight: 3 }),
      node('O2', 'O1'),
      kr('KR3', 'O2', 20),
      kr('KR4', 'O2', null),
    ];
    const ev = evaluateCascade(nodes, { asOf: MID });
    expect(ev.get('KR1')).toMatchObject({ progress: 0.5, source: 'own', reason: 'ok', expected: 0.5 });
    expect(ev.get('O2')).toMatchObject({ progress: 0.2, source: 'rollup' });
    expect(ev.get('O2')!.coverage).toEqual({ reporting: 1, total: 2, text: '1 of 2 reporting' });
    expect(ev.get('O2')!.explain).toBe('1 of 2 children reporting, mean 20 %.');
    // O1 = (0.5·1 + 0.8·3 + 0.2·1) / 5
    expect(ev.get('O1')!.progress).toBeCloseTo(3.1 / 5, 12);
    expect(ev.get('O1')!.explain).toBe('3 of 3 children reporting, weighted mean 62 %.');
    expect(ev.get('O1')!.score).toBe(0.6);
    expect(ev.get('O1')!.scoreBand).toBe('yellow');
    expect(ev.get('O1')!.status.code).toBe('on_track');
    expect(ev.get('O2')!.status.code).toBe('off_track');
    expect(ev.get('KR4')!.status.code).toBe('no_data');
    expect([...ev.keys()]).toEqual(['O1', 'KR1', 'KR2', 'O2', 'KR3', 'KR4']);
  });

  it('uses clamped child progress (overshoot and wrong way)', () => {
    const ev = evaluateCascade([node('O'), kr('A', 'O', 150), kr('B', 'O', -40)], { asOf: MID });
    expect(ev.get('A')!.raw).toBe(1.5);
    expect(ev.get('A')!.progress).toBe(1);
    expect(ev.get('B')!.progress).toBe(0);
    expect(ev.get('O')!.progress).toBe(0.5);
  });

  it('gives null with no_weighted_children when all weights are 0', () => {
    const ev = evaluateCascade([node('O'), kr('A', 'O', 50, { weight: 0 }), kr('B', 'O', 70, { weight: 0 })], { asOf: MID });
    expect(ev.get('O')).toMatchObject({ progress: null, reason: 'no_weighted_children', score: null, scoreBand: null });
    expect(ev.get('O')!.status.code).toBe('no_data');
    expect(Number.isNaN(ev.get('O')!.progress)).toBe(false);
  });

  it('leaves track metrics out of rollups and coverage', () => {
    const ev = evaluateCascade([node('O'), kr('A', 'O', 40), node('V', 'O', { type: 'kpi', kind: 'track', current: 1000 })], { asOf: MID });
    expect(ev.get('V')).toMatchObject({ progress: null, reason: 'track' });
    expect(ev.get('O')!.progress).toBe(0.4);
    expect(ev.get('O')!.coverage.text).toBe('1 of 1 reporting');
  });

  it('counts missing children as 0 with missingAs zero', () => {
    const nodes = [node('O'), kr('A', 'O', 60), kr('B', 'O', null)];
    expect(evaluateCascade(nodes, { asOf: MID }).get('O')!.progress).toBe(0.6);
    expect(evaluateCascade(nodes, { asOf: MID, missingAs: 'zero' }).get('O')!.progress).toBe(0.3);
  });

  it('an objective with no children has no progress, never 0', () => {
    const ev = evaluateCascade([node('O')], { asOf: MID });
    expect(ev.get('O')).toMatchObject({ progress: null, reason: 'no_weighted_children' });
  });

  it('counts initiatives with their weight, and scores a milestone objective over tasks as a checklist', () => {
    const task = (id: string, done: boolean, weight = 1) =>
      node(id, 'M', { type: 'initiative', level: 'task', kind: 'milestone', done, weight });
    const nodes = [node('M', null, { kind: 'milestone' }), task('T1', true), task('T2', false), task('T3', true, 2)];
    const ev = evaluateCascade(nodes, { asOf: MID });
    expect(ev.get('M')).toMatchObject({ source: 'checklist', progress: 0.75 });
    expect(ev.get('T2')!.status.code).toBe('on_track'); // open milestone, not yet due
  });
});

describe('evaluateCascade: other modes', () => {
  it("'sum' adds children's currents and scores them against the parent's own target", () => {
    const nodes = [
      kr('P', null, null, { baseline: 0, target: 100 }),
      kr('C1', 'P', 29, { target: 30 }),
      kr('C2', 'P', 30, { target: 30 }),
      kr('C3', 'P', 20, { target: 40 }),
    ];
    const ev = evaluateCascade(nodes, { asOf: MID, rollupMode: 'sum' });
    expect(ev.get('P')).toMatchObject({ source: 'sum', current: 79, raw: 0.79, progress: 0.79 });
    expect(ev.get('P')!.coverage.text).toBe('3 of 3 reporting');
    expect(ev.get('P')!.explain).toContain('Current 79 = sum of 3 of 3');
    // the weighted mean would have been (29/30 + 1 + 0.5) / 3
    expect(evaluateCascade(nodes, { asOf: MID }).get('P')!.progress).toBeCloseTo((29 / 30 + 1 + 0.5) / 3, 12);
  });

  it("'sum' lets a child overshoot propagate, capped by the parent's cap", () => {
    const nodes = [kr('P', null, null, { target: 3 }), kr('C', 'P', 4, { target: 2 })];
    const ev = evaluateCascade(nodes, { asOf: MID, rollupMode: 'sum', cap: Infinity });
    expect(ev.get('P')!.raw).toBeCloseTo(4 / 3, 12);
    expect(ev.get('P')!.progress).toBeCloseTo(4 / 3, 12);
  });

  it("'min' takes the weakest child", () => {
    const ev = evaluateCascade([node('O'), kr('A', 'O', 90), kr('B', 'O', 30)], { asOf: MID, rollupMode: 'min' });
    expect(ev.get('O')).toMatchObject({ progress: 0.3, source: 'min' });
  });

  it("'worst' keeps the weighted progress and takes the worst child status", () => {
    const nodes = [node('O', null, { start: Q_START, end: Q_END }), kr('A', 'O', 100), kr('B', 'O', 50), kr('C', 'O', 10)];
    const ev = evaluateCascade(nodes, { asOf: MID, rollupMode: 'worst' });
    expect(ev.get('O')!.progress).toBeCloseTo(160 / 300, 12);
    expect(ev.get('A')!.status.code).toBe('achieved');
    expect(ev.get('C')!.status.code).toBe('off_track');
    expect(ev.get('O')!.status.code).toBe('off_track');
    expect(ev.get('O')!.status.explain).toContain('Worst status of 3 children');
    const weighted = evaluateCascade(nodes, { asOf: MID });
    expect(weighted.get('O')!.status.code).toBe('on_track');
  });

  it('accepts a mode per node', () => {
    const nodes = [node('O'), node('S', 'O'), kr('A', 'S', 90), kr('B', 'S', 30)];
    const ev = evaluateCascade(nodes, { asOf: MID, rollupModeById: { S: 'min' } });
    expect(ev.get('S')!.progress).toBe(0.3);
    expect(ev.get('O')!.progress).toBe(0.3);
  });
});

describe('evaluateCascade: time, status and forecasts', () => {
  it('inherits the period for expected progress and pace forecasts', () => {
    const nodes = [node('O', null, { start: Q_START, end: Q_END }), kr('A', 'O', 25)];
    const ev = evaluateCascade(nodes, { asOf: MID });
    expect(ev.get('A')!.start).toBe(Q_START);
    expect(ev.get('A')!.expected).toBe(0.5);
    expect(ev.get('A')!.forecast.pace).toBe(50);
    expect(ev.get('A')!.forecast.paceProgress).toBe(0.5);
    expect(ev.get('A')!.status.code).toBe('off_track');
    expect(ev.get('A')!.forecast.trend).toBeNull();
  });

  it('is not started before the period and uses conditions for thresholds', () => {
    const nodes = [
      node('O', null, { start: Q_START, end: Q_END }),
      node('NPS', 'O', { type: 'key_result', kind: 'above', target: 40, current: 45 }),
      node('COST', 'O', { type: 'key_result', kind: 'below', target: 10, current: 12 }),
    ];
    expect(evaluateCascade(nodes, { asOf: Q_START - DAY }).get('O')!.status.code).toBe('not_started');
    const ev = evaluateCascade(nodes, { asOf: MID });
    expect(ev.get('NPS')!.status.code).toBe('on_track');
    expect(ev.get('COST')!.status.code).toBe('off_track');
  });

  it('adds a trend forecast when check-ins exist', () => {
    const checkIns = [0, 10, 20, 30, 40].map((d) => ({ time: Q_START + d * DAY, value: d / 2 }));
    const nodes = [kr('A', null, 20, { start: Q_START, end: Q_END, checkIns })];
    const trend = evaluateCascade(nodes, { asOf: MID }).get('A')!.forecast.trend;
    expect(trend).not.toBeNull();
    expect(trend!.slopePerDay).toBeCloseTo(0.5, 6);
  });

  it('measures a key result with Target and Current but no Baseline from 0, as OKR_PROGRESS does, and says so once', () => {
    const ev = evaluateCascade([kr('A', null, 5, { baseline: null })], { asOf: MID });
    expect(ev.get('A')).toMatchObject({ progress: 0.05, reason: 'ok' });
    expect(ev.get('A')!.explain.match(/measured from 0/g)).toHaveLength(1);
  });

  it('explains an invalid key result in the status', () => {
    const ev = evaluateCascade([kr('A', null, 5, { baseline: 5, target: 5, kind: 'increase', current: 5 }), kr('B', null, 5, { baseline: 1, target: 10, kind: 'decrease' })], { asOf: MID });
    expect(ev.get('B')).toMatchObject({ progress: null, reason: 'invalid' });
    expect(ev.get('B')!.status.code).toBe('no_data');
    expect(ev.get('B')!.status.explain).toContain('baseline');
  });

  it('leaves out cycles and duplicates but evaluates the rest; problems stay on the cascade', () => {
    const cascade = buildCascade([node('O'), kr('A', 'O', 50), node('X', 'Y'), node('Y', 'X'), kr('A', 'O', 10)]);
    const ev = evaluateCascade(cascade, { asOf: MID });
    expect([...ev.keys()]).toEqual(['O', 'A']);
    expect(ev.get('O')!.progress).toBe(0.5);
    expect(cascade.problems.map((p) => p.code)).toEqual(['duplicate_id', 'cycle']);
  });

  it('rejects bad options with a clear message', () => {
    expect(() => evaluateCascade([], { asOf: 'soon' as never })).toThrow(/asOf/);
    expect(() => evaluateCascade([], { asOf: MID, rollupMode: 'avg' as never })).toThrow(/rollupMode: one of weighted, sum, min, worst/);
    expect(() => evaluateCascade([], { asOf: MID, cap: 0 })).toThrow(/cap/);
    expect(() => evaluateCascade([], { asOf: MID, statusThresholds: 'nope' })).toThrow(/preset/);
  });
});
