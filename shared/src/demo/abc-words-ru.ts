import { formatNumberIn, pluralForm } from '../i18n/format';
import type { AbcWords } from './abc-words';

// Its own module, so that bundles showing only the English demo leave it out.

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
