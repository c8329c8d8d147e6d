import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCascade, evaluateCascade, generateAbcDemo, readSheet } from '@aligned/core';

/**
 * Acceptance of issue 13: a Russian OKR sheet (headers, level / type / kind words, dates and
 * numbers as a Russian spreadsheet holds them, decimal commas in text cells) builds its
 * cascade like its English twin, with the same numbers.
 */

const DAY = 86_400_000;
const AS_OF = Date.UTC(2026, 4, 15);

/** The sheet's columns in Russian: the names the issue lists first, then the variants people write. */
const HEADERS_RU: Record<string, readonly string[]> = {
  ID: ['ID', 'ИД', 'Код'],
  Parent: ['Родитель', 'Родительская цель', 'ID родителя'],
  Level: ['Уровень'],
  Type: ['Тип', 'Тип элемента'],
  Title: ['Название', 'Наименование', 'Цель (ключевой результат)', 'Формулировка'],
  Owner: ['Владелец', 'Ответственный', 'Исполнитель'],
  Kind: ['Вид', 'Вид КР'],
  Unit: ['Единица', 'Единица измерения', 'Ед. изм.'],
  Baseline: ['Базовое значение', 'Начальное значение', 'Исходное значение'],
  Target: ['Цель', 'План', 'Целевое значение', 'Плановое значение'],
  Current: ['Факт', 'Текущее значение', 'Фактическое значение'],
  Low: ['Нижняя граница', 'Минимум'],
  High: ['Верхняя граница', 'Максимум'],
  Weight: ['Вес', 'Вес, %'],
  Start: ['Начало', 'Дата начала'],
  End: ['Окончание', 'Срок', 'Дата окончания'],
  Confidence: ['Уверенность'],
  Metric: ['Метрика'],
};

const LEVELS_RU: Record<string, readonly string[]> = {
  mission: ['Миссия'],
  pillar: ['Стратегия', 'Стратегическое направление'],
  annual: ['Год', 'Годовой'],
  quarterly: ['Квартал', 'Квартальный'],
  monthly: ['Месяц'],
  weekly: ['Неделя'],
  task: ['Задача'],
};
const TYPES_RU: Record<string, readonly string[]> = {
  objective: ['Цель'],
  key_result: ['Ключевой результат', 'КР'],
  initiative: ['Инициатива'],
  kpi: ['КПЭ', 'Показатель'],
};
const KINDS_RU: Record<string, readonly string[]> = {
  increase: ['Рост', 'Увеличение'],
  decrease: ['Снижение', 'Уменьшение'],
  above: ['Не ниже', 'Не менее'],
  below: ['Не выше', 'Не более'],
  range: ['Диапазон', 'Коридор'],
  milestone: ['Веха'],
  track: ['Отслеживание', 'Мониторинг'],
};
const WORDS_RU: Record<string, Record<string, readonly string[]>> = { Level: LEVELS_RU, Type: TYPES_RU, Kind: KINDS_RU };
const NUMBER_COLUMNS = new Set(['Baseline', 'Target', 'Current', 'Low', 'High', 'Weight', 'Confidence']);
const DATE_COLUMNS = new Set(['Start', 'End']);
/** "1 234 567,25" (no-break spaces between groups), from the shortest text that reads back as the same number. */
function grouped(value: number): unknown {
  const text = String(Math.abs(value));
  if (text.includes('e')) return value;
  const [whole, fraction] = text.split('.');
  const groups = whole.replace(/\B(?=(\d{3})+$)/g, '\u00a0');
  return `${value < 0 ? '-' : ''}${groups}${fraction === undefined ? '' : `,${fraction}`}`;
}

type Pick = <T>(options: readonly T[]) => T;

/** A number as a Russian sheet may hold it: a number cell, or text with a decimal comma ("1 200,5", "12,5 %"). */
function russianNumber(value: number, pick: Pick): unknown {
  const how = pick(['cell', 'grouped', 'plain', 'percent'] as const);
  if (how === 'cell') return value;
  if (how === 'percent') {
    const percent = String(value * 100);
    // Only where "12,5 %" reads back as exactly the same number.
    if (!/e/i.test(percent) && Number(`${percent}e-2`) === value) return `${percent.replace('.', ',')} %`;
  }
  if (how === 'grouped') return grouped(value);
  return String(value).includes('e') ? value : String(value).replace('.', ',').replace('-', '−');
}

/** A date as a Russian sheet holds it: a date cell, or text "15.05.2026". */
function russianDate(value: unknown, pick: Pick): unknown {
  const time = typeof value === 'string' ? Date.parse(`${value}T00:00:00Z`) : value instanceof Date ? value.getTime() : null;
  if (time === null || Number.isNaN(time)) return value;
  const d = new Date(time);
  if (pick([true, false])) return new Date(time);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}

/** Translates an English sheet in the row schema into Russian and shuffles its columns. */
function russianTwin(table: readonly unknown[][], pick: Pick, order: readonly number[]): unknown[][] {
  const header = table[0].map(String);
  const kindAt = header.indexOf('Kind');
  const translated = table.map((row, r) =>
    header.map((column, j) => {
      const cell = row[j];
      // A milestone's 1 / 0 is a yes / no, which a sheet holds as the number.
      if (column === 'Current' && row[kindAt] === 'milestone' && typeof cell === 'number') return cell;
      if (r === 0) return pick(HEADERS_RU[column]);
      if (cell === undefined || cell === null || cell === '') return cell;
      if (WORDS_RU[column] && typeof cell === 'string') return pick(WORDS_RU[column][cell] ?? [cell]);
      if (column === 'Current' && typeof cell === 'boolean') return pick(cell ? ['да', 'Выполнено', 'ИСТИНА', true] : ['нет', 'Не выполнено', 'ЛОЖЬ', false]);
      if (NUMBER_COLUMNS.has(column) && typeof cell === 'number') return russianNumber(cell, pick);
      if (DATE_COLUMNS.has(column)) return russianDate(cell, pick);
      return cell;
    }),
  );
  return translated.map((row) => order.map((j) => row[j]));
}

/** Everything a front end shows of a cascade, node by node. */
function cascadeOf(table: readonly unknown[][]) {
  const read = readSheet(table, { today: AS_OF, timeZone: 'UTC' });
  const cascade = buildCascade(read.nodes);
  const evaluations = evaluateCascade(cascade, { asOf: AS_OF });
  const nodes = read.nodes.map((n) => {
    const ev = evaluations.get(n.id);
    return {
      id: n.id,
      parentId: n.parentId,
      level: n.level,
      type: n.type,
      kind: n.kind,
      numbers: [n.baseline, n.target, n.current, n.done, n.low, n.high, n.weight, n.confidence, n.start, n.end],
      progress: ev?.progress,
      raw: ev?.raw,
      status: ev?.status.code,
      score: ev?.score,
      grade: ev?.grade.score,
      expected: ev?.expected,
      coverage: ev?.coverage,
    };
  });
  return { nodes, problems: read.problems.map((p) => `${p.code}@${p.row}:${p.column ?? ''}`).sort(), roots: [...cascade.roots] };
}

function seededPick(seed: number): Pick {
  let state = seed >>> 0 || 1;
  return <T,>(options: readonly T[]): T => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return options[state % options.length];
  };
}

describe('a Russian OKR sheet and its English twin', () => {
  const english: unknown[][] = [
    ['ID', 'Parent', 'Level', 'Type', 'Title', 'Owner', 'Kind', 'Unit', 'Baseline', 'Target', 'Current', 'Low', 'High', 'Weight', 'Start', 'End', 'Confidence', 'Metric'],
    ['O1', '', 'annual', 'objective', 'Grow revenue', 'CEO', '', '', '', '', '', '', '', '', '2026-01-01', '2026-12-31', '', ''],
    ['KR1', 'O1', 'annual', 'key_result', 'Revenue', 'Sales', 'increase', '₽', 1_000_000, 2_500_000, 1_750_000.5, '', '', 2, '2026-01-01', '2026-12-31', 0.7, 'amount'],
    ['KR2', 'O1', 'annual', 'key_result', 'Churn', 'CS', 'decrease', '%', 0.08, 0.055, 0.071, '', '', 1.5, '2026-01-01', '2026-12-31', 0.5, ''],
    ['KR3', 'O1', 'quarterly', 'key_result', 'Launch', 'COO', 'milestone', '', '', '', true, '', '', 1, '2026-04-01', '2026-06-30', '', ''],
    ['O2', '', 'annual', 'objective', 'Keep service healthy', 'CTO', '', '', '', '', '', '', '', 0.5, '2026-01-01', '2026-12-31', '', ''],
    ['KR4', 'O2', 'quarterly', 'key_result', 'NPS', 'CS', 'above', '', '', 40, 42.5, '', '', 1, '2026-04-01', '2026-06-30', 0.9, ''],
    ['KR5', 'O2', 'quarterly', 'key_result', 'Latency', 'SRE', 'below', 'ms', '', 250, 312.25, '', '', 1, '2026-04-01', '2026-06-30', '', ''],
    ['KR6', 'O2', 'quarterly', 'key_result', 'Uptime band', 'SRE', 'range', '%', '', '', 0.9975, 0.995, 0.999, 1, '2026-04-01', '2026-06-30', '', ''],
    ['KR7', 'O2', 'monthly', 'key_result', 'Tickets', 'CS', 'track', '', '', '', 118, '', '', 0, '2026-05-01', '2026-05-31', '', ''],
  ];
  const russian: unknown[][] = [
    ['ID', 'Родитель', 'Уровень', 'Тип', 'Название', 'Владелец', 'Вид', 'Единица', 'Базовое значение', 'Цель', 'Факт', 'Нижняя граница', 'Верхняя граница', 'Вес', 'Начало', 'Окончание', 'Уверенность', 'Метрика'],
    ['O1', '', 'Годовой', 'Цель', 'Рост выручки', 'CEO', '', '', '', '', '', '', '', '', '01.01.2026', '31.12.2026', '', ''],
    ['KR1', 'O1', 'год', 'Ключевой результат', 'Выручка', 'Продажи', 'Рост', '₽', '1 000 000', '2 500 000', '1 750 000,5', '', '', 2, new Date(Date.UTC(2026, 0, 1)), '31.12.2026', '0,7', 'amount'],
    ['KR2', 'O1', 'Год', 'КР', 'Отток', 'CS', 'снижение', '%', '8 %', '5,5 %', '7,1 %', '', '', '1,5', '01.01.2026', '31.12.2026', 0.5, ''],
    ['KR3', 'O1', 'Квартал', 'Ключевой результат', 'Запуск', 'COO', 'Веха', '', '', '', 'Выполнено', '', '', 1, '01.04.2026', '30.06.2026', '', ''],
    ['O2', '', 'Годовой', 'цель', 'Надёжный сервис', 'CTO', '', '', '', '', '', '', '', '0,5', '01.01.2026', '31.12.2026', '', ''],
    ['KR4', 'O2', 'Квартальный', 'КР', 'NPS', 'CS', 'Не ниже', '', '', 40, '42,5', '', '', 1, '01.04.2026', '30.06.2026', '0,9', ''],
    ['KR5', 'O2', 'квартал', 'КР', 'Задержка', 'SRE', 'Не выше', 'ms', '', '250', '312,25', '', '', 1, '01.04.2026', '30.06.2026', '', ''],
    ['KR6', 'O2', 'Квартал', 'КР', 'Доступность', 'SRE', 'Диапазон', '%', '', '', '99,75 %', '99,5 %', '99,9 %', 1, '01.04.2026', '30.06.2026', '', ''],
    ['KR7', 'O2', 'Месяц', 'КР', 'Обращения', 'CS', 'Отслеживание', '', '', '', 118, '', '', 0, '01.05.2026', '31.05.2026', '', ''],
  ];

  it('reads the Russian headers and words of the issue as the English ones', () => {
    const read = readSheet(russian, { today: AS_OF });
    expect(read.layout.schema).toBe(true);
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.layout.columns).sort()).toEqual([...(english[0] as string[])].sort());
    const kr2 = read.nodes.find((n) => n.id === 'KR2');
    expect(kr2).toMatchObject({ level: 'annual', type: 'key_result', kind: 'decrease', baseline: 0.08, target: 0.055, current: 0.071, weight: 1.5 });
    expect(read.nodes.find((n) => n.id === 'KR1')).toMatchObject({ baseline: 1_000_000, current: 1_750_000.5, confidence: 0.7, start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 11, 31) });
    expect(read.nodes.find((n) => n.id === 'KR3')?.done).toBe(true);
  });

  it('builds the same cascade with the same numbers, node by node', () => {
    const en = cascadeOf(english);
    const ru = cascadeOf(russian);
    expect(en.nodes.length).toBe(9);
    expect(en.problems).toEqual([]);
    expect(ru).toEqual(en);
    // The numbers are real: the comparison would catch a reader that dropped them.
    expect(en.nodes.find((n) => n.id === 'KR1')?.progress).toBeCloseTo(0.5, 6);
    expect(en.nodes.filter((n) => typeof n.progress === 'number').length).toBeGreaterThanOrEqual(8);
  });

  it('reads the headers people commonly write instead', () => {
    const variants = [
      ['ИД', 'Родительская цель', 'Уровень', 'Тип элемента', 'Наименование', 'Ответственный', 'Вид КР', 'Единица измерения', 'Исходное значение', 'План', 'Текущее значение', 'Минимум', 'Максимум', 'Вес, %', 'Дата начала', 'Срок', 'Уверенность', 'Метрика'],
      ['Код', 'ID родителя', 'Уровень', 'Тип', 'Цель (ключевой результат)', 'Исполнитель', 'Вид', 'Ед. изм.', 'Начальное значение', 'Целевое значение', 'Фактическое значение', 'Нижняя граница', 'Верхняя граница', 'Вес', 'Начало', 'Дата окончания', 'Уверенность', 'Метрика'],
    ];
    for (const header of variants) {
      const read = readSheet([header, ...russian.slice(1)], { today: AS_OF });
      expect(Object.keys(read.layout.columns).sort(), header.join('|')).toEqual([...(english[0] as string[])].sort());
      expect(cascadeOf([header, ...russian.slice(1)]), header.join('|')).toEqual(cascadeOf(english));
    }
  });

  it('follows the spreadsheet locale when the host gives it', () => {
    const table = [['ID', 'Title', 'Kind', 'Baseline', 'Target', 'Current'], ['K', 'k', 'increase', '0', '1,5', '0,75']];
    expect(readSheet(table, { locale: 'ru_RU' }).nodes[0]).toMatchObject({ target: 1.5, current: 0.75 });
    // An English sheet keeps refusing a decimal comma rather than guessing.
    const bad = (options: { locale?: string }) => readSheet(table, options).problems.filter((p) => p.code === 'bad_number').map((p) => p.column);
    expect(bad({ locale: 'en_US' })).toEqual(['Target', 'Current']);
    expect(bad({})).toEqual(['Target', 'Current']);
    // One Russian column beside English ones does not turn "1,200" into one point two.
    const mixed = readSheet([['ID', 'Title', 'Kind', 'Target', 'Current', 'Заметки'], ['K', 'k', 'increase', '1,200', '600', 'x']]);
    expect(mixed.nodes[0]).toMatchObject({ target: 1200, current: 600 });
    expect(readSheet([['ID', 'Название', 'Вид', 'Цель', 'Факт', 'Notes'], ['K', 'k', 'рост', '1,5', '0,75', 'x']]).nodes[0]).toMatchObject({ target: 1.5, current: 0.75 });
  });

  it('builds the ABC demo in Russian like in English, whatever the columns, words and number forms (seeded)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 1000 }), (seed, demoSeed) => {
        const demo = generateAbcDemo({ seed: demoSeed, asOf: AS_OF });
        const table = demo.rows as unknown[][];
        const pick = seededPick(seed);
        const order = fc.sample(fc.shuffledSubarray([...table[0].keys()], { minLength: table[0].length }), { seed, numRuns: 1 })[0];
        const ru = russianTwin(table, pick, order);
        expect(cascadeOf(ru)).toEqual(cascadeOf(table));
      }),
      { numRuns: 60, seed: 1313 },
    );
  });

  it('builds a generated English sheet and its Russian twin alike (seeded)', () => {
    const levels = Object.keys(LEVELS_RU);
    const kinds = Object.keys(KINDS_RU);
    const num = fc.oneof(fc.integer({ min: -500, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1000) / 1000 + 0));
    const row = fc.record({
      level: fc.constantFrom('', ...levels),
      type: fc.constantFrom('', 'objective', 'key_result', 'initiative', 'kpi'),
      kind: fc.constantFrom('', ...kinds),
      baseline: fc.option(num, { nil: '' }),
      target: fc.option(num, { nil: '' }),
      current: fc.oneof(fc.option(num, { nil: '' }), fc.boolean()),
      low: fc.option(num, { nil: '' }),
      high: fc.option(num, { nil: '' }),
      weight: fc.constantFrom('', 0, 0.5, 1, 2.25, 3),
      start: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      days: fc.integer({ min: 1, max: 400 }),
      confidence: fc.constantFrom('', 0.1, 0.65, 0.9, 1),
      parent: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (rows, seed) => {
        const header = english[0] as string[];
        const table: unknown[][] = [header];
        rows.forEach((r, i) => {
          const start = r.start === null ? '' : new Date(Date.UTC(2026, 0, 1) + r.start * DAY).toISOString().slice(0, 10);
          const end = r.start === null ? '' : new Date(Date.UTC(2026, 0, 1) + (r.start + r.days) * DAY).toISOString().slice(0, 10);
          const parent = i === 0 || r.parent % 3 === 0 ? '' : `N${r.parent % i}`;
          const values: Record<string, unknown> = { ID: `N${i}`, Parent: parent, Level: r.level, Type: r.type, Title: `Goal ${i}`, Owner: 'Ann', Kind: r.kind, Unit: '', Baseline: r.baseline, Target: r.target, Current: r.current, Low: r.low, High: r.high, Weight: r.weight, Start: start, End: end, Confidence: r.confidence, Metric: '' };
          table.push(header.map((column) => values[column]));
        });
        const pick = seededPick(seed);
        const order = fc.sample(fc.shuffledSubarray([...header.keys()], { minLength: header.length }), { seed, numRuns: 1 })[0];
        expect(cascadeOf(russianTwin(table, pick, order))).toEqual(cascadeOf(table));
      }),
      { numRuns: 200, seed: 1313 },
    );
  });
});
