/**
 * Google Charts options (what the add-on set on its embedded chart) → an Apache ECharts option
 * drawing the same chart: the type (bar, column, line, area, pie, org), its data table, title,
 * colours, legend, axis titles/formats/view windows, stacking and per-series styles. ECharts
 * draws; nothing here computes a figure: every value is a cell the add-on wrote.
 * Google Charts options: https://developers.google.com/chart/interactive/docs/gallery
 */
import type { ChartSpec } from '../../sheets-addon/double/index';
import { chartTable, nestOptions, type ChartTable, type Options } from './chartTable';
import { formatValue } from './numberFormat';

/** Percent of the pie below which a slice is too thin to hold its label. */
const MIN_LABELLED_SLICE = 4;

/** The series colours of a Sheets chart when the builder sets none. */
export const SHEETS_PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72', '#fcd04f', '#71c287'];

const TEXT = '#202124';
const MUTED = '#5f6368';
const GRID_LINE = '#e8eaed';

export interface DrawnChart {
  /** The ECharts option. */
  option: Record<string, unknown>;
  width: number;
  height: number;
  /** The size of the drawing: larger than width × height when the chart scrolls (a big org chart). */
  content: { width: number; height: number };
  /** The chart type as the spec names it (BAR, PIE, ORG, LINE…). */
  type: string;
  title: string;
  /** Series names and category labels the spec's data names, for tests and accessibility. */
  seriesNames: string[];
  labels: string[];
}

function object(value: unknown): Options {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Options) : {};
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function labelOf(value: unknown): string {
  return isDate(value) ? formatValue(value, 'yyyy-mm-dd') : formatValue(value, null);
}

/** An axis' `format` option as a label formatter: Google's named formats or an ICU-like pattern. */
function axisFormatter(format: unknown): ((value: number) => string) | undefined {
  if (typeof format !== 'string' || format === '') return undefined;
  switch (format) {
    case 'percent':
      return (v) => formatValue(v, '0%');
    case 'decimal':
      return (v) => formatValue(v, '#,##0.##');
    case 'short':
    case 'long':
    case 'scientific':
    case 'none':
      return undefined;
    case 'currency':
      return (v) => formatValue(v, '"$"#,##0.00');
    default:
      return (v) => formatValue(v, format);
  }
}

/** Google's legend.position → an ECharts legend. */
function legend(options: Options, names: string[], fallback: string): Record<string, unknown> {
  const position = String(object(options.legend).position ?? fallback).toLowerCase();
  const base = { data: names, textStyle: { color: TEXT }, type: 'scroll' };
  switch (position) {
    case 'none':
      return { show: false };
    case 'bottom':
      return { ...base, orient: 'horizontal', bottom: 4, left: 'center' };
    case 'top':
      return { ...base, orient: 'horizontal', top: 30, left: 'center' };
    case 'left':
      return { ...base, orient: 'vertical', left: 8, top: 'middle' };
    case 'in':
      return { ...base, orient: 'vertical', right: 16, top: 40 };
    default:
      return { ...base, orient: 'vertical', right: 8, top: 'middle' };
  }
}

function title(options: Options): Record<string, unknown> {
  const text = typeof options.title === 'string' ? options.title : '';
  const style = object(options.titleTextStyle);
  return {
    text,
    left: 12,
    top: 8,
    textStyle: { color: typeof style.color === 'string' ? style.color : TEXT, fontSize: numberOr(style.fontSize, 15), fontWeight: 'normal' },
  };
}

/** A value axis from Google's hAxis/vAxis options. */
function valueAxis(axis: Options): Record<string, unknown> {
  const viewWindow = object(axis.viewWindow);
  const formatter = axisFormatter(axis.format);
  return {
    type: axis.logScale === true ? 'log' : 'value',
    name: typeof axis.title === 'string' ? axis.title : undefined,
    nameLocation: 'middle',
    nameGap: 32,
    min: typeof viewWindow.min === 'number' ? viewWindow.min : undefined,
    max: typeof viewWindow.max === 'number' ? viewWindow.max : undefined,
    axisLabel: { color: MUTED, formatter },
    splitLine: { lineStyle: { color: GRID_LINE } },
  };
}

function categoryAxis(axis: Options, labels: string[], reverse: boolean, horizontalBars: boolean, plotHeight = 0): Record<string, unknown> {
  // Many bars in a small chart: a smaller font, as Google Charts shrinks crowded labels.
  const fontSize = horizontalBars && labels.length > 0 ? Math.max(8, Math.min(12, Math.floor(plotHeight / labels.length) - 1)) : 12;
  return {
    type: 'category',
    data: labels,
    inverse: reverse,
    name: typeof axis.title === 'string' ? axis.title : undefined,
    nameLocation: 'middle',
    nameGap: 28,
    axisLabel: horizontalBars
      ? { color: MUTED, width: 150, overflow: 'truncate', interval: 0, fontSize }
      : { color: MUTED, hideOverlap: true },
    axisTick: { alignWithLabel: true },
  };
}

/** Google's `series: {1: {lineDashStyle, color, lineWidth, pointSize}}` for series i. */
function seriesStyle(options: Options, index: number): Options {
  const all = object(options.series);
  return object(all[String(index)]);
}

function lineSeries(table: ChartTable, options: Options, area: boolean): Record<string, unknown>[] {
  const timeDomain = table.domain.length > 0 && table.domain.every(isDate);
  const stacked = options.isStacked === true || options.isStacked === 'true' || options.isStacked === 'absolute';
  return table.series.map((s, i) => {
    const style = seriesStyle(options, i);
    const dash = Array.isArray(style.lineDashStyle) ? (style.lineDashStyle as number[]) : undefined;
    const pointSize = numberOr(style.pointSize ?? options.pointSize, 0);
    return {
      type: 'line',
      name: s.name,
      data: timeDomain ? s.values.map((v, k) => [(table.domain[k] as Date).getTime(), v]) : s.values,
      stack: stacked ? 'total' : undefined,
      areaStyle: area ? { opacity: 0.3 } : undefined,
      smooth: options.curveType === 'function' || options.curveType === 'SMOOTH',
      showSymbol: pointSize > 0,
      symbolSize: pointSize > 0 ? pointSize : 4,
      color: typeof style.color === 'string' ? style.color : undefined,
      lineStyle: { width: numberOr(style.lineWidth ?? options.lineWidth, 2), type: dash && dash.length > 0 ? dash : 'solid' },
      connectNulls: options.interpolateNulls === true,
    };
  });
}

function barSeries(table: ChartTable, options: Options): Record<string, unknown>[] {
  const stacked = options.isStacked === true || options.isStacked === 'true' || options.isStacked === 'absolute';
  return table.series.map((s, i) => {
    const style = seriesStyle(options, i);
    return {
      type: 'bar',
      name: s.name,
      data: s.values,
      stack: stacked ? 'total' : undefined,
      color: typeof style.color === 'string' ? style.color : undefined,
      barMaxWidth: 28,
    };
  });
}

interface OrgNode {
  name: string;
  value: string;
  children: OrgNode[];
}

/** Google's org chart data: [label, parent label, tooltip]; a row whose parent is blank or unknown is a root. */
function orgTrees(table: ChartTable): OrgNode[] {
  const [labels = [], parents = [], tooltips = []] = table.columns;
  const nodes = new Map<string, OrgNode>();
  labels.forEach((label, i) => {
    const name = labelOf(label);
    if (name !== '' && !nodes.has(name)) nodes.set(name, { name, value: labelOf(tooltips[i]), children: [] });
  });
  const roots: OrgNode[] = [];
  labels.forEach((label, i) => {
    const node = nodes.get(labelOf(label));
    if (!node || roots.includes(node)) return;
    const parent = nodes.get(labelOf(parents[i]));
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  });
  return roots;
}

function leafCount(node: OrgNode): number {
  return node.children.length === 0 ? 1 : node.children.reduce((sum, child) => sum + leafCount(child), 0);
}

function depthOf(node: OrgNode): number {
  return 1 + Math.max(0, ...node.children.map(depthOf));
}

const ORG_BOX_WIDTH = 112;
const ORG_LEVEL_HEIGHT = 58;

/** The size the org chart's boxes need: one box width per leaf, one level height per generation. */
function orgSize(roots: OrgNode[]): { width: number; height: number } {
  const leaves = roots.reduce((sum, root) => sum + leafCount(root), 0);
  const depth = Math.max(1, ...roots.map(depthOf));
  return { width: leaves * ORG_BOX_WIDTH, height: 64 + depth * ORG_LEVEL_HEIGHT };
}

/**
 * Google's org chart draws every box at its natural size and lets a small chart scroll; so
 * each tree is laid out at the size its boxes need, side by side, and the page scrolls the
 * chart when that is larger than the chart's box.
 */
function orgSeries(roots: OrgNode[], options: Options, colors: string[], width: number): Record<string, unknown>[] {
  const fontSize = options.size === 'large' ? 13 : options.size === 'small' ? 9 : 11;
  const total = Math.max(width, orgSize(roots).width);
  const share = roots.reduce((sum, root) => sum + leafCount(root), 0);
  let left = 0;
  return roots.map((root) => {
    const treeWidth = (total * leafCount(root)) / share;
    const series = {
      type: 'tree',
      name: root.name,
      data: [root],
      orient: 'TB',
      left: left + ORG_BOX_WIDTH / 2,
      width: Math.max(1, treeWidth - ORG_BOX_WIDTH),
      top: 72,
      height: Math.max(1, depthOf(root) - 1) * ORG_LEVEL_HEIGHT,
      initialTreeDepth: -1,
      expandAndCollapse: false,
      symbol: 'roundRect',
      symbolSize: [ORG_BOX_WIDTH - 8, 22],
      itemStyle: { color: '#e8f0fe', borderColor: colors[0], borderWidth: 1 },
      lineStyle: { color: '#9aa0a6', width: 1, curveness: 0 },
      edgeShape: 'polyline',
      label: { position: 'inside', fontSize, color: TEXT, width: ORG_BOX_WIDTH - 14, overflow: 'truncate' },
      leaves: { label: { position: 'inside' } },
    };
    left += treeWidth;
    return series;
  });
}

export function drawnChart(spec: ChartSpec, cells: unknown[][]): DrawnChart {
  const options = nestOptions(spec.options);
  const table = chartTable(spec, cells);
  const type = spec.type ?? 'UNKNOWN';
  const colors = Array.isArray(options.colors) && options.colors.length > 0 ? (options.colors as string[]) : SHEETS_PALETTE;
  const width = numberOr(options.width, 600);
  const height = numberOr(options.height, 371);
  const labels = table.domain.map(labelOf);
  const seriesNames = table.series.map((s) => s.name);
  const hAxis = object(options.hAxis);
  const vAxis = object(options.vAxis);
  const reverse = options.reverseCategories === true;
  const base: Record<string, unknown> = {
    animation: false,
    backgroundColor: typeof options.backgroundColor === 'string' ? options.backgroundColor : '#ffffff',
    color: colors,
    title: title(options),
    textStyle: { fontFamily: 'Roboto, Arial, sans-serif' },
  };
  const grid = { left: 16, right: 24, top: 48, bottom: 40, containLabel: true };
  let option: Record<string, unknown>;
  let content = { width, height };
  switch (type) {
    case 'BAR':
      // Google's bar chart is horizontal: hAxis is the value axis, the first row at the top.
      option = {
        ...base,
        grid,
        legend: legend(options, seriesNames, 'right'),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: axisFormatter(hAxis.format) },
        xAxis: valueAxis(hAxis),
        yAxis: categoryAxis(vAxis, labels, !reverse, true, height - grid.top - grid.bottom),
        series: barSeries(table, options),
      };
      break;
    case 'COLUMN':
      option = {
        ...base,
        grid,
        legend: legend(options, seriesNames, 'right'),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: axisFormatter(vAxis.format) },
        xAxis: categoryAxis(hAxis, labels, reverse, false),
        yAxis: valueAxis(vAxis),
        series: barSeries(table, options),
      };
      break;
    case 'LINE':
    case 'AREA': {
      const timeDomain = table.domain.length > 0 && table.domain.every(isDate);
      const legendOption = legend(options, seriesNames, 'right');
      option = {
        ...base,
        grid: { ...grid, bottom: String(object(options.legend).position ?? '') === 'bottom' ? 40 : 24 },
        legend: legendOption,
        tooltip: { trigger: 'axis', valueFormatter: axisFormatter(vAxis.format) },
        xAxis: timeDomain
          ? { type: 'time', name: typeof hAxis.title === 'string' ? hAxis.title : undefined, axisLabel: { color: MUTED, hideOverlap: true }, splitLine: { show: false } }
          : categoryAxis(hAxis, labels, reverse, false),
        yAxis: valueAxis(vAxis),
        series: lineSeries(table, options, type === 'AREA'),
      };
      break;
    }
    case 'PIE': {
      const values = table.series[0]?.values ?? [];
      const hole = typeof options.pieHole === 'number' && options.pieHole > 0 && options.pieHole < 1 ? options.pieHole : 0;
      option = {
        ...base,
        legend: legend(options, labels, 'right'),
        tooltip: { trigger: 'item' },
        series: [
          {
            type: 'pie',
            name: table.series[0]?.name ?? '',
            radius: [`${Math.round(hole * 70)}%`, '70%'],
            center: ['40%', '55%'],
            // Google's default slice text is the slice's percentage, drawn inside it.
            // In the spreadsheet locale's number style ("24,5%" in ru_RU); a slice too thin for its
            // text shows none, as Sheets leaves out slice text that does not fit (the legend names it).
            label: { position: 'inside', formatter: (p: { percent?: number }) => ((p.percent ?? 0) < MIN_LABELLED_SLICE ? '' : formatValue((p.percent ?? 0) / 100, '0.0%')), color: '#ffffff' },
            percentPrecision: 1,
            data: labels.map((name, i) => ({ name, value: values[i] })),
          },
        ],
      };
      break;
    }
    case 'ORG': {
      const roots = orgTrees(table);
      const natural = orgSize(roots);
      content = { width: Math.max(width, natural.width), height: Math.max(height, natural.height) };
      option = { ...base, tooltip: { trigger: 'item', formatter: (p: { name: string; value: string }) => orgTooltip(p) }, series: orgSeries(roots, options, colors, width) };
      break;
    }
    default:
      throw new Error(`The preview cannot draw a ${type} chart yet ("${String(options.title ?? '')}"): it draws BAR, COLUMN, LINE, AREA, PIE and ORG charts.`);
  }
  return {
    option,
    width,
    height,
    content,
    type,
    title: typeof options.title === 'string' ? options.title : '',
    seriesNames: type === 'ORG' ? [] : seriesNames,
    labels: type === 'ORG' ? table.columns[0]?.map(labelOf).filter((l) => l !== '') ?? [] : labels,
  };
}

/** The tooltip column, shown as text (ECharts escapes it in its own tooltip). */
function orgTooltip(p: { name: string; value: string }): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return p.value ? `${escape(p.name)}<br>${escape(p.value)}` : escape(p.name);
}
