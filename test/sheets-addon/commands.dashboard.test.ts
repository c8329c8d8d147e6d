import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDashboardSheet, recordCheckIn } from '../../sheets-addon/src/commands/index';
import { LIMITS } from '../../sheets-addon/src/commands/dashboard-plan';
import { OWNED_KEY } from '../../sheets-addon/src/commands/owned-sheets';
import { STATUS_SLICE_COLOURS } from '../../sheets-addon/src/commands/status-colours';
import { expectedProgress, parseRows, scoreKeyResult, STATUS_LABELS, toTime, type StatusCode } from '@aligned/core';
import { createDouble, type AppsScriptDouble, type SheetDouble } from './double/index';
import { HOSTILE_TITLES, hostileTable, putTable, sampleTable } from './double/fixtures';

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

function checkIn(id: string, value: number, day: string) {
  vi.setSystemTime(new Date(`${day}T09:00:00Z`));
  recordCheckIn({ id, value: String(value), confidence: '7', comment: '' });
}

const specs = (sheet: SheetDouble) => sheet.getCharts().map((c) => c._spec);
const cells = (sheet: SheetDouble, a1: string) => sheet.getRange(a1).getValues();

describe('Build dashboard', () => {
  it('draws progress by objective, status distribution, the org chart and the trend of checked-in key results', () => {
    putTable(gas, 'OKRs', sampleTable());
    checkIn('MISSION-KR1', 100_000, '2026-02-01');
    checkIn('MISSION-KR1', 300_000, '2026-03-01');
    checkIn('MISSION-KR1', 450_000, '2026-04-01');
    vi.setSystemTime(new Date('2026-05-15T12:00:00Z'));
    buildDashboardSheet();
    expect(gas.ui.events.filter((e) => e.kind === 'alert')).toEqual([]);

    const sheet = gas.spreadsheet.getSheetByName('OKR Dashboard')!;
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([[OWNED_KEY, 'dashboard']]);
    const charts = specs(sheet);
    expect(charts.map((c) => c.type)).toEqual(['BAR', 'PIE', 'ORG', 'LINE']);
    expect(charts.map((c) => c.options.title)).toEqual([
      'Progress by objective',
      'Key results by status',
      'OKR cascade',
      'Cumulative profit reaches $1M: progress against pace',
    ]);
    for (const c of charts) {
      expect(c.ranges).toHaveLength(1);
      expect(c.ranges[0].sheet).toBe('OKR Dashboard');
      expect(c.numHeaders).toBe(1);
      expect(c.position!.column).toBe(5);
    }
    expect(charts[0].options.legend).toEqual({ position: 'none' });
    expect(charts[1].options.legend).toEqual({ position: 'right' });
    // One slice colour per status row, in row order, from the status's meaning (never Google's default palette).
    const pieRows = cells(sheet, charts[1].ranges[0].a1).slice(1).map((r) => String(r[0]));
    const codeOf = (label: string) => (Object.keys(STATUS_LABELS) as StatusCode[]).find((code) => STATUS_LABELS[code] === label)!;
    expect(charts[1].options.colors).toEqual(pieRows.map((label) => STATUS_SLICE_COLOURS[codeOf(label)]));
    expect(pieRows.length).toBeGreaterThan(1);
    expect(charts[2].options.allowHtml).toBe(false);
    expect(charts[3].options.legend).toEqual({ position: 'bottom' });

    // Each chart's range starts at its section header.
    const header = (a1: string) => cells(sheet, a1.split(':')[0] + ':' + a1.split(':')[1].replace(/\d+$/, a1.match(/\d+/)![0]))[0];
    expect(header(charts[0].ranges[0].a1).slice(0, 2)).toEqual(['Objective', 'Progress']);
    expect(header(charts[1].ranges[0].a1).slice(0, 2)).toEqual(['Status', 'Key results']);
    expect(header(charts[2].ranges[0].a1)).toEqual(['Goal', 'Parent', 'Status']);
    expect(header(charts[3].ranges[0].a1)).toEqual(['Date', 'MISSION-KR1 progress', 'Expected (pace)']);

    // The org chart's tooltips: status, progress and the score graded at the period's end (projected mid-period).
    const orgStatus = cells(sheet, charts[2].ranges[0].a1).slice(1).map((r) => String(r[2]));
    for (const text of orgStatus) expect(text).toMatch(/^(Achieved|On track|At risk|Off track|Not started|No data|Closed): (\d+ %|—)(, score (0\.\d|1\.0)( projected)?)?$/);
    expect(orgStatus.some((text) => text.endsWith(' projected'))).toBe(true);

    // The trend rows are the core's: each check-in scored, and the pace the calendar expects that day.
    const node = parseRows(sampleTable()).nodes.find((n) => n.id === 'MISSION-KR1')!;
    const trend = cells(sheet, charts[3].ranges[0].a1).slice(1);
    expect(trend).toHaveLength(3);
    trend.forEach((row, i) => {
      const value = [100_000, 300_000, 450_000][i];
      const time = (row[0] as Date).getTime();
      expect(row[1]).toBe(scoreKeyResult({ kind: node.kind, baseline: node.baseline, target: node.target, current: value }).progress);
      expect(row[2]).toBe(expectedProgress(node.start, node.end, time, 'UTC'));
    });
    expect(toTime(trend[0][0])).toBe(Date.parse('2026-02-01T09:00:00Z'));

    // Status counts add up to the number of key results.
    const status = cells(sheet, charts[1].ranges[0].a1).slice(1);
    const krCount = parseRows(sampleTable()).nodes.filter((n) => n.type === 'key_result').length;
    expect(status.reduce((s, r) => s + (r[1] as number), 0)).toBe(krCount);
    expect(sheet._formulas.size).toBe(0);
  });

  it('a rebuild removes and recreates only the dashboard\'s charts; a user\'s chart elsewhere stays', () => {
    const okrs = putTable(gas, 'OKRs', sampleTable());
    const userChart = okrs.newChart().setChartType('COLUMN' as never).addRange(okrs.getRange('A1:B5')).setPosition(1, 1, 0, 0).build();
    okrs.insertChart(userChart);
    const before = okrs._snapshot();
    buildDashboardSheet();
    const sheet = gas.spreadsheet.getSheetByName('OKR Dashboard')!;
    const firstIds = sheet.getCharts().map((c) => c.getChartId());
    buildDashboardSheet();
    const secondIds = sheet.getCharts().map((c) => c.getChartId());
    expect(secondIds).toHaveLength(firstIds.length);
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    expect(okrs.getCharts().map((c) => c.getChartId())).toEqual([userChart.getChartId()]);
    expect(okrs._snapshot()).toEqual(before);
    expect(gas.spreadsheet.getSheets().filter((s) => s.getName().startsWith('OKR Dashboard'))).toHaveLength(1);
  });

  it('limits the trend charts to the most checked-in key results', () => {
    putTable(gas, 'OKRs', sampleTable());
    const krs = parseRows(sampleTable()).nodes.filter((n) => n.type === 'key_result' && n.kind === 'increase').slice(0, LIMITS.trends + 2);
    krs.forEach((kr, i) => {
      for (let k = 0; k <= i; k++) checkIn(kr.id, (kr.baseline ?? 0) + k + 1, `2026-03-0${k + 1}`);
    });
    buildDashboardSheet();
    const lines = specs(gas.spreadsheet.getSheetByName('OKR Dashboard')!).filter((c) => c.type === 'LINE');
    expect(lines).toHaveLength(LIMITS.trends);
    expect(lines[0].options.title).toContain(krs[krs.length - 1].title);
  });

  it('shows hostile titles as text in the org chart data, never as formulas or markup', () => {
    putTable(gas, 'OKRs', hostileTable());
    buildDashboardSheet();
    const sheet = gas.spreadsheet.getSheetByName('OKR Dashboard')!;
    expect(sheet._formulas.size).toBe(0);
    const org = specs(sheet).find((c) => c.type === 'ORG')!;
    expect(org.options.allowHtml).toBe(false);
    const labels = cells(sheet, org.ranges[0].a1).slice(1).map((r) => r[0]);
    expect(labels).toContain(`${HOSTILE_TITLES.html} (K2)`);
    expect(labels).toContain(`${HOSTILE_TITLES.plus} (K1)`);
    const bar = specs(sheet).find((c) => c.type === 'BAR')!;
    expect(cells(sheet, bar.ranges[0].a1)[1][0]).toBe(HOSTILE_TITLES.formula);
  });
});
