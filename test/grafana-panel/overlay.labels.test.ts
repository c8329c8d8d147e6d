// @vitest-environment jsdom
import { createTheme } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { axisTickLabels } from '../../grafana-panel/src/modes/overlay/axisLabels';
import { drawOverlayLines } from '../../grafana-panel/src/modes/overlay/drawOverlay';
import { buildOverlayGeometry } from '../../grafana-panel/src/modes/overlay/geometry';
import { placeLabels } from '../../grafana-panel/src/modes/overlay/labelPlacement';
import { assertNoOverlap, fakePlot } from './labelGeometry';
import { paceThresholds } from '../../grafana-panel/src/modes/overlay/paceThresholds';
import { Q3_END, Q3_START, input, options, q3Series } from './fixtures';

describe('defect 10: overlay labels never overlap', () => {
  it('keeps "On track", "Ideal pace", the forecast and the target label apart at the top right', () => {
    // The target ends the pace line at the right edge, where the bands and the forecast also end.
    const opts = options({ keyResult: { target: '600' } });
    const model = frameToKeyResults(input([q3Series('Leads', 100, 10)], opts));
    const g = buildOverlayGeometry(model.keyResults, opts.overlay, { from: Q3_START, to: Q3_END }, paceThresholds())!;
    for (const [w, h] of [[400, 160], [800, 300], [2000, 1200]]) {
      const u = fakePlot(w, h, 0, 700);
      const placed = drawOverlayLines(u, g, createTheme(), {});
      const targetY = u.valToPos(600, 'y', true);
      assertNoOverlap(placed, [targetY]);
      expect(placed.map((p) => p.text)).toContain('Start');
      expect(placed.some((p) => p.text.startsWith('Target'))).toBe(true);
    }
  });

  it('moves a label off another and off a line, and leaves one out when there is no room', () => {
    const plot = { x: 0, y: 0, w: 200, h: 40 };
    const same = { x: 100, y: 10, w: 60, h: 11 };
    const placed = placeLabels(
      [
        { text: 'a', color: '', box: same },
        { text: 'b', color: '', box: same },
        { text: 'c', color: '', box: same },
        { text: 'd', color: '', box: same },
      ],
      plot,
      [5],
      2
    );
    assertNoOverlap(placed, [5]);
    expect(placed.length).toBeLessThan(4);
  });
});

describe('defect 9: y axis tick labels', () => {
  const unitless = axisTickLabels({ config: {} }, 'lastNotNull');
  it('never repeats a label (1,150 and 1,175 are not both "1.2K")', () => {
    const labels = unitless([1100, 1125, 1150, 1175, 1200], 25);
    expect(new Set(labels).size).toBe(5);
    expect(labels[2]).toBe('1.15K');
  });
  it('labels huge values, in exponent notation beyond trillions', () => {
    const labels = unitless([0, 5e299, 1e300, 1.5e300], 5e299);
    expect(labels.every((l) => l !== '' && !/NaN|Infinity|undefined/.test(l))).toBe(true);
    expect(new Set(labels).size).toBe(4);
  });
  it('uses the field unit and still never repeats', () => {
    const usd = axisTickLabels({ config: { unit: 'currencyUSD' } }, 'lastNotNull');
    const labels = usd([25_000, 25_100, 25_200], 100);
    expect(labels.every((l) => l.startsWith('$'))).toBe(true);
    expect(new Set(labels).size).toBe(3);
  });
  it('drops the zeros a scaled unit adds ("800.0 req/s")', () => {
    const reqps = axisTickLabels({ config: { unit: 'reqps' } }, 'lastNotNull');
    const labels = reqps([800, 1000, 1200, 1400, 1600], 200);
    expect(new Set(labels).size).toBe(5);
    expect(labels[0]).toBe('800 req/s');
    expect(labels.some((l) => /\.\d*0\D/.test(l))).toBe(false);
  });
  it('keeps round ticks short', () => {
    expect(unitless([0, 500, 1000, 1500], 500)).toEqual(['0', '0.5K', '1K', '1.5K']);
    expect(unitless([0, 20, 40], 20)).toEqual(['0', '20', '40']);
  });
});

