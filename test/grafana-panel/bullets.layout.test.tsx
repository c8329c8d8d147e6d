import { describe, expect, it } from 'vitest';
import { ThresholdsMode } from '@grafana/data';
import type { BulletItem } from '../../grafana-panel/src/modes/bullets/bulletItem';
import { bulletGeometry, paceBands } from '../../grafana-panel/src/modes/bullets/bulletGeometry';
import { chooseLayout } from '../../grafana-panel/src/modes/bullets/bulletLayout';
import { valueText } from '../../grafana-panel/src/modes/bullets/bulletText';
import { groupBullets, sortBullets } from '../../grafana-panel/src/modes/bullets/sortGroup';

function item(partial: Partial<BulletItem>): BulletItem {
  return {
    id: 'k',
    title: 'KR',
    owner: '',
    objective: '',
    kind: 'increase',
    unit: '',
    baseline: 0,
    target: 100,
    current: 50,
    low: null,
    high: null,
    progress: 0.5,
    expected: 0.5,
    status: { code: 'on_track', label: 'On track', explain: '' },
    grade: { score: 1, band: 'green', basis: 'projected', method: 'pace', progress: 1, label: '1.0 projected', explain: 'Projected 1.0: at the current pace 100 % by 31 Dec.' },
    explain: '',
    thresholds: null,
    fieldMin: null,
    fieldMax: null,
    links: undefined,
    order: 0,
    ...partial,
  };
}

describe('chooseLayout', () => {
  it('uses cards when they all fit, compact rows otherwise', () => {
    expect(chooseLayout('auto', 800, 600, 4, 260)).toEqual({ kind: 'grid', columns: 3 });
    expect(chooseLayout('auto', 800, 600, 50, 260)).toEqual({ kind: 'list', columns: 1 });
    expect(chooseLayout('auto', 300, 600, 3, 260)).toEqual({ kind: 'list', columns: 1 }); // one column is a list
  });
  it('never makes more columns than items, and honours a forced choice', () => {
    expect(chooseLayout('grid', 1600, 600, 2, 260)).toEqual({ kind: 'grid', columns: 2 });
    expect(chooseLayout('grid', 100, 600, 5, 260)).toEqual({ kind: 'grid', columns: 1 });
    expect(chooseLayout('list', 1600, 600, 2, 260)).toEqual({ kind: 'list', columns: 1 });
  });
});

describe('bulletGeometry', () => {
  it('puts baseline, pace and target in order on an increasing key result', () => {
    const g = bulletGeometry(item({}), 'pace')!;
    expect(g.bar!.from).toBeLessThan(g.pace!);
    expect(g.pace!).toBeLessThan(g.target!);
    expect(g.bar!.to).toBeCloseTo(g.pace!, 6); // current 50 = where a half-elapsed pace expects
    expect(g.bands.map((b) => b.tone)).toEqual(['bad', 'warn', 'good']);
  });

  it('mirrors a decreasing key result: target left of the baseline, bands too', () => {
    const g = bulletGeometry(item({ kind: 'decrease', baseline: 100, target: 50, current: 80 }), 'pace')!;
    expect(g.target!).toBeLessThan(g.pace!);
    expect(g.pace!).toBeLessThan(100);
    const good = g.bands.find((b) => b.tone === 'good')!;
    const bad = g.bands.find((b) => b.tone === 'bad')!;
    expect(good.from).toBe(0); // the good side is towards the (lower) target
    expect(bad.to).toBe(100);
  });

  it('pace bands follow the core default thresholds (0.7 and 0.9 of expected)', () => {
    const bands = paceBands(0, 100, 0.5);
    expect(bands.map((b) => [b.tone, b.from, b.to])).toEqual([
      ['bad', 0, 35],
      ['warn', 35, 45],
      ['good', 45, 100],
    ]);
  });

  it('pace bands follow the chosen status rule: gap and achievement rules too', () => {
    const gap = paceBands(0, 100, 0.5, { method: 'gap', onTrack: 0.2, atRisk: 0.4 });
    expect(gap.map((b) => [b.tone, Math.round(b.from), Math.round(b.to)])).toEqual([
      ['bad', 0, 10],
      ['warn', 10, 30],
      ['good', 30, 100],
    ]);
    const achievement = paceBands(0, 100, 0.5, { method: 'achievement', onTrack: 0.9, atRisk: 0.75 });
    expect(achievement.map((b) => [b.tone, Math.round(b.from), Math.round(b.to)])).toEqual([
      ['bad', 0, 75],
      ['warn', 75, 90],
      ['good', 90, 100],
    ]);
  });

  it('shows the inside of a range as the good band, and no pace tick', () => {
    const g = bulletGeometry(item({ kind: 'range', baseline: null, target: null, low: 20, high: 40, current: 30 }), 'pace')!;
    expect(g.bands.map((b) => b.tone)).toEqual(['bad', 'good', 'bad']);
    expect(g.pace).toBeNull();
    expect(g.target).toBeNull();
  });

  it('draws bands from the field thresholds, percentage steps against min/max', () => {
    const thresholds = {
      mode: ThresholdsMode.Percentage,
      steps: [
        { value: -Infinity, color: 'red' },
        { value: 50, color: 'green' },
      ],
    };
    const g = bulletGeometry(item({ thresholds, fieldMin: 0, fieldMax: 100 }), 'thresholds')!;
    expect(g.bands).toHaveLength(2);
    expect(g.bands[0]).toMatchObject({ from: 0, color: 'red' });
    expect(g.bands[1].from).toBeCloseTo(g.bar!.to, 6); // 50 % of 0..100 = the current 50
  });

  it('draws a milestone on a progress axis, and nothing without any figure', () => {
    const done = bulletGeometry(item({ kind: 'milestone', baseline: null, target: null, current: null, progress: 1 }), 'pace')!;
    expect(done.bar).toEqual({ from: 0, to: 100 });
    expect(done.pace).toBeNull();
    expect(bulletGeometry(item({ baseline: null, target: null, current: null, progress: null }), 'pace')).toBeNull();
  });

  it('leaves out the bar when there is no current value, never drawing it at 0', () => {
    const g = bulletGeometry(item({ current: null, progress: null }), 'pace')!;
    expect(g.bar).toBeNull();
    expect(g.target).not.toBeNull();
  });
});

describe('valueText', () => {
  it('reads the figures', () => {
    expect(valueText(item({ current: 1200, target: 5000, unit: 'USD' }))).toBe('1,200 USD / 5,000 USD');
    expect(valueText(item({ kind: 'range', low: 20, high: 40, current: 30 }))).toBe('30 in 20–40');
    expect(valueText(item({ target: null, kind: 'track' }))).toBe('50 (no target)');
    expect(valueText(item({ kind: 'milestone', progress: 1 }))).toBe('Done');
    expect(valueText(item({ current: null }))).toBe('— / 100');
  });
});

describe('sortBullets and groupBullets', () => {
  const items = [
    item({ id: 'a', title: 'b2', order: 0, progress: 0.8, status: { code: 'on_track', label: '', explain: '' }, owner: 'Ann', objective: 'O1' }),
    item({ id: 'b', title: 'b10', order: 1, progress: null, status: { code: 'no_data', label: '', explain: '' }, owner: 'Bob', objective: 'O2' }),
    item({ id: 'c', title: 'a', order: 2, progress: 0.2, status: { code: 'off_track', label: '', explain: '' }, owner: 'ann', objective: '' }),
  ];
  it('sorts by status worst first, by progress with missing last, by natural name', () => {
    expect(sortBullets(items, 'status').map((i) => i.id)).toEqual(['c', 'b', 'a']);
    expect(sortBullets(items, 'progress').map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(sortBullets(items, 'name').map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(sortBullets(items, 'source').map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
  it('groups in order of first appearance, owners case-insensitively, with a label for none', () => {
    const byOwner = groupBullets(sortBullets(items, 'status'), 'owner');
    expect(byOwner.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['ann', ['c', 'a']],
      ['Bob', ['b']],
    ]);
    expect(groupBullets(items, 'objective').map((g) => g.label)).toEqual(['O1', 'O2', 'No objective']);
  });
});
