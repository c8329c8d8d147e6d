import { describe, expect, it } from 'vitest';
import { readNumberOption } from '../../grafana-panel/src/data/readNumberOption';
import { resolvePeriod } from '../../grafana-panel/src/data/resolvePeriod';

const vars = (text: string) => text.replace('$target', '1,500').replace('$empty', '');

describe('readNumberOption', () => {
  it('reads numbers as people type them, through variables', () => {
    expect(readNumberOption('1,200', 'Target', vars)).toEqual({ value: 1200 });
    expect(readNumberOption('1.2k', 'Target', vars)).toEqual({ value: 1200 });
    expect(readNumberOption('$target', 'Target', vars)).toEqual({ value: 1500 });
    expect(readNumberOption(42, 'Target', vars)).toEqual({ value: 42 });
  });

  it('asks for the option\'s name only when there is a problem to name it in', () => {
    let asked = 0;
    const name = () => (asked++, 'Target');
    expect(readNumberOption('1,200', name, vars)).toEqual({ value: 1200 });
    expect(readNumberOption(undefined, name, vars)).toEqual({ value: null });
    expect(asked).toBe(0);
    expect(readNumberOption('twelve', name, vars)).toMatchObject({ problem: { option: 'Target', title: 'Target is not a number' } });
    expect(readNumberOption('$missing', name, vars)).toMatchObject({ problem: { option: 'Target' } });
    expect(readNumberOption(Infinity, name, vars)).toMatchObject({ problem: { option: 'Target' } });
    expect(asked).toBe(3);
  });

  it('treats empty as not set (null), never 0', () => {
    expect(readNumberOption('', 'Target', vars)).toEqual({ value: null });
    expect(readNumberOption('  ', 'Target', vars)).toEqual({ value: null });
    expect(readNumberOption(undefined, 'Target', vars)).toEqual({ value: null });
    expect(readNumberOption('$empty', 'Target', vars)).toEqual({ value: null });
  });

  it('names the option, the expectation and what was found', () => {
    const r = readNumberOption('twelve', 'Key result › Target', vars);
    expect(r.problem).toMatchObject({ option: 'Key result › Target', found: '"twelve"', code: 'invalid_option' });
    expect(r.problem?.expected).toContain('number');
    expect(r.problem?.action).toContain('Key result › Target');
  });

  it('reports an undefined variable instead of reading it as text', () => {
    const r = readNumberOption('$nope', 'Target', vars);
    expect(r.problem?.title).toMatch(/variable/);
  });
});

describe('resolvePeriod', () => {
  const range = { from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1) };
  const now = Date.UTC(2026, 7, 16, 12);
  const id = (t: string) => t;
  const base = { fiscalYearStartMonth: 1, start: '', end: '' };

  it('uses the dashboard time range', () => {
    expect(resolvePeriod({ ...base, source: 'dashboard' }, range, now, id, 'UTC').window).toMatchObject(range);
  });

  it('uses the whole calendar month, quarter and year containing now', () => {
    expect(resolvePeriod({ ...base, source: 'month' }, range, now, id, 'UTC').window).toMatchObject({ from: Date.UTC(2026, 7, 1), to: Date.UTC(2026, 8, 1) });
    expect(resolvePeriod({ ...base, source: 'quarter' }, range, now, id, 'UTC').window).toMatchObject({ from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1) });
    expect(resolvePeriod({ ...base, source: 'year', fiscalYearStartMonth: 4 }, range, now, id, 'UTC').window).toMatchObject({
      from: Date.UTC(2026, 3, 1),
      to: Date.UTC(2027, 3, 1),
    });
  });

  it('honours the time zone for calendar periods', () => {
    const w = resolvePeriod({ ...base, source: 'month' }, range, now, id, 'Asia/Tokyo').window;
    expect(w?.from).toBe(Date.UTC(2026, 6, 31, 15)); // 1 Aug 00:00 in Tokyo
  });

  it('reads custom dates, the end day counted whole, variables allowed', () => {
    const w = resolvePeriod({ ...base, source: 'custom', start: '${start}', end: '2026-09-30' }, range, now, (t) => t.replace('${start}', '2026-07-01'), 'UTC').window;
    expect(w).toMatchObject({ from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1) });
  });

  it('explains a missing or unreadable custom date', () => {
    expect(resolvePeriod({ ...base, source: 'custom', start: '', end: '2026-09-30' }, range, now, id, 'UTC').problem).toMatchObject({
      option: 'Period › Start',
      found: 'nothing',
    });
    expect(resolvePeriod({ ...base, source: 'custom', start: '1st July', end: '2026-09-30' }, range, now, id, 'UTC').problem).toMatchObject({
      option: 'Period › Start',
      found: '"1st July"',
    });
  });
});
