import { Random } from './prng';

export const DAY_MS = 86_400_000;

/** The economics of ABC, chosen so that the mission ($1M profit in three years) is reachable but tight. */
export const ABC = {
  /** Profit is the margin on deal amounts (gross profit). */
  margin: 0.15,
  /** Monthly revenue along the plan: start of year 1 → end of year 3. */
  revenueStart: 140_000,
  revenueEnd: 260_000,
  averageDeal: 2_500,
  /** Share of leads that close. */
  conversion: 0.1,
  /** Weekend days sell less. */
  weekendFactor: 0.4,
  /** Marketing spend per day in each year; cost per lead = spend ÷ leads. */
  dailySpend: [1_150, 1_290, 1_400],
} as const;

/** Daily metric series: one entry per day, `time` at 00:00 UTC. */
export interface DailySeries {
  time: number[];
  leads: number[];
  deals: number[];
  amount: number[];
}

/**
 * Leads and closed deals every day of the horizon, growing along the plan with a weekly
 * rhythm and random noise. The whole horizon is drawn whatever `asOf` is and then cut, so
 * a day's numbers never depend on when the demo is generated.
 */
export function generateDailySeries(random: Random, start: number, days: number, lastDay: number): DailySeries {
  const series: DailySeries = { time: [], leads: [], deals: [], amount: [] };
  const monthly = (d: number): number => ABC.revenueStart + ((ABC.revenueEnd - ABC.revenueStart) * d) / Math.max(1, days - 1);
  for (let d = 0; d < days; d++) {
    const time = start + d * DAY_MS;
    const weekday = new Date(time).getUTCDay();
    const rhythm = weekday === 0 || weekday === 6 ? ABC.weekendFactor : 1;
    // Five full days and two slow ones average to 1 over a week.
    const perDay = (monthly(d) / 30.4) * (rhythm / ((5 + 2 * ABC.weekendFactor) / 7));
    const expectedDeals = perDay / ABC.averageDeal;
    const leads = random.poisson((expectedDeals / ABC.conversion) * random.uniform(0.85, 1.15));
    const deals = Math.min(leads, random.poisson(expectedDeals));
    let amount = 0;
    for (let k = 0; k < deals; k++) amount += Math.round(random.logNormal(ABC.averageDeal, 0.3));
    if (d > lastDay) continue;
    series.time.push(time);
    series.leads.push(leads);
    series.deals.push(deals);
    series.amount.push(amount);
  }
  return series;
}

/** Sums of the series over day ranges, from prefix sums (O(1) per question). */
export class SeriesWindow {
  private readonly cumulative: Record<'leads' | 'deals' | 'amount', Float64Array>;

  constructor(
    private readonly series: DailySeries,
    private readonly start: number,
  ) {
    const make = (values: number[]): Float64Array => {
      const out = new Float64Array(values.length + 1);
      for (let i = 0; i < values.length; i++) out[i + 1] = out[i] + values[i];
      return out;
    };
    this.cumulative = { leads: make(series.leads), deals: make(series.deals), amount: make(series.amount) };
  }

  /** Number of days with data. */
  get length(): number {
    return this.series.time.length;
  }

  /** Sum of a metric over days [from, to] (epoch ms, inclusive), cut to the days with data; null when none. */
  sum(metric: 'leads' | 'deals' | 'amount', from: number, to: number): number | null {
    const first = Math.max(0, Math.round((from - this.start) / DAY_MS));
    const last = Math.min(this.length - 1, Math.round((to - this.start) / DAY_MS));
    if (last < first) return null;
    const c = this.cumulative[metric];
    return c[last + 1] - c[first];
  }
}
