/**
 * The ABC demo the preview serves at /demo/abc.json, produced by the core's generator
 * at start-up. The browser tests import the same function, so the numbers they expect
 * come from exactly the rows and series the pages show.
 */
import { generateAbcDemo, type AbcWords } from '@aligned/core';
import type { DemoParams, DemoPayload, DemoSeries } from './demoPayload';

export const ABC_DEMO_SEED = 7;
const DAY_MS = 86_400_000;

/**
 * The three-year plan started on 1 January of last year, so "today" falls in its second
 * year, with history behind it and a target ahead. `asOf` is today (UTC), the last day
 * with data.
 */
export function abcDemoParams(now: number = Date.now()): DemoParams {
  const year = new Date(now).getUTCFullYear();
  return {
    seed: ABC_DEMO_SEED,
    start: Date.UTC(year - 1, 0, 1),
    years: 3,
    asOf: Math.floor(now / DAY_MS) * DAY_MS,
  };
}

type SeriesName = 'leads' | 'deals' | 'amount';
const SERIES: SeriesName[] = ['leads', 'deals', 'amount'];

function toTimeMs(value: unknown): number {
  if (typeof value === 'number') {
    return value;
  }
  if (value instanceof Date) {
    return value.getTime();
  }
  const parsed = Date.parse(String(value));
  if (Number.isNaN(parsed)) {
    throw new Error(`The demo generator returned a series time "${String(value)}" that is not a date.`);
  }
  return parsed;
}

function toValue(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Accepts the daily series as columns ({time: [], leads: [] ...}) or as one object per day. */
export function normaliseSeries(raw: unknown): DemoSeries {
  if (Array.isArray(raw)) {
    const days = raw as Array<Record<string, unknown>>;
    return {
      time: days.map((d) => toTimeMs(d.time)),
      leads: days.map((d) => toValue(d.leads)),
      deals: days.map((d) => toValue(d.deals)),
      amount: days.map((d) => toValue(d.amount)),
    };
  }
  const columns = raw as Record<string, unknown[]>;
  const missing = ['time', ...SERIES].filter((name) => !Array.isArray(columns?.[name]));
  if (missing.length > 0) {
    throw new Error(`The demo generator's series lack ${missing.join(', ')}: expected daily time/leads/deals/amount.`);
  }
  return {
    time: Array.from(columns.time, toTimeMs),
    leads: Array.from(columns.leads, toValue),
    deals: Array.from(columns.deals, toValue),
    amount: Array.from(columns.amount, toValue),
  };
}

/** The ABC demo as of `now`; `words` ABC_WORDS_RU tells the same company in Russian (same IDs and numbers). */
export function abcDemoPayload(now: number = Date.now(), words?: AbcWords): DemoPayload {
  const params = abcDemoParams(now);
  const demo = generateAbcDemo({ ...params, words });
  return { params, rows: demo.rows, series: normaliseSeries(demo.daily) };
}
