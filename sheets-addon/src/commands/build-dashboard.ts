/**
 * Extensions ▸ Aligned OKRs ▸ Build dashboard: the "OKR Dashboard" sheet with its data block
 * and embedded charts for leadership. A rebuild removes the charts of that sheet only (it is
 * the add-on's own) and draws them again from fresh figures.
 */
import { buildSummary } from './build-cascade';
import { CHART_COLUMN, DASHBOARD_WIDTH, planDashboard, type ChartPlan } from './dashboard-plan';
import { runMenuCommand } from './menu-command';
import { loadOkrModel, type OkrModel } from './okr-model';
import { ownedSheet } from './owned-sheets';
import { prepareBlock } from './safe-cell-text';
import { resetOwnedSheet, writeBlock } from './sheet-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Menu item. */
export function buildDashboardSheet(): void {
  runMenuCommand((spreadsheet) => {
    const model = loadOkrModel(spreadsheet);
    const sheet = writeDashboard(model);
    sheet.activate();
    return buildSummary(model, model.text.sDashboard, sheet.getName());
  });
}

export function writeDashboard(model: OkrModel): Sheet {
  const plan = planDashboard(model);
  if (plan.values.length === 0) {
    throw new Error(model.text.nothingToChart(model.sheet.getName()));
  }
  // Every value fitted and formatted before the sheet is made or cleared.
  const block = prepareBlock(plan.values);
  const sheet = ownedSheet(model.spreadsheet, 'dashboard', model.owned, model.lang);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  resetOwnedSheet(sheet, plan.values.length, CHART_COLUMN + 8);
  writeBlock(sheet, 1, 1, block);
  for (const f of plan.formats) sheet.getRange(f.row, f.column, f.rows, 1).setNumberFormat(f.format);
  sheet.setColumnWidth(1, 260);
  // Room for the section headers in either language ("Ключевые результаты").
  sheet.setColumnWidth(2, 140);
  for (const chart of plan.charts) sheet.insertChart(chartFor(sheet, chart));
  return sheet;
}

function chartFor(sheet: Sheet, plan: ChartPlan): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const range = sheet.getRange(plan.block.row, 1, plan.block.rows, Math.min(plan.block.columns, DASHBOARD_WIDTH));
  const builder = sheet
    .newChart()
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(plan.anchorRow, CHART_COLUMN, 0, 0)
    .setOption('title', plan.title)
    .setOption('width', 640)
    .setOption('height', 360);
  switch (plan.kind) {
    case 'bar':
      return builder
        .setChartType(Charts.ChartType.BAR)
        .setOption('legend', { position: 'none' })
        .setOption('hAxis', { format: 'percent', viewWindow: { min: 0, max: 1 } })
        .build();
    case 'pie':
      return builder
        .setChartType(Charts.ChartType.PIE)
        .setOption('legend', { position: 'right' })
        .setOption('colors', plan.colors ?? [])
        .build();
    case 'org':
      // allowHtml stays off: goal titles are user text and must show as text.
      return builder
        .setChartType(Charts.ChartType.ORG)
        .setOption('allowHtml', false)
        .setOption('size', 'medium')
        .build();
    case 'line':
      return builder
        .setChartType(Charts.ChartType.LINE)
        .setOption('legend', { position: 'bottom' })
        .setOption('vAxis', { format: 'percent', viewWindow: { min: 0 } })
        .setOption('series', { 1: { lineDashStyle: [4, 4] } })
        .build();
  }
}
