// @vitest-environment jsdom
import './dom-stubs';
import { createTheme } from '@grafana/data';
import { render } from '@testing-library/react';
import React from 'react';
import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { frameToKeyResults } from '../../grafana-panel/src/data/frameToKeyResults';
import { valueFormatter } from '../../grafana-panel/src/data/valueFormatter';
import { buildOverlayGeometry } from '../../grafana-panel/src/modes/overlay/geometry';
import { OverlayTooltip } from '../../grafana-panel/src/modes/overlay/OverlayTooltip';
import { paceThresholds } from '../../grafana-panel/src/modes/overlay/paceThresholds';
import { drawOverlayLines } from '../../grafana-panel/src/modes/overlay/drawOverlay';
import type { PlacedLabel } from '../../grafana-panel/src/modes/overlay/labelPlacement';
import { alignSeries, topRoom, yRange } from '../../grafana-panel/src/modes/overlay/plotConfig';
import { DAY, NOW, Q3_END, Q3_START, dailyFrame, input, options } from './fixtures';

const range = { from: Q3_START, to: Q3_END };
const days = Math.floor((NOW - Q3_START) / DAY) + 1;
/** Daily dollar amounts: about 7,000 a day, so the quarter's Total heads for ~643K. */
const amounts = Array.from({ length: days }, (_, i) => 6_990.77 + (i % 5) * 0.13);

function revenue(patch: Record<string, string> = {}, unit: string | undefined = 'currencyUSD') {
  const frame = dailyFrame('amount', Q3_START, amounts, {}, unit ? { unit } : {});
  const opts = options({ keyResult: { target: '660000', targetLabel: 'Quarter target', reducer: 'sum', ...patch } });
  const model = frameToKeyResults(input([frame], opts));
  expect(model.problem).toBeNull();
  return { keyResults: model.keyResults, opts };
}

describe('valueFormatter', () => {
  const config = (extra: Record<string, unknown>) => ({ config: extra });

  it("prints in the field's unit with Grafana's automatic decimals", () => {
    expect(valueFormatter(config({ unit: 'currencyUSD' }), 'sum')(643_251.44)).toBe('$643K');
    expect(valueFormatter(config({ unit: 'percent' }), 'lastNotNull')(12.345)).toBe('12.3%');
  });

  it("uses the field's decimals when set", () => {
    expect(valueFormatter(config({ unit: 'currencyUSD', decimals: 2 }), 'sum')(643_251.44)).toBe('$643.25K');
    expect(valueFormatter(config({ decimals: 1 }), 'sum')(643_251.44)).toBe('643,251.4');
  });

  it('drops stray decimals from large unit-less numbers and keeps them on small ones', () => {
    const format = valueFormatter(config({}), 'sum');
    expect(format(643_251.44)).toBe('643,251');
    expect(format(12.345)).toBe('12.35');
    expect(valueFormatter(config({ unit: 'none' }), 'sum')(643_251.44)).toBe('643,251');
  });

  it('drops the unit when the reducer does not keep it (a Count of dollar amounts is not dollars)', () => {
    expect(valueFormatter(config({ unit: 'currencyUSD' }), 'count')(1_200)).toBe('1,200');
  });

  it('shortens unit-less axis ticks and prints a missing value as the core does', () => {
    expect(valueFormatter(config({}), 'sum', { compact: true })(600_000)).toBe('600k');
    expect(valueFormatter(config({ unit: 'currencyUSD' }), 'sum')(null)).toBe('—');
  });
});

describe('overlay labels in the field unit', () => {
  it('labels the target and the forecast with the unit and no stray decimals', () => {
    const { keyResults, opts } = revenue();
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const kr = g.keyResults[0];
    expect(kr.target!.text).toBe('Quarter target: $660K');
    expect(kr.forecast!.text).toMatch(/^Forecast: \$\d{3}K at period end/);
  });

  it('draws the running total, so the line, the pace and the forecast share units', () => {
    const { keyResults, opts } = revenue();
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const [, line] = alignSeries(keyResults);
    const last = line[line.length - 1] as number;
    expect(last).toBe(keyResults[0].current);
    expect(g.keyResults[0].forecast!.v0).toBe(last); // the forecast starts where the line ends
    expect(g.keyResults[0].pace).toMatchObject({ v0: 0, v1: 660_000 }); // from nothing accumulated to the target
    expect(last).toBeGreaterThan(300_000);
  });

  it('shows the running total in the tooltip, in the unit, named as such', () => {
    const { keyResults } = revenue();
    const data = alignSeries(keyResults);
    const idx = data[0].length - 1;
    const u = { data } as unknown as uPlot;
    const { container } = render(<OverlayTooltip u={u} dataIdxs={[idx, idx]} keyResults={keyResults} colors={{}} />);
    const text = container.textContent ?? '';
    expect(text).toContain('amount (Total so far)');
    expect(text).toMatch(/\$\d{3}K/);
    expect(text).not.toMatch(/\d\.\d{2}\d/); // no raw float
  });
});

describe('target label near the top', () => {
  it('keeps room above the highest overlay value for its label', () => {
    const room = topRoom(230); // 200 px of plot
    const [lo, hi] = yRange(0, 400_000, [0, 660_000], room);
    expect((hi - 660_000) / (hi - lo)).toBeGreaterThanOrEqual(room - 1e-12);
    expect(room).toBeGreaterThan(0.1);
    expect(topRoom(undefined)).toBe(0);
  });

  function drawTarget(targetPx: number): PlacedLabel | undefined {
    const { keyResults, opts } = revenue();
    const theme = createTheme();
    const g = buildOverlayGeometry(keyResults, opts.overlay, range, paceThresholds())!;
    const ctx = new Proxy({ measureText: (s: string) => ({ width: s.length * 6 }) } as Record<string, unknown>, {
      get: (t, k: string) => (k in t ? t[k] : () => undefined),
      set: (t, k: string, v) => ((t[k] = v), true),
    });
    const u = {
      ctx,
      bbox: { left: 0, top: 0, width: 800, height: 400 },
      over: { clientWidth: 800 },
      valToPos: (v: number, key: string) =>
        key === 'x' ? ((v - Q3_START) / (Q3_END - Q3_START)) * 800 : v === 660_000 ? targetPx : 400 - (v / 700_000) * 400,
    };
    const placed = drawOverlayLines(u as unknown as uPlot, g, theme, {});
    return placed.find((d) => d.text.startsWith('Quarter target'));
  }

  it('puts the label above the line when it fits under the Start / now labels', () => {
    const label = drawTarget(60)!;
    expect(label.box.y + label.box.h).toBeLessThanOrEqual(60);
  });

  it('puts the label below the line when the target is at the top edge, instead of clipping it', () => {
    const label = drawTarget(2)!;
    expect(label.box.y).toBeGreaterThanOrEqual(2);
  });
});
