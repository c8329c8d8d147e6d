import { COLUMNS } from '../schema/index';
import { ABC, DAY_MS, type SeriesWindow } from './abc-series';
import { ABC_WORDS_EN, type AbcWords } from './abc-words';
import type { Random } from './prng';

/** One OKR row before it becomes cells; `measure` computes the current value as of a day. */
interface RowSpec {
  id: string;
  parent: string | null;
  level: string;
  type: string;
  title: string;
  owner: string;
  kind?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  low?: number;
  high?: number;
  current?: number | boolean | null;
  weight?: number;
  start: number;
  end: number;
  confidence?: number;
  metric?: string;
  measure?: (to: number) => number | null;
}

export interface AbcRowsInput {
  random: Random;
  window: SeriesWindow;
  start: number;
  years: number;
  asOf: number;
  /** Titles and owners (default English). */
  words?: AbcWords;
}

export interface AbcRows {
  rows: unknown[][];
  checkIns: unknown[][];
}

/**
 * The ABC cascade as rows of the row schema: mission, pillars, an annual objective per
 * pillar and year, quarterly OKRs for the current year, monthly OKRs for the current
 * quarter, weekly OKRs for the current month, and tasks with KPIs. Current values come
 * from the daily series where the metric is in it (revenue, deals, leads, profit, cost
 * per lead), so the numbers agree with the series a dashboard would chart.
 */
export function buildAbcRows(input: AbcRowsInput): AbcRows {
  const { random, window, start, years, asOf } = input;
  const w = input.words ?? ABC_WORDS_EN;
  const specs: RowSpec[] = [];
  const add = (spec: RowSpec): RowSpec => {
    specs.push(spec);
    return spec;
  };
  const sum = (metric: 'leads' | 'deals' | 'amount', from: number, to: number) => window.sum(metric, from, to);
  const profit = (from: number, to: number) => scaled(sum('amount', from, to), ABC.margin);
  const horizonEnd = monthsAfter(start, 12 * years) - DAY_MS;
  const current = Math.min(years - 1, Math.max(0, Math.floor(monthsBetween(start, asOf) / 12)));
  const started = (t: number) => asOf >= t;
  const confidence = (t: number) => (started(t) ? Math.round(random.uniform(0.5, 0.95) * 10) / 10 : undefined);

  add({ id: 'MISSION', parent: null, level: 'mission', type: 'objective', title: w.mission, owner: 'CEO', start, end: horizonEnd });
  add({
    id: 'MISSION-KR1', parent: 'MISSION', level: 'mission', type: 'key_result', title: w.missionKr, owner: 'CEO',
    kind: 'increase', unit: '$', baseline: 0, target: 1_000_000, weight: 2, metric: 'profit', start, end: horizonEnd,
    measure: (to) => profit(start, to),
  });
  add({ id: 'P-REV', parent: 'MISSION', level: 'pillar', type: 'objective', title: w.pillarRevenue, owner: 'Head of Sales', start, end: horizonEnd });
  add({ id: 'P-EFF', parent: 'MISSION', level: 'pillar', type: 'objective', title: w.pillarEfficiency, owner: 'Finance', start, end: horizonEnd });
  add({ id: 'P-PPL', parent: 'MISSION', level: 'pillar', type: 'objective', title: w.pillarPeople, owner: 'Head of People', weight: 0.5, start, end: horizonEnd });

  let costBaseline = 60;
  const costTargets: number[] = [];
  for (let y = 0; y < years; y++) {
    const ys = monthsAfter(start, 12 * y);
    const ye = monthsAfter(start, 12 * (y + 1)) - DAY_MS;
    const fy = `FY${new Date(ys).getUTCFullYear()}`;
    const revenuePlan = roundTo(planRevenue(12 * y, 12, years) * 1.04, 50_000);
    const dealsPlan = roundTo(revenuePlan / ABC.averageDeal, 50);
    const spend = ABC.dailySpend[Math.min(y, ABC.dailySpend.length - 1)];
    const costTarget = Math.round(costBaseline * 0.9);
    const costPerLead = (from: number, to: number): number | null => {
      const leads = sum('leads', from, to);
      const days = Math.round((Math.min(to, asOf) - from) / DAY_MS) + 1;
      return leads ? Math.round((spend * days * 100) / leads) / 100 : null;
    };
    const rev = `Y${y + 1}-REV`;
    const eff = `Y${y + 1}-EFF`;
    const ppl = `Y${y + 1}-PPL`;
    add({ id: rev, parent: 'P-REV', level: 'annual', type: 'objective', title: w.annualRevenue(fy, revenuePlan), owner: 'Head of Sales', start: ys, end: ye });
    add({ id: `${rev}-KR1`, parent: rev, level: 'annual', type: 'key_result', title: w.revenue(revenuePlan), owner: 'Head of Sales', kind: 'increase', unit: '$', baseline: 0, target: revenuePlan, metric: 'amount', start: ys, end: ye, confidence: confidence(ys), measure: (to) => sum('amount', ys, to) });
    add({ id: `${rev}-KR2`, parent: rev, level: 'annual', type: 'key_result', title: w.closeDeals(dealsPlan), owner: 'Head of Sales', kind: 'increase', baseline: 0, target: dealsPlan, metric: 'deals', start: ys, end: ye, confidence: confidence(ys), measure: (to) => sum('deals', ys, to) });
    add({ id: `${rev}-KR3`, parent: rev, level: 'annual', type: 'key_result', title: w.profit(revenuePlan * ABC.margin), owner: 'Finance', kind: 'increase', unit: '$', baseline: 0, target: Math.round(revenuePlan * ABC.margin), weight: 2, metric: 'profit', start: ys, end: ye, confidence: confidence(ys), measure: (to) => profit(ys, to) });

    add({ id: eff, parent: 'P-EFF', level: 'annual', type: 'objective', title: w.annualEfficiency(fy), owner: 'Finance', start: ys, end: ye });
    add({ id: `${eff}-KR1`, parent: eff, level: 'annual', type: 'key_result', title: w.costPerLead(costBaseline, costTarget), owner: 'Head of Marketing', kind: 'decrease', unit: '$', baseline: costBaseline, target: costTarget, metric: 'cost_per_lead', start: ys, end: ye, confidence: confidence(ys), measure: (to) => costPerLead(ys, to) });
    add({ id: `${eff}-KR2`, parent: eff, level: 'annual', type: 'key_result', title: w.churn, owner: 'Customer Success', kind: 'decrease', unit: '%', baseline: 0.08, target: 0.06, start: ys, end: ye, current: started(ys) ? drift(random, 0.08, 0.06, elapsed(ys, ye, asOf)) : null });
    const project = w.projects[y % 3];
    add({ id: `${eff}-KR3`, parent: eff, level: 'annual', type: 'key_result', title: project, owner: 'COO', kind: 'milestone', start: ys, end: ye, current: started(ys) ? asOf > ys + 200 * DAY_MS : null });

    add({ id: ppl, parent: 'P-PPL', level: 'annual', type: 'objective', title: w.annualPeople(fy), owner: 'Head of People', start: ys, end: ye });
    add({ id: `${ppl}-KR1`, parent: ppl, level: 'annual', type: 'key_result', title: w.nps, owner: 'Customer Success', kind: 'above', target: 40, start: ys, end: ye, current: started(ys) ? random.int(35, 52) : null });
    add({ id: `${ppl}-KR2`, parent: ppl, level: 'annual', type: 'key_result', title: w.attrition, owner: 'Head of People', kind: 'below', unit: '%', target: 0.1, start: ys, end: ye, current: started(ys) ? Math.round(random.uniform(0.05, 0.13) * 1000) / 1000 : null });
    costTargets.push(costTarget);
    costBaseline = costTarget;
  }

  // The current year, quarter by quarter.
  const cy = current + 1;
  const cys = monthsAfter(start, 12 * current);
  const currentQuarter = Math.min(3, Math.max(0, Math.floor(monthsBetween(cys, asOf) / 3)));
  for (let q = 0; q < 4; q++) {
    const qs = monthsAfter(cys, 3 * q);
    const qe = monthsAfter(cys, 3 * (q + 1)) - DAY_MS;
    const label = `Q${q + 1} FY${new Date(cys).getUTCFullYear()}`;
    const revenue = roundTo(planRevenue(12 * current + 3 * q, 3, years) * 1.03, 10_000);
    const leads = roundTo(revenue / ABC.averageDeal / ABC.conversion, 100);
    const id = `Q${q + 1}-Y${cy}`;
    add({ id: `${id}-REV`, parent: `Y${cy}-REV`, level: 'quarterly', type: 'objective', title: w.quarterRevenue(label, revenue), owner: 'Head of Sales', start: qs, end: qe });
    add({ id: `${id}-REV-KR1`, parent: `${id}-REV`, level: 'quarterly', type: 'key_result', title: w.revenue(revenue), owner: 'Head of Sales', kind: 'increase', unit: '$', baseline: 0, target: revenue, metric: 'amount', start: qs, end: qe, confidence: confidence(qs), measure: (to) => sum('amount', qs, to) });
    add({ id: `${id}-REV-KR2`, parent: `${id}-REV`, level: 'quarterly', type: 'key_result', title: w.newLeads(leads), owner: 'Head of Marketing', kind: 'increase', baseline: 0, target: leads, metric: 'leads', start: qs, end: qe, confidence: confidence(qs), measure: (to) => sum('leads', qs, to) });
    add({ id: `${id}-EFF`, parent: `Y${cy}-EFF`, level: 'quarterly', type: 'objective', title: w.quarterEfficiency(label), owner: 'Head of Marketing', start: qs, end: qe });
    add({ id: `${id}-EFF-KR1`, parent: `${id}-EFF`, level: 'quarterly', type: 'key_result', title: w.costPerLeadAtMost(costTargets[current] + 3), owner: 'Head of Marketing', kind: 'below', unit: '$', target: costTargets[current] + 3, metric: 'cost_per_lead', start: qs, end: qe, measure: (to) => {
      const n = sum('leads', qs, to);
      const days = Math.round((Math.min(to, asOf) - qs) / DAY_MS) + 1;
      return n ? Math.round((ABC.dailySpend[Math.min(current, 2)] * days * 100) / n) / 100 : null;
    } });
  }

  // A milestone objective scored as a checklist of its tasks.
  const cq = `Q${currentQuarter + 1}-Y${cy}`;
  const cqs = monthsAfter(cys, 3 * currentQuarter);
  const cqe = monthsAfter(cys, 3 * (currentQuarter + 1)) - DAY_MS;
  add({ id: `${cq}-PARTNERS`, parent: `${cq}-REV`, level: 'quarterly', type: 'objective', kind: 'milestone', title: w.partners, owner: 'Head of Sales', start: cqs, end: cqe });
  const steps = w.partnerSteps;
  steps.forEach((title, k) => {
    add({ id: `${cq}-PARTNERS-T${k + 1}`, parent: `${cq}-PARTNERS`, level: 'task', type: 'initiative', kind: 'milestone', title, owner: k === 2 ? 'Head of Marketing' : 'Head of Sales', start: cqs, end: cqe, current: started(cqs) ? asOf >= cqs + (k + 1) * 25 * DAY_MS : null });
  });

  // The current quarter, month by month.
  const currentMonth = Math.min(2, Math.max(0, Math.floor(monthsBetween(cqs, asOf))));
  for (let m = 0; m < 3; m++) {
    const ms = monthsAfter(cqs, m);
    const me = monthsAfter(cqs, m + 1) - DAY_MS;
    const name = `${w.months[new Date(ms).getUTCMonth()]} ${new Date(ms).getUTCFullYear()}`;
    const id = `M${m + 1}-${cq}`;
    const deals = roundTo(planRevenue(12 * current + 3 * currentQuarter + m, 1, years) / ABC.averageDeal, 5);
    add({ id, parent: `${cq}-REV`, level: 'monthly', type: 'objective', title: w.monthObjective(name), owner: 'Head of Sales', start: ms, end: me });
    // Break-even a little under the month's plan, aim $20k above it ($220k / $240k in the default demo month).
    const breakEven = roundTo(planRevenue(12 * current + 3 * currentQuarter + m, 1, years) * 0.94, 10_000);
    add({ id: `${id}-KR1`, parent: id, level: 'monthly', type: 'key_result', title: w.trailingRevenue(breakEven, breakEven + 20_000), owner: 'Finance', kind: 'range', unit: '$', baseline: breakEven, low: breakEven, target: breakEven + 20_000, metric: 'amount_30d', start: ms, end: me, confidence: confidence(ms), measure: (to) => sum('amount', Math.min(to, asOf) - 29 * DAY_MS, to) });
    add({ id: `${id}-KR2`, parent: id, level: 'monthly', type: 'key_result', title: w.closeDealsInMonth(deals, name), owner: 'Head of Sales', kind: 'increase', baseline: 0, target: deals, metric: 'deals', start: ms, end: me, confidence: confidence(ms), measure: (to) => sum('deals', ms, to) });
    add({ id: `${id}-T1`, parent: id, level: 'task', type: 'initiative', kind: 'milestone', title: w.callDormant, owner: 'Account Manager', start: ms, end: me, current: started(ms) ? asOf > me || random.uniform() < 0.5 : null });
    add({ id: `${id}-T2`, parent: id, level: 'task', type: 'initiative', kind: 'milestone', title: w.closeBooks, owner: 'Finance', start: ms, end: me, current: started(ms) ? asOf > me : null });
    if (m !== currentMonth) continue;

    // A task measured by KPIs, and the weeks of the current month.
    add({ id: `${id}-T3`, parent: id, level: 'task', type: 'initiative', title: w.campaign, owner: 'Head of Marketing', start: ms, end: me });
    add({ id: `${id}-T3-K1`, parent: `${id}-T3`, level: 'task', type: 'kpi', kind: 'track', title: w.websiteVisits, owner: 'Head of Marketing', metric: 'visits', start: ms, end: me, measure: (to) => scaled(sum('leads', ms, to), 14) });
    const campaignLeads = roundTo(deals / ABC.conversion, 50);
    add({ id: `${id}-T3-K2`, parent: `${id}-T3`, level: 'task', type: 'kpi', kind: 'increase', title: w.campaignLeads(campaignLeads), owner: 'Head of Marketing', baseline: 0, target: campaignLeads, metric: 'leads', start: ms, end: me, measure: (to) => sum('leads', ms, to) });
    for (let index = 0, ws = ms; ws <= me; index++, ws += 7 * DAY_MS) {
      const we = Math.min(ws + 6 * DAY_MS, me);
      const weekDeals = Math.max(1, Math.round((deals * ((we - ws) / DAY_MS + 1)) / 30));
      const weekId = `W${index + 1}-${id}`;
      const span = `${new Date(ws).getUTCDate()}–${new Date(we).getUTCDate()} ${w.months[new Date(ws).getUTCMonth()]}`;
      add({ id: weekId, parent: id, level: 'weekly', type: 'objective', title: w.week(index + 1, span, weekDeals), owner: 'Sales team', start: ws, end: we });
      add({ id: `${weekId}-KR1`, parent: weekId, level: 'weekly', type: 'key_result', title: w.weekDeals(weekDeals), owner: 'Sales team', kind: 'increase', baseline: 0, target: weekDeals, metric: 'deals', start: ws, end: we, measure: (to) => sum('deals', ws, to) });
      add({ id: `${weekId}-KR2`, parent: weekId, level: 'weekly', type: 'key_result', title: w.weekLeads(weekDeals * 10), owner: 'Head of Marketing', kind: 'increase', baseline: 0, target: weekDeals * 10, metric: 'leads', start: ws, end: we, measure: (to) => sum('leads', ws, to) });
    }
  }

  return { rows: [Array.from(COLUMNS), ...specs.map((spec) => toCells(spec, asOf, w))], checkIns: weeklyCheckIns(specs, asOf) };
}

function toCells(spec: RowSpec, asOf: number, words: AbcWords): unknown[] {
  let current = spec.current ?? null;
  if (spec.measure) current = asOf >= spec.start ? spec.measure(Math.min(spec.end, asOf)) : null;
  const byColumn: Record<string, unknown> = {
    ID: spec.id,
    Parent: spec.parent ?? '',
    Level: spec.level,
    Type: spec.type,
    Title: spec.title,
    Owner: words.owner(spec.owner),
    Kind: spec.kind ?? '',
    Unit: spec.unit ?? '',
    Baseline: spec.baseline ?? '',
    Target: spec.target ?? '',
    Current: current ?? '',
    Low: spec.low ?? '',
    High: spec.high ?? '',
    Weight: spec.weight ?? 1,
    Start: isoDay(spec.start),
    End: isoDay(spec.end),
    Confidence: spec.confidence ?? '',
    Metric: spec.metric ?? '',
  };
  return COLUMNS.map((column) => byColumn[column]);
}

/** A check-in every 7 days from each measured key result's start, up to asOf or its end. */
function weeklyCheckIns(specs: readonly RowSpec[], asOf: number): unknown[][] {
  const table: unknown[][] = [['ID', 'Date', 'Value']];
  for (const spec of specs) {
    if (!spec.measure || spec.kind === 'track') continue;
    const last = Math.min(spec.end, asOf);
    for (let t = spec.start + 6 * DAY_MS; t <= last; t += 7 * DAY_MS) {
      const value = spec.measure(t);
      if (value !== null) table.push([spec.id, isoDay(t), value]);
    }
  }
  return table;
}

/** Planned revenue of `count` months from month `first` (0-based from the start), along the linear plan. */
function planRevenue(first: number, count: number, years: number): number {
  let total = 0;
  for (let m = first; m < first + count; m++) total += ABC.revenueStart + ((ABC.revenueEnd - ABC.revenueStart) * (m + 0.5)) / (12 * years);
  return total;
}

/** A value moving from `from` towards `to` with the share of the period gone, plus noise; rounded to 0.1 %. */
function drift(random: Random, from: number, to: number, share: number): number {
  const value = from + (to - from) * share * random.uniform(0.6, 1.2) + random.uniform(-0.004, 0.004);
  return Math.round(value * 1000) / 1000;
}

function elapsed(start: number, end: number, asOf: number): number {
  return Math.min(1, Math.max(0, (asOf - start) / (end - start + DAY_MS)));
}

function scaled(value: number | null, factor: number): number | null {
  return value === null ? null : Math.round(value * factor);
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

export function monthsAfter(t: number, months: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

/** Whole months from a to b (negative before a). */
export function monthsBetween(a: number, b: number): number {
  const da = new Date(a);
  const db = new Date(b);
  let months = (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + (db.getUTCMonth() - da.getUTCMonth());
  if (db.getUTCDate() < da.getUTCDate()) months--;
  return months;
}

export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
