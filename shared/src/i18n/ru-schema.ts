import type { EN_SCHEMA } from '../schema/schemaMessages';
import type { Formatter } from './formatter';
import type { ParamsOf } from './message';
import { KEY_RESULTS } from './plural-words';

type SchemaCode = keyof typeof EN_SCHEMA;

/** The columns (and the reader's extra roles) as a Russian sheet heads them. */
export const COLUMN_LABELS_RU: Readonly<Record<string, string>> = {
  ID: 'ID',
  Parent: 'Родитель',
  Level: 'Уровень',
  Type: 'Тип',
  Title: 'Название',
  Owner: 'Владелец',
  Kind: 'Вид',
  Unit: 'Единица',
  Baseline: 'Базовое значение',
  Target: 'Цель',
  Current: 'Факт',
  Low: 'Нижняя граница',
  High: 'Верхняя граница',
  Weight: 'Вес',
  Start: 'Начало',
  End: 'Окончание',
  Confidence: 'Уверенность',
  Metric: 'Метрика',
  Outline: 'Номер',
  Objective: 'Формулировка цели',
  KeyResult: 'Ключевой результат',
  Progress: 'Прогресс',
  Status: 'Статус',
  Date: 'Дата',
  Value: 'Значение',
};

/** The words the reader accepts in Russian, for "одно из слов: …". */
const WORDS_RU_KIND: Readonly<Record<string, string>> = {
  increase: 'рост',
  decrease: 'снижение',
  above: 'не ниже',
  below: 'не выше',
  range: 'диапазон',
  milestone: 'веха',
  track: 'отслеживание',
};

/** The kinds of a key result in Russian, "рост, снижение, …" (also in invalid.kind). */
export const KINDS_RU = Object.values(WORDS_RU_KIND).join(', ');

const WORDS_RU = {
  Level: 'миссия, стратегия, год, квартал, месяц, неделя, задача',
  Type: 'цель, ключевой результат, инициатива, КПЭ',
  Kind: KINDS_RU,
};

const column = (name: string): string => `«${COLUMN_LABELS_RU[name] ?? name}»`;
const at = (p: { row?: number | null; id?: string }): string => (p.row !== undefined && p.row !== null ? `Строка ${p.row}` : `ID «${p.id ?? ''}»`);
const quote = (items: readonly string[]): string => items.map((item) => `«${item}»`).join(', ');
/** " «Цели 2026»" after "Лист", "На листе"; nothing for a sheet without a name ("Лист прочитан…"). */
const sheet = (f: Formatter, p: ParamsOf<'summary.nothing'>): string => (p.sheet.code === 'sheet.default' ? '' : ` «${f.msg(p.sheet)}»`);
const COUNT_FORMS = {
  objectives: { one: 'цель', few: 'цели', many: 'целей', other: 'цели' },
  keyResults: KEY_RESULTS,
  initiatives: { one: 'инициатива', few: 'инициативы', many: 'инициатив', other: 'инициативы' },
  kpis: { one: 'КПЭ', other: 'КПЭ' },
};
/** Ends a sentence with one full stop: a Russian date ends with its own ("15 мая 2027 г."), as does "п. п.". */
export const stop = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/** A target on the wrong side of the baseline for its kind (the reader's check and the scorer's refusal). */
export const wrongDirection = (up: boolean, target: number, baseline: number, f: Formatter): string =>
  `цель ${f.num(target)} ${up ? 'ниже' : 'выше'} базового значения ${f.num(baseline)}, а при виде «${up ? 'рост' : 'снижение'}» должна быть ${up ? 'выше' : 'ниже'}; ` +
  `поменяйте их местами или задайте вид «${up ? 'снижение' : 'рост'}».`;
const ZERO_WEIGHT = 'строка с весом 0 не входит в прогресс родительской';

/** The schema reader's sentences in Russian (the English ones: schema/schemaMessages.ts). */
export const RU_SCHEMA: { readonly [C in SchemaCode]: (params: ParamsOf<C>, f: Formatter) => string } = {
  'schema.column': (p) => COLUMN_LABELS_RU[p.column] ?? p.column,
  'schema.found': (p, f) => {
    switch (p.kind) {
      case 'nan': return 'не число';
      case 'null': return 'пустое значение';
      case 'undefined': return 'ничего';
      case 'empty_text': return 'пустой текст';
      case 'empty_cell': return 'пустая ячейка';
      case 'text': return `«${p.text}»`;
      case 'number': return f.num(Number(p.text));
      case 'boolean': return p.text === 'TRUE' ? 'ИСТИНА' : 'ЛОЖЬ';
      case 'bad_date': return 'недопустимая дата';
      case 'date': return `дата ${p.text}`;
      case 'list': return `список из ${f.count(p.count ?? 0, { one: 'значения', other: 'значений' })}`;
      case 'no_rows': return 'ни одной строки';
      default: return p.text === 'object' ? 'объект' : `значение типа ${p.text}`;
    }
  },
  'schema.cell': (p, f) => `Строка ${p.row}, столбец ${column(p.column)}: ожидается: ${f.msg(p.expected)}; найдено: ${f.msg(p.found)}. ${f.msg(p.hint)}`,

  'expect.number': () => 'число, например 1200, «1 200», «1,5» или «15 %»',
  'hint.number': () => 'Введите только число (можно со знаком валюты или %) или очистите ячейку.',
  'hint.decimal_comma': () => 'Здесь дробную часть отделяет точка («1.5»); для «1,5» выберите русский язык таблицы.',
  'expect.date': () => 'дата, например «02.07.2026» или «2026-07-02»',
  'hint.date': () => 'Введите дату как ДД.ММ.ГГГГ или задайте ячейке формат даты.',
  'hint.date_range': () => 'Проверьте год: нужен от 1000 до 9999.',
  'hint.no_such_day': () => 'Такого дня нет: проверьте день и месяц.',
  'expect.boolean': () => 'ИСТИНА/ЛОЖЬ, да/нет, выполнено/не выполнено, 1/0 или ✓/✗',
  'hint.boolean': () => 'Поставьте флажок, введите «да» / «нет» или очистите ячейку.',
  'expect.word': (p) => `одно из слов (${WORDS_RU[p.column]})`,
  'hint.word': () => 'Выберите одно из них или очистите ячейку (будет значение по умолчанию).',
  'expect.id': () => 'ID строки',
  'hint.missing_id': () => 'Строка пропущена: дайте ей короткий уникальный ID, например КР1.2.',
  'expect.title': () => 'название',
  'hint.missing_title': (p) => `Вместо названия показан ID «${p.id}»: введите название.`,
  'expect.weight': () => 'вес 0 или больше',
  'hint.weight': () => `Взят вес 1; ${ZERO_WEIGHT}.`,
  'hint.weight_rollup': () => `Вес 0 — ${ZERO_WEIGHT}.`,
  'expect.confidence': (_p, f) => `уверенность 0–1, 0–10 или ${f.pct(0)}–${f.pct(1)}`,
  'hint.confidence': (_p, f) => `Введите, например, ${f.num(0.7)}, 7 или ${f.pct(0.7)}.`,
  'expect.progress': (_p, f) => `прогресс, например ${f.num(0.78)}, 78 или ${f.pct(0.78)}`,
  'hint.progress': () => 'Введите его так или очистите ячейку.',
  'expect.status': () => 'статус: по плану, под угрозой, отстаёт, выполнено, закрыто или не начато',
  'hint.status': () => 'Он показан как есть и не учитывается.',

  'schema.check': (p, f) => `${at(p)}, столбец ${column(p.column)}: ${f.msg(p.text)}`,
  'check.degenerate': (p, f) => `цель равна базовому значению (${f.num(p.target)}): результат — только «выполнен» или «нет». Измените одно из них.`,
  'check.direction': (p, f) => wrongDirection(p.increase, p.target, p.baseline, f),
  'check.missing_baseline': () => 'ячейка пуста: прогресс — от 0, как в OKR_PROGRESS. Введите значение на начало периода, если оно не 0.',
  'check.missing_target': (p) => `у вида «${WORDS_RU_KIND[p.kind] ?? p.kind}» нужна цель, а ячейка пуста. Введите её или задайте вид «отслеживание».`,
  'check.low_above_high': (p, f) => `нижняя граница ${f.num(p.low)} выше верхней ${f.num(p.high)}. Поменяйте их местами.`,
  'check.end_before_start': (p, f) => `${stop(`окончание ${f.day(p.end)} раньше начала ${f.day(p.start)}`)} Исправьте одну из дат.`,

  'header.none': (p, f) => `Строка ${p.row}: нужны заголовки, хотя бы ID и «Название»; найдено: ${f.msg(p.found)}.`,
  'row.not_list': (p, f) => `Строка ${p.row}: ожидался список ячеек, найдено: ${f.msg(p.found)}.`,
  'header.duplicate': (p) => `Строка ${p.row}: два столбца ${column(p.column)}; читается «${p.kept}» (${p.keptAt}-й), пропущен «${p.dropped}» (${p.droppedAt}-й).`,
  'header.unknown': (p) => `Строка ${p.row}: пропущены столбцы не из OKR: ${quote(p.names)}. Переименуйте, если в них данные OKR.`,
  'header.missing': (p) => `Строка ${p.row}: нет столбца ${column(p.column)}. Добавьте его${p.column === 'ID' ? ' (уникальный код строки, например КР1.2): без него строки не читаются' : ''}.`,
  'checkins.missing_column': (p) => `Строка ${p.row}: нет столбца ${column(p.column)}. Нужны ID, «Дата» и «Значение».`,
  'checkins.incomplete': (p) => `Строка ${p.row}: у отметки нет ${p.noId ? 'ID' : 'даты'}; строка пропущена.`,

  'layout.column': (p) => (p.header === '' ? `столбец ${p.letter}` : `«${p.header}» (${p.letter})`),
  'layout.note': (p, f) => `${column(p.role)}: используется ${f.msg(p.using)}; пропущено: ${p.ignoring.map((m) => f.msg(m)).join(', ')}`,
  'layout.ignored': (p, f) => `Строка ${p.row}: ${f.msg(p.note)}.`,
  'sheet.default': () => 'лист',
  'ask.map_columns': () => 'Укажите это: Расширения ▸ Aligned OKRs ▸ Сопоставить столбцы…',
  'ask.no_header': (p, f) => `На листе${sheet(f, p)} в первых 20 строках нет заголовков OKR (ID, «Название», «Владелец»…). В какой строке они? ${f.msg(p.ask)}`,
  'ask.two_outlines': (p, f) => `На листе${sheet(f, p)} номера (1, 1.1…) есть в столбцах ${f.list(p.letters)}. Какой из них нумерует цели? ${f.msg(p.ask)}`,
  'ask.no_titles': (p, f) => `На листе${sheet(f, p)} (заголовок в строке ${p.row}) нет столбца с названиями целей. Где они? ${f.msg(p.ask)}`,
  'period.today_empty': (p) => `${p.period} (с сегодняшним днём) пуст`,
  'period.none_today': () => 'ни одна группа не включает сегодняшний день',
  'summary.nothing': (p, f) => `С листа${sheet(f, p)} ничего не прочитано.`,
  'summary.read': (p, f) => {
    const parts = [f.count(p.objectives, COUNT_FORMS.objectives), f.count(p.keyResults, COUNT_FORMS.keyResults)];
    if (p.initiatives > 0) parts.push(f.count(p.initiatives, COUNT_FORMS.initiatives));
    if (p.kpis > 0) parts.push(f.count(p.kpis, COUNT_FORMS.kpis));
    const from = p.from.map((m) => f.msg(m));
    const rows = p.first > 0 ? `, строки ${p.first}–${p.last},` : '';
    return `Лист${sheet(f, p)}${rows} прочитан как ${f.msg(p.layout)}: ${parts.join(', ')}${from.length > 0 ? '; ' + from.join('; ') : ''}.`;
  },
  'shape.table': (p) => `таблица${p.id ? ` с ID в ${p.id}` : ''}${p.parent ? ` и родителями в ${p.parent}` : ''}`,
  'shape.outline': (p) => `структура с номерами в ${p.at}`,
  'shape.fill-down': (p) => `столбцы целей и ключевых результатов (${p.objective}, ${p.keyResult}), цели протянуты вниз`,
  'shape.columns': (p) => `уровни по столбцам (цели в ${p.at}, ключевые результаты правее)`,
  'shape.indent': (p) => `список с отступами (названия в ${p.at})`,
  'shape.prefix': (p) => `список с префиксами «Цель:» / «КР:» (названия в ${p.at})`,
  'shape.typed': (p) => `список с типами («Тип» в ${p.at}, каждая строка под предыдущей)`,
  'shape.flat': (p) => `список (названия в ${p.at})`,
  'from.owner': (p) => `владелец из ${p.at}`,
  'from.values': (p, f) => `значения из ${p.period}${p.note ? ` (${f.msg(p.note)})` : ''}`,
  'from.progress': (p, f) => `прогресс из ${f.msg(p.column)}`,
  'from.status': (p) => `статус из ${p.at}`,
  'from.titles': () => 'ID построены из названий',
};
