/** The overlay's and series bullets' score: the core's grade, projected mid-period and final after it. */
import { describe, expect, it } from 'vitest';
import { FieldType, toDataFrame } from '@grafana/data';
import { score } from '@aligned/core';
import { scoreSeries, type SeriesToScore } from '../../grafana-panel/src/data/scoreSeries';

const DAY = 86_400_000;
const JAN1 = Date.UTC(2026, 0, 1);
const PERIOD = { from: JAN1, to: Date.UTC(2027, 0, 1), label: '2026' };
const JUL2 = Date.UTC(2026, 6, 2, 12); // 182 of 365 days gone
const field = toDataFrame({ fields: [{ name: 'Leads', type: FieldType.number, values: [45] }] }).fields[0];

function scored(current: number | null, now: number, overrides: Partial<SeriesToScore> = {}) {
  return scoreSeries({
    kind: 'auto', baseline: 0, target: 100, low: null, high: null, current, values: [current], times: null,
    field, reducer: 'last', period: PERIOD, now, timeZone: 'UTC', ...overrides,
  });
}

describe('scoreSeries: the score the panel shows', () => {
  it('is projected mid-period: on pace is green, behind is lower', () => {
    const onPace = scored(45, JUL2);
    expect(onPace.grade).toMatchObject({ basis: 'projected', method: 'pace', score: 0.9, label: '0.9 projected' });
    expect(onPace.score).toBe(0.9);
    expect(onPace.band).toBe('green');
    expect(onPace.grade.explain).toBe('Projected 0.9: at the current pace 90 % by 31 Dec.');
    const behind = scored(20, JUL2);
    expect(behind.grade).toMatchObject({ score: 0.4, band: 'yellow' });
  });

  it('is final, today\'s rule, from the period\'s last day on', () => {
    for (const now of [Date.UTC(2026, 11, 31, 8), PERIOD.to + 30 * DAY]) {
      const g = scored(45, now);
      expect(g.grade).toMatchObject({ basis: 'final', score: score(0.45), label: '0.5' });
      expect(g.score).toBe(0.5);
    }
  });

  it('shows no score without data', () => {
    const g = scored(null, JUL2);
    expect(g.score).toBeNull();
    expect(g.band).toBeNull();
    expect(g.grade).toMatchObject({ label: '—', explain: 'No score: no data yet.' });
  });
});
