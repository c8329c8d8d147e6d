import { formatNumberIn, pluralForm } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/**
 * The words of the ABC demo (titles and owners), one table per language, so that
 * `generateAbcDemo({ lang: 'ru' })` is the same company, numbers and IDs, told in Russian.
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

/** "$1,2 млн", "$240 тыс.": dollars, because ABC reports in dollars in every language. */
function moneyRu(value: number): string {
  if (value >= 1_000_000) return `$${formatNumberIn(Math.round(value / 100_000) / 10, 'ru')} млн`;
  return `$${formatNumberIn(Math.round(value / 1000), 'ru')} тыс.`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DEALS_RU = { one: 'сделка', few: 'сделки', many: 'сделок', other: 'сделки' };
const DEALS_ACCUSATIVE_RU = { one: 'сделку', few: 'сделки', many: 'сделок', other: 'сделки' };
const LEADS_RU = { one: 'новый лид', few: 'новых лида', many: 'новых лидов', other: 'нового лида' };

const OWNERS_RU: Readonly<Record<string, string>> = {
  CEO: 'Генеральный директор',
  COO: 'Операционный директор',
  Finance: 'Финансовый отдел',
  'Head of Sales': 'Директор по продажам',
  'Head of Marketing': 'Директор по маркетингу',
  'Head of People': 'Директор по персоналу',
  'Customer Success': 'Служба клиентского успеха',
  'Account Manager': 'Аккаунт-менеджер',
  'Sales team': 'Отдел продаж',
};

export const ABC_WORDS_RU: AbcWords = {
  mission: 'ABC: прибыль $1 млн за три года',
  missionKr: 'Накопленная прибыль достигает $1 млн',
  pillarRevenue: 'Выручка: рост продаж каждый квартал',
  pillarEfficiency: 'Эффективность: продавать дешевле',
  pillarPeople: 'Люди: команда и клиенты, которые остаются',
  annualRevenue: (fy, plan) => `${fy}: выручка до ${moneyRu(plan)}`,
  revenue: (amount) => `Выручка ${moneyRu(amount)}`,
  closeDeals: (count) => `Закрыть ${formatNumberIn(count, 'ru')} ${pluralForm(count, DEALS_ACCUSATIVE_RU, 'ru')}`,
  profit: (amount) => `Прибыль ${moneyRu(amount)}`,
  annualEfficiency: (fy) => `${fy}: снизить стоимость продаж`,
  costPerLead: (from, to) => `Стоимость лида с $${from} до $${to}`,
  churn: 'Месячный отток клиентов с 8 % до 6 %',
  projects: ['Внедрить CRM', 'Автоматизировать выставление счетов', 'Самостоятельное продление подписки'],
  annualPeople: (fy) => `${fy}: клиенты и сотрудники, которые остаются`,
  nps: 'NPS клиентов не ниже 40',
  attrition: 'Нежелательная текучесть не выше 10 %',
  quarterRevenue: (quarter, amount) => `${quarter}: продать на ${moneyRu(amount)}`,
  newLeads: (count) => `${formatNumberIn(count, 'ru')} ${pluralForm(count, LEADS_RU, 'ru')}`,
  quarterEfficiency: (quarter) => `${quarter}: лиды дешевле`,
  costPerLeadAtMost: (limit) => `Стоимость лида не выше $${limit}`,
  partners: 'Запустить партнёрскую программу',
  partnerSteps: ['Подготовить условия для партнёров', 'Подписать трёх пилотных партнёров', 'Опубликовать страницу партнёров'],
  monthObjective: (month) => `${capitalised(month)}: держаться выше точки безубыточности`,
  trailingRevenue: (breakEven, aim) => `Выручка за 30 дней: безубыточность ${moneyRu(breakEven)}, цель ${moneyRu(aim)}`,
  closeDealsInMonth: (count, month) => `${capitalised(month)}: закрыть ${count} ${pluralForm(count, DEALS_ACCUSATIVE_RU, 'ru')}`,
  callDormant: 'Обзвонить 20 неактивных клиентов',
  closeBooks: 'Закрыть месяц в бухгалтерии',
  campaign: 'Провести сезонную кампанию',
  websiteVisits: 'Посещения сайта',
  campaignLeads: (count) => `Лиды кампании: ${count}`,
  week: (index, span, deals) => `Неделя ${index} (${span}): ${deals} ${pluralForm(deals, DEALS_RU, 'ru')}`,
  weekDeals: (count) => `Закрыть ${count} ${pluralForm(count, DEALS_ACCUSATIVE_RU, 'ru')}`,
  weekLeads: (count) => `${count} ${pluralForm(count, LEADS_RU, 'ru')}`,
  months: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  owner: (name) => OWNERS_RU[name] ?? name,
};

export function abcWords(lang: Locale): AbcWords {
  return lang === 'ru' ? ABC_WORDS_RU : ABC_WORDS_EN;
}
