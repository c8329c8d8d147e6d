/**
 * What /demo/abc.json holds: the ABC demo as the core generated it at server start-up,
 * in the shape the host pages read (columnar daily series, the OKR rows as a table).
 * Types only, so the browser bundles import no part of the core.
 */
export interface DemoParams {
  seed: number;
  /** Epoch ms of the first day of the three-year plan. */
  start: number;
  years: number;
  /** Epoch ms: "today" for the demo (the last day with data). */
  asOf: number;
}

export interface DemoSeries {
  /** Epoch ms, one per day. */
  time: number[];
  leads: Array<number | null>;
  deals: Array<number | null>;
  amount: Array<number | null>;
}

export interface DemoPayload {
  params: DemoParams;
  /** Header row (the core's column names) then one array per OKR row. */
  rows: unknown[][];
  series: DemoSeries;
}
