/**
 * The dashboard the add-on really builds (its commands run against the project's Apps Script
 * double, with the sample's check-in history), each chart mapped to an ECharts option: the
 * option draws the spec's type, title, series, labels, axis formats, legend and dashes, from
 * the cells of the spec's ranges and nothing else.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDashboardSheet, insertSampleOkrs } from '../../../sheets-addon/src/commands/index';
import { createDouble, type AppsScriptDouble, type ChartSpec } from '../../sheets-addon/double/index';
import { chartTable, mergeRanges, nestOptions } from './chartTable';
import { drawnChart } from './chartOption';

let gas: AppsScriptDouble;
let uninstall: () => void;

beforeEach(() => {
  gas = createDouble({ timeZone: 'UTC' });
  uninstall = gas.install();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-15T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  uninstall();
});

type Series = { type: string; name: string; data: unknown[]; lineStyle?: { type: unknown }; stack?: string };

function dashboardCharts() {
  insertSampleOkrs();
  buildDashboardSheet();
  const sheet = gas.spreadsheet.getSheetByName('OKR Dashboard')!;
  return sheet.getCharts().map((chart) => ({
    spec: chart._spec,
    cells: mergeRanges(chart.getRanges().map((r) => r.getValues()), chart._spec.mergeStrategy),
  }));
}

describe('the charts of the dashboard the add-on builds', () => {
  it('has a bar, a pie, an org chart and trend lines, every one drawable', () => {
    const charts = dashboardCharts();
    const types = charts.map((c) => c.spec.type);
    expect(types.slice(0, 3)).toEqual(['BAR', 'PIE', 'ORG']);
    // The sample's check-ins give trend charts on first use.
    expect(types.filter((t) => t === 'LINE').length).toBeGreaterThanOrEqual(1);
    for (const { spec, cells } of charts) {
      const drawn = drawnChart(spec, cells);
      expect(drawn.title).toBe(spec.options.title);
      expect((drawn.option.title as { text: string }).text).toBe(spec.options.title);
      expect(drawn.width).toBe(spec.options.width);
      expect(drawn.height).toBe(spec.options.height);
    }
  });

  it('draws the bar chart horizontally with one bar per objective, values as the cells hold them', () => {
    const { spec, cells } = dashboardCharts().find((c) => c.spec.type === 'BAR')!;
    const drawn = drawnChart(spec, cells);
    const [header, ...rows] = cells.filter((r) => r[0] !== '');
    const yAxis = drawn.option.yAxis as { type: string; data: string[] };
    const xAxis = drawn.option.xAxis as { type: string; min: number; max: number; axisLabel: { formatter: (v: number) => string } };
    expect(yAxis.type).toBe('category');
    expect(yAxis.data).toEqual(rows.map((r) => String(r[0])));
    const series = drawn.option.series as Series[];
    expect(series.map((s) => s.name)).toEqual([header[1]]);
    expect(series[0].data).toEqual(rows.map((r) => (typeof r[1] === 'number' ? r[1] : null)));
    expect(xAxis).toMatchObject({ type: 'value', min: 0, max: 1 });
    expect(xAxis.axisLabel.formatter(0.5)).toBe('50%');
    expect(drawn.option.legend).toEqual({ show: false });
  });

  it('draws the pie with one slice per status row, the legend on the right', () => {
    const { spec, cells } = dashboardCharts().find((c) => c.spec.type === 'PIE')!;
    const drawn = drawnChart(spec, cells);
    const [, ...rows] = cells.filter((r) => r[0] !== '');
    const series = drawn.option.series as { data: { name: string; value: number }[] }[];
    expect(series[0].data).toEqual(rows.map((r) => ({ name: r[0], value: r[1] })));
    expect(drawn.option.legend).toMatchObject({ orient: 'vertical', right: 8 });
  });

  it("draws the org chart as trees following the spec's parent links", () => {
    const { spec, cells } = dashboardCharts().find((c) => c.spec.type === 'ORG')!;
    const drawn = drawnChart(spec, cells);
    const [, ...rows] = cells.filter((r) => r[0] !== '');
    type Node = { name: string; value: string; children: Node[] };
    const links: [string, string][] = [];
    const walk = (node: Node, parent: string) => {
      links.push([node.name, parent]);
      node.children.forEach((child) => walk(child, node.name));
    };
    for (const series of drawn.option.series as { data: Node[] }[]) walk(series.data[0], '');
    expect(links.sort()).toEqual(rows.map((r) => [String(r[0]), String(r[1])] as [string, string]).sort());
    expect(drawn.labels).toEqual(rows.map((r) => String(r[0])));
  });

  it('draws each trend as a time series of progress and a dashed pace line, legend at the bottom', () => {
    const lines = dashboardCharts().filter((c) => c.spec.type === 'LINE');
    for (const { spec, cells } of lines) {
      const drawn = drawnChart(spec, cells);
      const [header, ...rows] = cells.filter((r) => r[0] !== '');
      const series = drawn.option.series as Series[];
      expect(series.map((s) => s.name)).toEqual([header[1], header[2]]);
      expect(series[0].data).toEqual(rows.map((r) => [(r[0] as Date).getTime(), typeof r[1] === 'number' ? r[1] : null]));
      expect(series[0].lineStyle!.type).toBe('solid');
      expect(series[1].lineStyle!.type).toEqual([4, 4]);
      expect((drawn.option.xAxis as { type: string }).type).toBe('time');
      expect(drawn.option.legend).toMatchObject({ orient: 'horizontal', bottom: 4 });
    }
  });
});

describe('Google Charts options the add-on may set', () => {
  const spec = (options: Record<string, unknown>, type = 'COLUMN'): ChartSpec => ({
    type,
    ranges: [],
    options,
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: 1,
    mergeStrategy: null,
    transpose: false,
  });
  const cells = [
    ['Quarter', 'Plan', 'Actual'],
    ['Q1', 10, 8],
    ['Q2', 20, ''],
  ];

  it('folds dotted option paths into nested options', () => {
    expect(nestOptions({ hAxis: { format: 'percent' }, 'hAxis.title': 'Share', 'vAxis.viewWindow': { min: 0 }, __hidden: 'x' })).toEqual({
      hAxis: { format: 'percent', title: 'Share' },
      vAxis: { viewWindow: { min: 0 } },
    });
  });

  it('stacks, colours and names axes as asked', () => {
    const drawn = drawnChart(spec({ isStacked: true, colors: ['#111111', '#222222'], 'hAxis.title': 'When', 'vAxis.title': 'How much' }), cells);
    const series = drawn.option.series as Series[];
    expect(series.map((s) => s.stack)).toEqual(['total', 'total']);
    expect(drawn.option.color).toEqual(['#111111', '#222222']);
    expect((drawn.option.xAxis as { name: string }).name).toBe('When');
    expect((drawn.option.yAxis as { name: string }).name).toBe('How much');
    // An empty cell is a gap, never a zero.
    expect(series[1].data).toEqual([8, null]);
  });

  it('reads ranges merged by rows, transposed tables and headerless ranges', () => {
    expect(mergeRanges([[['a', 1]], [['b', 2]]], 'MERGE_ROWS')).toEqual([['a', 1], ['b', 2]]);
    expect(mergeRanges([[['a'], ['b']], [[1], [2]]], null)).toEqual([['a', 1], ['b', 2]]);
    const table = chartTable({ ...spec({}), transpose: true, numHeaders: null }, [['Quarter', 'Q1', 'Q2'], ['Plan', 10, 20]]);
    expect(table.domain).toEqual(['Q1', 'Q2']);
    expect(table.series).toEqual([{ name: 'Plan', values: [10, 20] }]);
  });

  it('names the chart type it cannot draw instead of drawing something else', () => {
    expect(() => drawnChart(spec({ title: 'Geo' }, 'GEO'), cells)).toThrow(/cannot draw a GEO chart yet \("Geo"\)/);
  });
});
