import { formatNumberIn } from '../i18n/format';

/**
 * The words of the ABC demo (titles and owners), one table per language, so that
 * `generateAbcDemo({ words: ABC_WORDS_RU })` (abc-words-ru.ts) is the same company, numbers and IDs, told in Russian.
 * The row schema's own words (levels, types, kinds, headers) stay canonical: they are
 * data the parser reads, not text for people.
 */
export interface AbcWords {
  mission: string;
  missionKr: string;
  pillarRevenue: string;
  pillarEfficiency: string;
  pillarPeople: string;
  annualRevenue(fy: string, plan: number): string;
  revenue(amount: number): string;
  closeDeals(count: number): string;
  profit(amount: number): string;
  annualEfficiency(fy: string): string;
  costPerLead(from: number, to: number): string;
  churn: string;
  /** One improvement project a year, in turn. */
  projects: readonly [string, string, string];
  annualPeople(fy: string): string;
  nps: string;
  attrition: string;
  quarterRevenue(quarter: string, amount: number): string;
  newLeads(count: number): string;
  quarterEfficiency(quarter: string): string;
  costPerLeadAtMost(limit: number): string;
  partners: string;
  partnerSteps: readonly [string, string, string];
  monthObjective(month: string): string;
  trailingRevenue(breakEven: number, aim: number): string;
  closeDealsInMonth(count: number, month: string): string;
  callDormant: string;
  closeBooks: string;
  campaign: string;
  websiteVisits: string;
  campaignLeads(count: number): string;
  week(index: number, span: string, deals: number): string;
  weekDeals(count: number): string;
  weekLeads(count: number): string;
  /** Short month names, January first. */
  months: readonly string[];
  /** The owner as written in this language (owners are given in English). */
  owner(name: string): string;
}

function moneyEn(value: number): string {
  if (value >= 1_000_000) return `$${Math.round(value / 100_000) / 10}M`;
  return `$${Math.round(value / 1000)}k`;
}

export const ABC_WORDS_EN: AbcWords = {
  mission: 'ABC: $1M profit in three years',
  missionKr: 'Cumulative profit reaches $1M',
  pillarRevenue: 'Revenue: grow sales every quarter',
  pillarEfficiency: 'Efficiency: sell at a lower cost',
  pillarPeople: 'People: a team and customers who stay',
  annualRevenue: (fy, plan) => `${fy}: grow revenue to ${moneyEn(plan)}`,
  revenue: (amount) => `Revenue ${moneyEn(amount)}`,
  closeDeals: (count) => `Close ${formatNumberIn(count, 'en')} deals`,
  profit: (amount) => `Profit ${moneyEn(amount)}`,
  annualEfficiency: (fy) => `${fy}: cut the cost of selling`,
  costPerLead: (from, to) => `Cost per lead from $${from} to $${to}`,
  churn: 'Monthly churn from 8 % to 6 %',
  projects: ['Launch the CRM', 'Automate invoicing', 'Self-service renewals'],
  annualPeople: (fy) => `${fy}: customers and staff who stay`,
  nps: 'Customer NPS at least 40',
  attrition: 'Regretted attrition at most 10 %',
  quarterRevenue: (quarter, amount) => `${quarter}: sell ${moneyEn(amount)}`,
  newLeads: (count) => `${formatNumberIn(count, 'en')} new leads`,
  quarterEfficiency: (quarter) => `${quarter}: leads for less`,
  costPerLeadAtMost: (limit) => `Cost per lead at most $${limit}`,
  partners: 'Launch the partner programme',
  partnerSteps: ['Draft the partner terms', 'Sign three pilot partners', 'Publish the partner page'],
  monthObjective: (month) => `${month}: stay above break-even`,
  trailingRevenue: (breakEven, aim) => `Trailing 30-day revenue: break even ${moneyEn(breakEven)}, aim ${moneyEn(aim)}`,
  closeDealsInMonth: (count, month) => `Close ${count} deals in ${month}`,
  callDormant: 'Call 20 dormant customers',
  closeBooks: "Close the month's books",
  campaign: 'Run the seasonal campaign',
  websiteVisits: 'Website visits',
  campaignLeads: (count) => `Campaign leads: ${count}`,
  week: (index, span, deals) => `Week ${index} (${span}): ${deals} deals`,
  weekDeals: (count) => `Close ${count} deals`,
  weekLeads: (count) => `${count} new leads`,
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  owner: (name) => name,
};
