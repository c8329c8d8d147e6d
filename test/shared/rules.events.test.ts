import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCascade } from '@aligned/core/cascade/index';
import { detectEvents, fromRecord, takeSnapshot, toRecord, type Snapshot } from '@aligned/core/rules/index';
import type { OkrNode } from '@aligned/core/types';
import { kr, node } from './cascade.helpers';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const END = Date.UTC(2026, 2, 31, 23, 59, 59);

function snapshotOf(nodes: OkrNode[], asOf: number): Snapshot {
  return takeSnapshot(nodes, evaluateCascade(nodes, { asOf }), { asOf });
}

function plan(currents: Array<number | null>, lastCheckIn: number | null = null): OkrNode[] {
  return [
    node('O1', null, { start: START, end: END }),
    ...currents.map((c, i) => kr(`KR${i + 1}`, 'O1', c, { checkIns: lastCheckIn === null ? [] : [{ time: lastCheckIn, value: c }] })),
  ];
}

describe('detectEvents', () => {
  it('reports a status change with the core explanation and a key naming the earlier evaluation', () => {
    const t0 = START + 45 * DAY;
    const t1 = t0 + DAY;
    const before = snapshotOf(plan([50]), t0);
    const now = snapshotOf(plan([10]), t1);
    const events = detectEvents(before, now);
    const change = events.find((e) => e.type === 'status_changed');
    expect(change).toMatchObject({ from: 'on_track', to: 'off_track', key: `status|KR1|on_track>off_track|${t0}` });
    expect(change!.kr.explain).toContain('Off track');
    expect(change!.kr.explain).toContain('10 %');
  });

  it('reports a level crossed up and down, and the target as a level', () => {
    const t0 = START + 45 * DAY;
    const up = detectEvents(snapshotOf(plan([40]), t0), snapshotOf(plan([60]), t0 + DAY), { levels: [50, 'target'] });
    expect(up.filter((e) => e.type === 'crossed').map((e) => [e.type === 'crossed' && e.direction, e.type === 'crossed' && e.level])).toEqual([['up', 50]]);
    const down = detectEvents(snapshotOf(plan([120]), t0), snapshotOf(plan([90]), t0 + DAY), { levels: [50, 'target'] });
    expect(down.filter((e) => e.type === 'crossed').map((e) => e.type === 'crossed' && `${e.direction} ${e.level}`)).toEqual(['down 100']);
  });

  it('reports a key result becoming stale once per last update, and check-ins due per reminder occasion', () => {
    const checkedIn = START + 40 * DAY;
    const fresh = snapshotOf(plan([50], checkedIn), checkedIn + 6 * DAY);
    const stale = snapshotOf(plan([50], checkedIn), checkedIn + 8 * DAY);
    expect(stale.states.get('KR1')!.staleness).toMatchObject({ stale: true, ageDays: 8, text: 'updated 8 days ago', cadenceDays: 7 });
    expect(detectEvents(fresh, stale).map((e) => e.key)).toEqual([`stale|KR1|${checkedIn}`]);
    expect(detectEvents(stale, stale)).toEqual([]);
    expect(detectEvents(stale, stale, { dueSlot: '2026-02-16' }).map((e) => e.key)).toEqual(['due|KR1|2026-02-16']);
    expect(detectEvents(fresh, fresh, { dueSlot: '2026-02-16' })).toEqual([]);
  });

  it('honours a per-row cadence and never calls an achieved key result stale', () => {
    const checkedIn = START + 40 * DAY;
    const nodes = plan([50, 100], checkedIn);
    const asOf = checkedIn + 10 * DAY;
    const snap = takeSnapshot(nodes, evaluateCascade(nodes, { asOf }), { asOf, cadenceDays: (id) => (id === 'KR1' ? 14 : null) });
    expect(snap.states.get('KR1')!.stale).toBe(false);
    expect(snap.states.get('KR2')!.status).toBe('achieved');
    expect(snap.states.get('KR2')!.stale).toBe(false);
    // Once the period is over there is nothing left to check in.
    const late = END + 20 * DAY;
    const after = takeSnapshot(nodes, evaluateCascade(nodes, { asOf: late }), { asOf: late });
    expect(after.states.get('KR1')!.staleness.text).toBe(`updated ${Math.floor((late - checkedIn) / DAY)} days ago`);
    expect(after.states.get('KR1')!.stale).toBe(false);
  });

  it('survives a round trip through its stored record', () => {
    const s = snapshotOf(plan([50, null, 120]), START + 30 * DAY);
    const back = fromRecord(JSON.parse(JSON.stringify(toRecord(s))));
    expect(back!.asOf).toBe(s.asOf);
    for (const [id, state] of s.states) expect(back!.states.get(id)).toEqual({ status: state.status, value: state.value, stale: state.stale });
    expect(fromRecord({ asOf: 'x', rows: [] })).toBeNull();
    expect(fromRecord(null)).toBeNull();
  });
});

const current = fc.option(fc.integer({ min: -20, max: 140 }), { nil: null });
const seeded = { seed: 1111, numRuns: 150 };

describe('event properties', () => {
  it('no event without a change', () => {
    fc.assert(
      fc.property(fc.array(current, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 89 }), (values, day) => {
        const s = snapshotOf(plan(values, START), START + day * DAY);
        expect(detectEvents(s, s, { levels: [0, 50, 'target'] })).toEqual([]);
      }),
      seeded,
    );
  });

  it('the same pair of evaluations gives the same events', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(current, current), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 80 }), (pairs, day) => {
        const t0 = START + day * DAY;
        const a1 = snapshotOf(plan(pairs.map((p) => p[0])), t0);
        const b1 = snapshotOf(plan(pairs.map((p) => p[1])), t0 + 3 * DAY);
        const a2 = snapshotOf(plan(pairs.map((p) => p[0])), t0);
        const b2 = snapshotOf(plan(pairs.map((p) => p[1])), t0 + 3 * DAY);
        const strip = (events: ReturnType<typeof detectEvents>) => events.map((e) => [e.key, e.summary, e.kr.explain]);
        expect(strip(detectEvents(a1, b1, { levels: [50, 'target'] }))).toEqual(strip(detectEvents(a2, b2, { levels: [50, 'target'] })));
      }),
      seeded,
    );
  });

  it('every event is acted on once across repeated runs, even when a run is replayed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(current, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (days, replays) => {
        const sent: string[] = [];
        const log = new Set<string>();
        let stored = toRecord(snapshotOf(plan(days[0]), START + DAY));
        for (let d = 1; d < days.length; d++) {
          const now = snapshotOf(plan(days[d]), START + (d + 1) * DAY);
          const runs = replays[d] ? 2 : 1; // a replay: the first run's snapshot was never stored
          for (let r = 0; r < runs; r++) {
            for (const e of detectEvents(fromRecord(stored), now, { levels: [50] })) {
              if (log.has(e.key)) continue;
              log.add(e.key);
              sent.push(e.key);
            }
          }
          stored = toRecord(now);
          // A further run on unchanged data finds nothing new.
          expect(detectEvents(fromRecord(stored), now, { levels: [50] })).toEqual([]);
        }
        expect(new Set(sent).size).toBe(sent.length);
      }),
      seeded,
    );
  });
});
