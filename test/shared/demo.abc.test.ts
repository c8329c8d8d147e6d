import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCascade, evaluateCascade } from '@aligned/core/cascade/index';
import { ABC, generateAbcDemo, mulberry32 } from '@aligned/core/demo/index';
import { parseRows } from '@aligned/core/schema/index';

const DAY = 86_400_000;

describe('mulberry32', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateAbcDemo', () => {
  afterEach(() => vi.useRealTimers());

  it('is deterministic for a seed and never reads the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01'));
    const a = generateAbcDemo({ seed: 7 });
    vi.setSystemTime(new Date('2031-06-30'));
    const b = generateAbcDemo({ seed: 7 });
    expect(b).toEqual(a);
    expect(generateAbcDemo({ seed: 8 }).daily.amount).not.toEqual(a.daily.amount);
  });

  it('keeps the history of a day independent of asOf', () => {
    const early = generateAbcDemo({ asOf: '2025-06-30' });
    const late = generateAbcDemo({ asOf: '2027-12-31' });
    expect(early.daily.time).toHaveLength(181);
    expect(late.daily.time).toHaveLength(365 + 365 + 365);
    expect(late.daily.amount.slice(0, 181)).toEqual(early.daily.amount);
    expect(late.daily.time[0]).toBe(Date.UTC(2025, 0, 1));
    expect(late.daily.time[1] - late.daily.time[0]).toBe(DAY);
  });

  it('produces rows that parse and link without problems', () => {
    const demo = generateAbcDemo();
    const { nodes, problems } = parseRows(demo.rows);
    expect(problems).toEqual([]);
    expect(nodes.length).toBe(demo.rows.length - 1);
    const cascade = buildCascade(nodes);
    expect(cascade.problems).toEqual([]);
    expect(cascade.roots).toEqual(['MISSION']);
    expect(cascade.byId.get('MISSION')!.title).toBe('ABC: $1M profit in three years');
  });

  it('covers every level, kind and type, with KPIs hanging off tasks', () => {
    const { nodes } = parseRows(generateAbcDemo().rows);
    expect(new Set(nodes.map((n) => n.level))).toEqual(new Set(['mission', 'pillar', 'annual', 'quarterly', 'monthly', 'weekly', 'task']));
    expect(new Set(nodes.map((n) => n.kind).filter((k) => k !== null))).toEqual(
      new Set(['increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track']),
    );
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(['objective', 'key_result', 'initiative', 'kpi']));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const kpis = nodes.filter((n) => n.type === 'kpi');
    expect(kpis.length).toBeGreaterThan(0);
    for (const kpi of kpis) expect(byId.get(kpi.parentId!)!.type).toBe('initiative');
    expect(nodes.filter((n) => n.level === 'pillar').map((n) => n.title.split(':')[0])).toEqual(['Revenue', 'Efficiency', 'People']);
    expect(new Set(nodes.map((n) => n.owner))).toContain('Head of Sales');
    expect(new Set(nodes.map((n) => n.owner))).toContain('Finance');
    const range = nodes.find((n) => n.kind === 'range')!;
    expect([range.low, range.target]).toEqual([220_000, 240_000]);
  });

  it('derives current values from the daily series', () => {
    const demo = generateAbcDemo();
    const { nodes } = parseRows(demo.rows);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const total = demo.daily.amount.reduce((a, b) => a + b, 0);
    expect(byId.get('MISSION-KR1')!.current).toBe(Math.round(total * ABC.margin));
    const y3 = Date.UTC(2027, 0, 1);
    const sinceY3 = (series: number[]) => series.reduce((sum, v, i) => (demo.daily.time[i] >= y3 ? sum + v : sum), 0);
    expect(byId.get('Y3-REV-KR1')!.current).toBe(sinceY3(demo.daily.amount));
    expect(byId.get('Y3-REV-KR2')!.current).toBe(sinceY3(demo.daily.deals));
    // Future periods have no data, never 0.
    expect(byId.get('Q4-Y3-REV-KR1')!.current).toBeNull();
  });

  it('scores to a plausible picture: on the way to $1M, future periods not started', () => {
    const demo = generateAbcDemo();
    const ev = evaluateCascade(parseRows(demo.rows).nodes, { asOf: demo.asOf });
    const mission = ev.get('MISSION-KR1')!;
    expect(mission.progress!).toBeGreaterThan(0.5);
    expect(mission.progress!).toBeLessThan(1);
    expect(ev.get('Q4-Y3-REV')!.status.code).toBe('not_started');
    for (const e of ev.values()) expect(Number.isNaN(e.progress)).toBe(false);
  });

  it('writes weekly check-ins that agree with the rows', () => {
    const demo = generateAbcDemo();
    const [header, ...rows] = demo.checkIns;
    expect(header).toEqual(['ID', 'Date', 'Value']);
    const ofY1 = rows.filter((r) => r[0] === 'Y1-REV-KR1');
    expect(ofY1).toHaveLength(52);
    const values = ofY1.map((r) => r[2] as number);
    expect(values).toEqual([...values].sort((a, b) => a - b)); // cumulative revenue never falls
  });

  it('rejects bad options clearly', () => {
    expect(() => generateAbcDemo({ years: 0 })).toThrow(/years: a whole number/);
    expect(() => generateAbcDemo({ start: 'someday' })).toThrow(/date/);
  });
});
