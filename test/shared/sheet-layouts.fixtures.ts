/**
 * Small OKR sheets in each layout people keep (the shapes of the real sheets tried in
 * issue 10), each with what a careful reader would count by hand. Shared by the core's
 * tests and the Grafana tree's (given there as a table frame).
 */
export interface LayoutFixture {
  name: string;
  layout: string;
  rows: unknown[][];
  /** For period groups: the day that decides the current quarter. */
  today?: number;
  expected: {
    objectives: number;
    keyResults: number;
    initiatives?: number;
    /** child title → parent title. */
    links: Record<string, string>;
    owners?: Record<string, string>;
    /** title → progress 0–1 as the cascade computes it. */
    progress?: Record<string, number>;
    /** title → reported status code. */
    reported?: Record<string, string>;
  };
}

export const LAYOUT_FIXTURES: LayoutFixture[] = [
  {
    name: 'title block, blank rows, IDs and parents',
    layout: 'table',
    rows: [
      ['Sales team OKRs', '', '', '', '', ''],
      ['Q3 2026', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['ID', 'Parent', 'Title', 'Owner', 'Target', 'Current'],
      ['O1', '', 'Grow revenue', 'Ann', '', ''],
      ['', '', '', '', '', ''],
      ['KR1', 'O1', 'Win 40 customers', 'Bob', 40, 10],
      ['KR2', 'O1', 'Raise NPS to 50', 'Cy', 50, 25],
    ],
    expected: {
      objectives: 1,
      keyResults: 2,
      links: { 'Win 40 customers': 'Grow revenue', 'Raise NPS to 50': 'Grow revenue' },
      owners: { 'Win 40 customers': 'Bob' },
      progress: { 'Win 40 customers': 0.25, 'Raise NPS to 50': 0.5, 'Grow revenue': 0.375 },
    },
  },
  {
    name: 'outline numbers in a "#" column, quarter groups over two header rows',
    layout: 'outline',
    today: Date.UTC(2026, 4, 15),
    rows: [
      ['Company OKRs 2026', '', '', '', '', '', '', '', ''],
      ['', '', '', 'Q1-2026', '', '', 'Q2-2026', '', ''],
      ['#', 'Objective / key result', 'Owner', 'Baseline', 'Actual', 'Target', 'Baseline', 'Actual', 'Target'],
      [1, 'Grow revenue', 'Ann', '', '', '', '', '', ''],
      [1.1, 'Win 40 customers', 'Bob', 0, 10, 40, 10, 20, 40],
      [1.2, 'Cut churn to 2 %', 'Cy', '5 %', '4 %', '2 %', '4 %', '3.5 %', '2 %'],
      ['1.2.1', 'Call every churned customer', 'Dee', '', '', '', '', '', ''],
      [2, 'Ship v2', 'Eve', '', '', '', '', '', ''],
      [2.1, 'Release 3 modules', 'Eve', 0, 1, 3, 1, 2, 3],
    ],
    expected: {
      objectives: 2,
      keyResults: 3,
      initiatives: 1,
      links: { 'Win 40 customers': 'Grow revenue', 'Cut churn to 2 %': 'Grow revenue', 'Call every churned customer': 'Cut churn to 2 %', 'Release 3 modules': 'Ship v2' },
      owners: { 'Release 3 modules': 'Eve' },
      progress: { 'Win 40 customers': (20 - 10) / (40 - 10), 'Release 3 modules': 0.5 },
    },
  },
  {
    name: 'Objective and Key result columns, objective filled down, progress as typed',
    layout: 'fill-down',
    rows: [
      ['Objectives', 'Key results', 'Owner', 'Progress'],
      ['Grow revenue', 'Win 40 customers', 'Ann', '50%'],
      ['', 'Raise NPS to 50', 'Bob', '=> 30%'],
      ['Delight users', 'Cut support tickets', 'Cy', 0.8],
    ],
    expected: {
      objectives: 2,
      keyResults: 3,
      links: { 'Win 40 customers': 'Grow revenue', 'Raise NPS to 50': 'Grow revenue', 'Cut support tickets': 'Delight users' },
      owners: { 'Raise NPS to 50': 'Bob' },
      progress: { 'Win 40 customers': 0.5, 'Raise NPS to 50': 0.3, 'Cut support tickets': 0.8, 'Grow revenue': 0.4 },
    },
  },
  {
    name: 'depth by column: objectives in A, key results in B',
    layout: 'columns',
    rows: [
      ['Title', '', 'Owner', '% complete'],
      ['Grow revenue', '', 'Ann', ''],
      ['', 'Win 40 customers', 'Bob', 40],
      ['', 'Raise NPS to 50', 'Cy', 60],
      ['Ship v2', '', 'Eve', ''],
      ['', 'Release 3 modules', 'Eve', 100],
    ],
    expected: {
      objectives: 2,
      keyResults: 3,
      links: { 'Win 40 customers': 'Grow revenue', 'Raise NPS to 50': 'Grow revenue', 'Release 3 modules': 'Ship v2' },
      progress: { 'Win 40 customers': 0.4, 'Grow revenue': 0.5, 'Ship v2': 1 },
    },
  },
  {
    name: 'depth by indentation',
    layout: 'indent',
    rows: [
      ['Title', 'Owner', 'Score'],
      ['Grow revenue', 'Ann', ''],
      ['    Win 40 customers', 'Bob', 0.7],
      ['    Raise NPS to 50', 'Cy', 0.3],
      ['Ship v2', 'Eve', ''],
      ['    Release 3 modules', 'Eve', 1],
    ],
    expected: {
      objectives: 2,
      keyResults: 3,
      links: { 'Win 40 customers': 'Grow revenue', 'Raise NPS to 50': 'Grow revenue', 'Release 3 modules': 'Ship v2' },
      progress: { 'Win 40 customers': 0.7, 'Grow revenue': 0.5 },
    },
  },
  {
    name: '"Objective:" / "KR1:" prefixes in one text column, status words',
    layout: 'prefix',
    rows: [
      ['Title', 'Owner', 'Status', 'Progress %'],
      ['Objective: Grow revenue', 'Ann', '', ''],
      ['KR1: Win 40 customers', 'Bob', 'On track', '75 %'],
      ['KR2: Raise NPS to 50', 'Cy', 'At risk', '20 %'],
      ['Objective 2: Ship v2', 'Eve', '', ''],
      ['Key result: Release 3 modules', 'Eve', 'Done', '100 %'],
    ],
    expected: {
      objectives: 2,
      keyResults: 3,
      links: { 'Win 40 customers': 'Grow revenue', 'Raise NPS to 50': 'Grow revenue', 'Release 3 modules': 'Ship v2' },
      progress: { 'Win 40 customers': 0.75 },
      reported: { 'Win 40 customers': 'on_track', 'Raise NPS to 50': 'at_risk', 'Release 3 modules': 'achieved' },
    },
  },
  {
    name: 'Object Type column, each goal under the one above (a tool export without parents)',
    layout: 'typed',
    rows: [
      ['Name', 'Object Type', 'Goal Type', 'Owner', 'Team', 'Progress'],
      ['Grow revenue', 'Objective', 'Company', 'Ann', 'Sales', '40%'],
      ['Win 40 customers', 'Key result', 'Company', 'Bob', 'Sales', '40%'],
      ['Run 10 webinars', 'Initiative', 'Team', 'Cy', 'Marketing', '50%'],
      ['Raise NPS to 50', 'Key Result', 'Company', 'Dee', 'Support', '20%'],
      ['Ship v2', 'Objective', 'Company', 'Eve', 'Product', ''],
      ['Release 3 modules', 'Key result', 'Team', 'Eve', 'Product', '66%'],
    ],
    expected: {
      objectives: 2,
      keyResults: 3,
      initiatives: 1,
      links: { 'Win 40 customers': 'Grow revenue', 'Run 10 webinars': 'Win 40 customers', 'Raise NPS to 50': 'Grow revenue', 'Release 3 modules': 'Ship v2' },
      owners: { 'Win 40 customers': 'Bob', 'Raise NPS to 50': 'Dee' },
    },
  },
  {
    name: 'IDs with a parent column holding titles and "Id: N" (as tools export)',
    layout: 'table',
    rows: [
      ['Id', 'Title', 'Type', 'Parent', 'Owner', 'Progress'],
      [101, 'Grow revenue', 'Objective', '', 'Ann', ''],
      [102, 'Win 40 customers', 'Key Result', 'Grow revenue', 'Bob', 0.5],
      [103, 'Raise NPS to 50', 'Key Result', 'Objective "Grow revenue" (Id: 101)', 'Cy', 0.25],
    ],
    expected: {
      objectives: 1,
      keyResults: 2,
      links: { 'Win 40 customers': 'Grow revenue', 'Raise NPS to 50': 'Grow revenue' },
      progress: { 'Grow revenue': 0.375 },
    },
  },
  {
    name: 'a list of key results only, codes and titles',
    layout: 'table',
    rows: [
      ['KR_code', 'Key Results'],
      ['kr1', 'Automate the KPI report'],
      ['kr2', 'Build the dashboards'],
    ],
    expected: { objectives: 0, keyResults: 2, links: {} },
  },
];

/** The fill-down sheet with its header in each language the reader knows. */
export const LANGUAGE_HEADERS: Record<string, string[]> = {
  en: ['Objective', 'Key result', 'Owner', 'Progress'],
  ru: ['Цель', 'Ключевой результат', 'Ответственный', 'Прогресс'],
  es: ['Objetivo', 'Resultado clave', 'Responsable', '% Avance'],
  pt: ['Objetivo', 'Resultado-chave', 'Responsável', 'Progresso'],
  de: ['Ziel', 'Schlüsselergebnis', 'Verantwortlich', 'Fortschritt'],
  fr: ['Objectif', 'Résultat clé', 'Responsable', 'Avancement'],
};

/**
 * An outline sheet that keeps objectives and key results in separate title columns: objective
 * rows fill "Objective", key-result rows fill "Key result" (as teams lay out a template with
 * one column per level). Kept out of LAYOUT_FIXTURES, which the panel's tree tests also read.
 */
export const SPLIT_TITLES_OUTLINE: LayoutFixture = {
  name: 'outline numbers with objectives and key results in separate title columns',
  layout: 'outline',
  rows: [
    ['Marketing OKRs 2026', '', '', '', '', ''],
    ['', '', '', '', '', ''],
    ['#', 'Objective', 'Key result', 'Owner', 'Target', 'Actual'],
    ['1', 'Grow revenue', '', 'Ann', '', ''],
    ['1.1', '', 'Win 40 customers', 'Bob', 40, 10],
    ['1.2', '', 'Raise NPS to 50', 'Cy', 50, 25],
    ['', '', '', '', '', ''],
    ['2', 'Ship v2', '', 'Eve', '', ''],
    ['2.1', '', 'Release 4 modules', 'Eve', 4, 3],
  ],
  expected: {
    objectives: 2,
    keyResults: 3,
    links: { 'Win 40 customers': 'Grow revenue', 'Raise NPS to 50': 'Grow revenue', 'Release 4 modules': 'Ship v2' },
    owners: { 'Grow revenue': 'Ann', 'Release 4 modules': 'Eve' },
    progress: { 'Win 40 customers': 0.25, 'Raise NPS to 50': 0.5, 'Grow revenue': 0.375, 'Ship v2': 0.75 },
  },
};
