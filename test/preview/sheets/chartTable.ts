/**
 * An embedded chart's specification, as the add-on built it with EmbeddedChartBuilder, read
 * into a Google Charts data table: the cells of its ranges (merged by columns, Sheets' default),
 * the header rows, the domain (first column) and one series per other column. Options set with
 * dotted paths ("hAxis.title") are folded into nested objects, as Google Charts reads them.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
import type { ChartSpec } from '../../sheets-addon/double/index';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartTable {
  /** The first column: category labels, dates or numbers. */
  domain: unknown[];
  domainName: string;
  series: ChartSeries[];
  /** Every column as read (without the header rows), for charts that are not series-based (org). */
  columns: unknown[][];
}

export type Options = Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.prototype.toString.call(value) === '[object Object]';
}

function mergeInto(target: Options, source: Options): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isPlainObject(existing) && isPlainObject(value)) mergeInto(existing, value);
    else target[key] = isPlainObject(value) ? structuredClone(value) : value;
  }
}

/** {'hAxis': {format}, 'hAxis.title': 'x'} → {hAxis: {format, title: 'x'}}. Later keys win. */
export function nestOptions(flat: Options): Options {
  const out: Options = {};
  for (const [path, value] of Object.entries(flat)) {
    if (path.startsWith('__')) continue; // the double's bookkeeping (hidden-dimension strategy)
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) {
      if (!isPlainObject(node[key])) node[key] = {};
      node = node[key] as Options;
    }
    const last = keys[keys.length - 1];
    if (isPlainObject(node[last]) && isPlainObject(value)) mergeInto(node[last] as Options, value);
    else node[last] = isPlainObject(value) ? structuredClone(value) : value;
  }
  return out;
}

/** Ranges side by side (MERGE_COLUMNS, the default) or one under the other (MERGE_ROWS). */
export function mergeRanges(blocks: unknown[][][], strategy: string | null): unknown[][] {
  if (blocks.length === 0) return [];
  if (strategy === 'MERGE_ROWS') return blocks.flat();
  const rows = Math.max(...blocks.map((b) => b.length));
  return Array.from({ length: rows }, (_, r) => blocks.flatMap((b) => b[r] ?? new Array(b[0]?.length ?? 0).fill('')));
}

function transpose(rows: unknown[][]): unknown[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? ''));
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Sheets guesses the header count when the builder leaves it unset: a text-only first row is a header. */
function headerCount(spec: ChartSpec, rows: unknown[][]): number {
  if (spec.numHeaders !== null && spec.numHeaders >= 0) return spec.numHeaders;
  const first = rows[0] ?? [];
  return first.length > 0 && first.every((cell) => typeof cell === 'string') ? 1 : 0;
}

export function chartTable(spec: ChartSpec, cells: unknown[][]): ChartTable {
  const rows = spec.transpose ? transpose(cells) : cells;
  const headers = headerCount(spec, rows);
  const header = headers > 0 ? rows.slice(0, headers).map((r) => r.map((c) => String(c ?? ''))) : [];
  // Blank rows at the end of a range are not data.
  const body = rows.slice(headers);
  while (body.length > 0 && body[body.length - 1].every((c) => c === '' || c === null || c === undefined)) body.pop();
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => body.map((r) => r[c] ?? ''));
  const nameOf = (c: number) => header.map((h) => h[c]).filter((t) => t !== '').join(' ') || `Column ${c + 1}`;
  return {
    domain: columns[0] ?? [],
    domainName: width > 0 ? nameOf(0) : '',
    series: columns.slice(1).map((values, i) => ({ name: nameOf(i + 1), values: values.map(asNumber) })),
    columns,
  };
}
