/**
 * The ABC demo as Grafana query results: what a data source would hand the panel.
 * A time series frame per query, and the OKR rows as a table frame (one field per column).
 */
import { createDataFrame, FieldType, type DataFrame } from '@grafana/data';
import type { DemoPayload, DemoSeries } from '../demoPayload';
import { initialLanguage } from './bootData';

export async function fetchDemo(): Promise<DemoPayload> {
  // The demo in the page's language: Russian titles and owners for a Russian user, like a Russian team's data.
  const response = await fetch(`/demo/abc.json?lang=${initialLanguage()}`);
  if (!response.ok) {
    throw new Error(`GET /demo/abc.json answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as DemoPayload;
}

export type SeriesName = Exclude<keyof DemoSeries, 'time'>;

const UNITS: Record<SeriesName, string> = { amount: 'currencyUSD', deals: 'none', leads: 'none' };

/** A time series query result: `time` plus the named daily series. */
export function seriesFrame(series: DemoSeries, refId: string, names: SeriesName[]): DataFrame {
  return createDataFrame({
    refId,
    name: refId,
    fields: [
      { name: 'time', type: FieldType.time, values: series.time },
      ...names.map((name) => ({ name, type: FieldType.number, values: series[name], config: { unit: UNITS[name] } })),
    ],
  });
}

/** Start and End are dates; a table data source returns them as time fields (epoch ms). */
const TIME_COLUMNS = new Set(['start', 'end']);

function fieldTypeOf(header: string, values: unknown[]): FieldType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return TIME_COLUMNS.has(header.toLowerCase()) ? FieldType.time : FieldType.number;
  }
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) {
    return FieldType.boolean;
  }
  return FieldType.string;
}

/** The OKR rows (header + rows) as a table frame, columns named by the header. */
export function okrRowsFrame(rows: unknown[][], refId: string): DataFrame {
  const [header = [], ...body] = rows;
  return createDataFrame({
    refId,
    name: 'OKRs',
    fields: header.map((name, column) => {
      const values = body.map((row) => {
        const value = row[column];
        return value === undefined || value === '' ? null : value;
      });
      return { name: String(name), type: fieldTypeOf(String(name), values), values };
    }),
  });
}
