/**
 * Query results shaped as each data source hands them to a panel. Backend data sources answer
 * with data frames in Grafana's JSON wire format (schema + column values), which the frontend
 * decodes with `dataFrameFromJSON` (what `toDataQueryResponse` does for every backend response);
 * the shapes follow each source's documented output:
 * - Prometheus range queries: one frame per series, `meta.type` "timeseries-multi", a "Time" and a
 *   "Value" field whose labels are the series' labels; a Legend sets `config.displayNameFromDS`.
 * - Loki metric queries: the same "timeseries-multi" shape, labels from the `by (...)` clause.
 * - SQL data sources (MySQL, PostgreSQL, MS SQL): Format as Table returns the rows as they are,
 *   one typed field per column; Format as Time series turns long rows (time, metric, value) into
 *   one wide frame whose value fields are named by the metric column ("timeseries-wide").
 * - InfluxDB with Flux: one frame per Flux table, `_time` and `_value`, the group key (`_measurement`,
 *   `_field`, tags) as labels on `_value`.
 * - Google Sheets data source: one field per column, typed from the cells' formats; without
 *   formats every column arrives as text.
 * - Infinity: CSV columns arrive as text unless columns are declared; JSON keeps JSON's types
 *   (numbers as numbers, times as ISO text).
 * The unit is what the panel's Standard options › Unit puts in `config.unit`.
 */
import { dataFrameFromJSON, getFieldDisplayName } from '@grafana/data';
import type { DataFrame, DataFrameJSON, FieldType } from '@grafana/data';
import { DAY, NOW, Q3_START } from './fixtures';

const DAYS = Math.floor((NOW - Q3_START) / DAY) + 1;
export const TIMES = Array.from({ length: DAYS }, (_, i) => Q3_START + i * DAY);
const ramp = (start: number, perDay: number) => TIMES.map((_, i) => Math.round((start + perDay * i) * 100) / 100);

interface FieldSpec {
  name: string;
  type: `${FieldType}`;
  values: unknown[];
  labels?: Record<string, string>;
  config?: Record<string, unknown>;
}

function wire(refId: string, fields: FieldSpec[], meta?: Record<string, unknown>, name?: string): DataFrame {
  const json: DataFrameJSON = {
    schema: {
      refId,
      name,
      meta: meta as DataFrameJSON['schema'] extends { meta?: infer M } ? M : never,
      fields: fields.map((f) => ({ name: f.name, type: f.type as FieldType, labels: f.labels, config: f.config ?? {} })),
    },
    data: { values: fields.map((f) => f.values) },
  };
  return dataFrameFromJSON(json);
}

const PROM_META = { type: 'timeseries-multi', typeVersion: [0, 1], custom: { resultType: 'matrix' }, executedQueryString: 'Expr: sum by (instance) (rate(http_requests_total[5m]))' };

export function prometheusMatrix(legend: boolean): DataFrame[] {
  return ['a:9090', 'b:9090'].map((instance, i) =>
    wire('A', [
      { name: 'Time', type: 'time', values: TIMES, config: { interval: DAY } },
      {
        name: 'Value',
        type: 'number',
        values: ramp(600 + 100 * i, 9.5),
        labels: { instance, job: 'api' },
        config: { unit: 'reqps', ...(legend ? { displayNameFromDS: `api ${instance}` } : {}) },
      },
    ], PROM_META)
  );
}

export function lokiMetric(): DataFrame[] {
  return ['error', 'warn'].map((level, i) =>
    wire('A', [
      { name: 'Time', type: 'time', values: TIMES },
      { name: 'Value', type: 'number', values: ramp(40 - 10 * i, -0.3), labels: { level }, config: { unit: 'short' } },
    ], { type: 'timeseries-multi', typeVersion: [0, 1], executedQueryString: 'sum by (level) (count_over_time({job="api"}[1d]))' })
  );
}

const SQL_META = { typeVersion: [0, 0], executedQueryString: 'SELECT day AS time, metric, value FROM kpis ORDER BY 1' };

/** SQL, Format as Table: the long rows as they are, two metrics per day. */
export function sqlLongTable(): DataFrame[] {
  const time: number[] = [];
  const metric: string[] = [];
  const value: number[] = [];
  const cpu = ramp(20, 0.5);
  const signups = ramp(100, 10);
  TIMES.forEach((t, i) => {
    time.push(t, t);
    metric.push('cpu', 'signups');
    value.push(cpu[i], signups[i]);
  });
  return [
    wire('A', [
      { name: 'time', type: 'time', values: time },
      { name: 'metric', type: 'string', values: metric },
      { name: 'value', type: 'number', values: value },
    ], SQL_META),
  ];
}

/** SQL, Format as Time series: the backend makes the long rows wide, one field per metric, named by it. */
export function sqlLongAsTimeSeries(): DataFrame[] {
  return [
    wire('A', [
      { name: 'time', type: 'time', values: TIMES },
      { name: 'cpu', type: 'number', values: ramp(20, 0.5) },
      { name: 'signups', type: 'number', values: ramp(100, 10) },
    ], { ...SQL_META, type: 'timeseries-wide' }),
  ];
}

/** SQL wide rows with a currency unit on one column and none on the other. */
export function sqlWideCurrency(): DataFrame[] {
  return [
    wire('A', [
      { name: 'time', type: 'time', values: TIMES },
      { name: 'revenue', type: 'number', values: ramp(20_000, 120.57), config: { unit: 'currencyUSD' } },
      { name: 'orders', type: 'number', values: ramp(50, 2) },
    ], SQL_META),
  ];
}

export function fluxWithTags(): DataFrame[] {
  return ['a', 'b'].map((host, i) =>
    wire('A', [
      { name: '_time', type: 'time', values: TIMES },
      { name: '_value', type: 'number', values: ramp(30 + 5 * i, 0.4), labels: { _field: 'usage_user', _measurement: 'cpu', host }, config: { unit: 'percent' } },
    ], { executedQueryString: 'from(bucket: "telegraf") |> range(start: v.timeRangeStart) |> filter(fn: (r) => r._measurement == "cpu")' })
  );
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

export function googleSheets(typed: boolean): DataFrame[] {
  const signups = ramp(120, 8);
  return [
    wire('A', typed
      ? [
          { name: 'Date', type: 'time', values: TIMES },
          { name: 'Signups', type: 'number', values: signups },
        ]
      : [
          { name: 'Date', type: 'string', values: TIMES.map(isoDay) },
          { name: 'Signups', type: 'string', values: signups.map(String) },
        ]),
  ];
}

export function infinityCsv(): DataFrame[] {
  return [
    wire('A', [
      { name: 'time', type: 'string', values: TIMES.map((t) => new Date(t).toISOString()) },
      { name: 'value', type: 'string', values: ramp(10, 1.5).map(String) },
    ]),
  ];
}

export function infinityJson(): DataFrame[] {
  return [
    wire('A', [
      { name: 'time', type: 'string', values: TIMES.map((t) => new Date(t).toISOString()) },
      { name: 'value', type: 'number', values: ramp(10, 1.5), config: { unit: 'percent' } },
    ]),
  ];
}

const OKR_COLUMNS = ['id', 'parent_id', 'title', 'owner', 'target', 'actual', 'start_date', 'due_date'];
const OKR_ROWS: unknown[][] = [
  ['O1', '', 'Grow the pipeline', 'Ann', null, null, '2026-07-01', '2026-09-30'],
  ['KR1', 'O1', 'Qualified leads', 'Ann', 1200, 560, '2026-07-01', '2026-09-30'],
  ['KR2', 'O1', 'New revenue', 'Bo', 600000, 250000, '2026-07-01', '2026-09-30'],
];

/** OKR rows without a Baseline column, from an SQL table: typed columns, dates as times. */
export function okrSqlTable(): DataFrame[] {
  const types: Array<FieldSpec['type']> = ['string', 'string', 'string', 'string', 'number', 'number', 'time', 'time'];
  return [
    wire('A', OKR_COLUMNS.map((name, c) => ({
      name,
      type: types[c],
      values: OKR_ROWS.map((row) => (types[c] === 'time' ? Date.parse(`${row[c]}T00:00:00Z`) : row[c] === '' ? null : row[c])),
    })), SQL_META),
  ];
}

/** The same rows from an Infinity CSV: every column text. */
export function okrInfinityCsv(): DataFrame[] {
  return [
    wire('A', OKR_COLUMNS.map((name, c) => ({
      name,
      type: 'string' as const,
      values: OKR_ROWS.map((row) => (row[c] === null ? '' : String(row[c]))),
    }))),
  ];
}

/** The names Grafana itself shows for the numeric fields of these frames. */
export function grafanaNames(series: DataFrame[]): string[] {
  return series.flatMap((frame) => frame.fields.filter((f) => f.type === 'number').map((f) => getFieldDisplayName(f, frame, series)));
}
