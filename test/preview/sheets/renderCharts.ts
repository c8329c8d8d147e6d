/**
 * The embedded charts of a sheet, each drawn by Apache ECharts (SVG renderer) from the
 * specification the add-on built, at its anchor cell plus offsets and at the width and
 * height its options ask for, over the grid as Sheets floats charts over cells.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart, TreeChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec, EmbeddedChartDouble, SheetDouble } from '../../sheets-addon/double/index';
import { mergeRanges } from './chartTable';
import { drawnChart, type DrawnChart } from './chartOption';
import { extentOf, type DrawnGrid } from './renderGrid';

echarts.use([BarChart, LineChart, PieChart, TreeChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface PlacedChart {
  chart: EmbeddedChartDouble;
  spec: ChartSpec;
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  drawn: DrawnChart | null;
  error: string | null;
}

/** The sheet's charts with their data read from their ranges and their options mapped, before drawing. */
export function planCharts(sheet: SheetDouble): PlacedChart[] {
  return sheet.getCharts().map((chart) => {
    const spec = chart._spec;
    const anchor = spec.position ?? { row: 1, column: 1, offsetX: 0, offsetY: 0 };
    try {
      const cells = mergeRanges(
        chart.getRanges().map((range) => range.getValues()),
        spec.mergeStrategy
      );
      return { chart, spec, anchor, drawn: drawnChart(spec, cells), error: null };
    } catch (error) {
      return { chart, spec, anchor, drawn: null, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** Rows and columns the grid must draw so every chart sits on cells. */
export function chartsExtent(sheet: SheetDouble, charts: PlacedChart[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const placed of charts) {
    const extent = extentOf(sheet, placed.anchor, { width: placed.drawn?.width ?? 600, height: placed.drawn?.height ?? 371 });
    rows = Math.max(rows, extent.rows);
    columns = Math.max(columns, extent.columns);
  }
  return { rows, columns };
}

/** Draws the charts into `layer` (positioned over the grid); returns a function that disposes them. */
export function drawCharts(layer: HTMLElement, grid: DrawnGrid, charts: PlacedChart[]): () => void {
  const instances: echarts.EChartsType[] = [];
  for (const placed of charts) {
    const box = document.createElement('figure');
    box.className = 'embedded-chart';
    box.dataset.chartId = String(placed.chart.getChartId());
    box.dataset.chartType = placed.spec.type ?? '';
    const origin = grid.cellOrigin(placed.anchor.row, placed.anchor.column);
    box.style.left = `${grid.table.offsetLeft + origin.x + placed.anchor.offsetX}px`;
    box.style.top = `${grid.table.offsetTop + origin.y + placed.anchor.offsetY}px`;
    layer.append(box);
    if (!placed.drawn) {
      box.classList.add('chart-error');
      box.setAttribute('role', 'alert');
      box.textContent = `This chart could not be drawn: ${placed.error ?? 'unknown reason'}`;
      console.error(box.textContent);
      continue;
    }
    const { drawn } = placed;
    box.style.width = `${drawn.width}px`;
    box.style.height = `${drawn.height}px`;
    box.setAttribute('aria-label', drawn.title || `${drawn.type} chart`);
    box.dataset.title = drawn.title;
    const scrolls = drawn.content.width > drawn.width || drawn.content.height > drawn.height;
    const surface = scrolls ? document.createElement('div') : box;
    if (scrolls) {
      box.classList.add('scrolls');
      surface.style.width = `${drawn.content.width}px`;
      surface.style.height = `${drawn.content.height}px`;
      box.append(surface);
    }
    const instance = echarts.init(surface, undefined, { renderer: 'svg', width: drawn.content.width, height: drawn.content.height });
    instance.setOption(drawn.option);
    instances.push(instance);
    if (scrolls) {
      centreOnFirstBox(box, drawn);
      // The title stays at the chart's top-left, as a scrolled Google chart keeps its title.
      const title = drawn.option.title as { left: number };
      instance.setOption({ title: { left: box.scrollLeft + title.left } });
    }
  }
  return () => instances.forEach((instance) => instance.dispose());
}

/** A scrolling org chart opens on its top box, as Google's opens on the root. */
function centreOnFirstBox(box: HTMLElement, drawn: DrawnChart): void {
  const root = drawn.labels[0] ?? '';
  const texts = [...box.querySelectorAll('svg text')];
  const label = texts.find((t) => {
    const text = t.textContent ?? '';
    return text !== '' && text !== drawn.title && (root.startsWith(text.replace(/(\.\.\.|…)$/, '')) || text === root);
  });
  if (!label) return;
  const frame = box.getBoundingClientRect();
  const at = label.getBoundingClientRect();
  box.scrollLeft = Math.max(0, at.left - frame.left + at.width / 2 - drawn.width / 2);
}
