import type { EN_SCHEMA } from '../schema/schemaMessages';
import type { Formatter } from './formatter';
import type { ParamsOf } from './message';

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
const WORDS_RU = {
  Level: 'миссия, стратегия, год, квартал, месяц, неделя, задача',
  Type: 'цель, ключевой результат, инициатива, КПЭ',
  Kind: 'рост, снижение, не ниже, не выше, диапазон, веха, отслеживание',
};

const WORDS_RU_KIND: Readonly<Record<string, string>> = {
  increase: 'рост',
  decrease: 'снижение',
  above: 'не ниже',
  below: 'не выше',
  range: 'диапазон',
  milestone: 'веха',
  track: 'отслеживание',
};

const column = (name: string): string => `«${COLUMN_LABELS_RU[name] ?? name}»`;
const at = (p: { row?: number | null; id?: string }): string => (p.row !== undefined && p.row !== null ? `Строка ${p.row}` : `ID «${p.id ?? ''}»`);
const quote = (items: readonly string[]): string => items.map((item) => `«${item}»`).join(', ');
const sheet = (f: Formatter, p: ParamsOf<'summary.nothing'>): string => `«${f.msg(p.sheet)}»`;
const COUNT_FORMS = {
  objectives: { one: 'цель', few: 'цели', many: 'целей', other: 'цели' },
  keyResults: { one: 'ключевой результат', few: 'ключевых результата', many: 'ключевых результатов', other: 'ключевого результата' },
  initiatives: { one: 'инициатива', few: 'инициативы', many: 'инициатив', other: 'инициативы' },
  kpis: { one: 'КПЭ', other: 'КПЭ' },
};

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
      default: return `значение типа ${p.text}`;
    }
  },
  'schema.cell': (p, f) => `Строка ${p.row}, столбец ${column(p.column)}: ожидалось ${f.msg(p.expected)}, найдено ${f.msg(p.found)}. ${f.msg(p.hint)}`,

  'expect.number': () => 'число, например 1200, «1 200», «1,5», «1,2 млн ₽», «15 %» или «(12)»',
  'hint.number': () => 'Введите только число (знак валюты, суффикс k/M/B или знак % допустимы) или очистите ячейку, если значения пока нет.',
  'hint.decimal_comma': () => 'В этой таблице дробная часть отделяется точкой («1.5»), а запятая разделяет тысячи («1,200»); укажите русский язык таблицы, чтобы писать «1,5».',
  'expect.date': () => 'дата: ячейка с датой, текст «02.07.2026», «2026-07-02» или «2026-07-02T09:30» либо миллисекунды с 1970 года',
  'hint.date': () => 'Введите дату как ДД.ММ.ГГГГ или задайте ячейке формат даты.',
  'hint.date_range': () => 'Дата должна быть между 1000 и 9999 годом: проверьте год.',
  'hint.no_such_day': () => 'Такого дня нет в календаре: проверьте день и месяц.',
  'expect.boolean': () => 'ИСТИНА или ЛОЖЬ (а также да/нет, выполнено/не выполнено, 1/0, ✓/✗)',
  'hint.boolean': () => 'Поставьте флажок или введите «выполнено» / «не выполнено»; очистите ячейку, если это пока неизвестно.',
  'expect.word': (p) => `одно из слов: ${WORDS_RU[p.column]}`,
  'hint.word': () => 'Выберите одно из этих слов или очистите ячейку, чтобы взять значение по умолчанию.',
  'expect.id': () => 'ID строки',
  'hint.missing_id': () => 'Строка пропущена: дайте ей короткий уникальный ID, например КР1.2.',
  'expect.title': () => 'название',
  'hint.missing_title': (p) => `Вместо названия показан ID «${p.id}»: введите короткое название цели.`,
  'expect.weight': () => 'вес 0 или больше',
  'hint.weight': () => 'Взят вес по умолчанию 1: введите 0, чтобы не учитывать строку в родительской, или положительный вес.',
  'hint.weight_rollup': () => 'Введите 0, чтобы строка не входила в прогресс родительской.',
  'expect.confidence': (_p, f) => `уверенность от 0 до 1 (или 0–10, или ${f.pct(0)}–${f.pct(1)})`,
  'hint.confidence': (_p, f) => `Введите, например, ${f.num(0.7)}, 7 или ${f.pct(0.7)}.`,
  'expect.progress': (_p, f) => `прогресс, например ${f.num(0.78)}, 78 или ${f.pct(0.78)}`,
  'hint.progress': () => 'Введите его так или очистите ячейку.',
  'expect.status': () => 'статус: по плану, под угрозой, отстаёт, выполнено, закрыто или не начато',
  'hint.status': () => 'Он показан как введён и не учитывается: введите одно из этих слов, чтобы его прочитать.',

  'schema.check': (p, f) => `${at(p)}, столбец ${column(p.column)}: ${f.msg(p.text)}`,
  'check.degenerate': (p, f) =>
    `цель должна отличаться от базового значения, а оба равны ${f.num(p.target)}. Ключевой результат может быть только выполнен или нет: измените «Цель» или «Базовое значение».`,
  'check.direction': (p, f) =>
    `для вида «${p.increase ? 'рост' : 'снижение'}» цель должна быть ${p.increase ? 'выше' : 'ниже'} базового значения, а базовое значение ${f.num(p.baseline)}, цель ${f.num(p.target)}. Поменяйте местами «Базовое значение» и «Цель» или измените «Вид».`,
  'check.missing_baseline': () =>
    'ожидалось значение на начало периода, а ячейка пуста. Прогресс считается от 0, как в OKR_PROGRESS: введите начальное значение, если оно не 0.',
  'check.missing_target': (p) =>
    `у ключевого результата вида «${WORDS_RU_KIND[p.kind] ?? p.kind}» нужна цель, а ячейка пуста. Введите значение, которого нужно достичь, или задайте вид «отслеживание».`,
  'check.low_above_high': (p, f) =>
    `нижняя граница должна быть не выше верхней, а нижняя ${f.num(p.low)}, верхняя ${f.num(p.high)}. Поменяйте значения местами.`,
  'check.end_before_start': (p, f) =>
    `окончание должно быть не раньше начала (${f.day(p.start)}), а указано ${f.day(p.end)}. Исправьте «Окончание» или «Начало».`,

  'header.none': (p, f) =>
    `Строка ${p.row}: ожидалась строка заголовков с названиями столбцов (хотя бы ID и «Название»), найдено: ${f.msg(p.found)}. Поместите названия столбцов в первую строку.`,
  'row.not_list': (p, f) => `Строка ${p.row}: ожидался список ячеек, найдено: ${f.msg(p.found)}. Каждая строка должна быть массивом значений ячеек.`,
  'header.duplicate': (p) =>
    `Строка ${p.row}: для ${column(p.column)} нужен один столбец, найдено два. Используется «${p.kept}» (столбец ${p.keptAt}), пропущен «${p.dropped}» (столбец ${p.droppedAt}). Переименуйте или удалите второй, если в нём что-то другое.`,
  'header.unknown': (p, f) =>
    `Строка ${p.row}: ${f.plural(p.names.length, { one: 'столбец', few: 'столбцы', many: 'столбцы', other: 'столбцы' })} ${quote(p.names)} не ${f.plural(p.names.length, { one: 'относится', other: 'относятся' })} к OKR и ${f.plural(p.names.length, { one: 'пропущен', other: 'пропущены' })}. Переименуйте, если там данные OKR (столбцы OKR: ${p.columns.map((c) => COLUMN_LABELS_RU[c] ?? c).join(', ')}).`,
  'header.missing': (p) =>
    `Строка ${p.row}: среди заголовков нет столбца ${column(p.column)}. Добавьте его${p.column === 'ID' ? ' (короткий уникальный код строки, например Ц1 или КР1.2); без него ни одну строку не прочитать' : ''}.`,
  'checkins.missing_column': (p) =>
    `Строка ${p.row}: среди заголовков нет столбца отметок ${column(p.column)}. Добавьте столбцы ID, «Дата» и «Значение».`,
  'checkins.incomplete': (p) => `Строка ${p.row}: у отметки нужны ID и дата, а ${p.noId ? 'ID нет' : 'даты нет'}. Строка пропущена: заполните оба.`,

  'layout.column': (p) => (p.header === '' ? `столбец ${p.letter}` : `«${p.header}» (${p.letter})`),
  'layout.note': (p, f) => `${column(p.role)}: используется ${f.msg(p.using)}; пропущено: ${p.ignoring.map((m) => f.msg(m)).join(', ')}`,
  'layout.ignored': (p, f) => `Строка ${p.row}: ${f.msg(p.note)}.`,
  'sheet.default': () => 'лист',
  'ask.map_columns': () => 'Укажите это в окне сопоставления столбцов (меню «Расширения», затем Aligned OKRs).',
  'ask.no_header': (p, f) =>
    `На листе ${sheet(f, p)} не найдены заголовки: ни одна из первых 20 строк не называет двух столбцов OKR (ID, «Название», «Ключевой результат», «Владелец», «Цель»…). В какой строке названия столбцов? ${f.msg(p.ask)}`,
  'ask.two_outlines': (p, f) =>
    `В столбцах ${f.list(p.letters)} листа ${sheet(f, p)} есть номера структуры (1, 1.1…). Какой из них нумерует цели? ${f.msg(p.ask)}`,
  'ask.no_titles': (p, f) =>
    `Строка ${p.row} листа ${sheet(f, p)} — заголовок без столбца с названиями целей («Название», «Ключевой результат» или текст). В каком столбце они? ${f.msg(p.ask)}`,
  'period.today_empty': (p) => `${p.period}, куда попадает сегодняшний день, пуст`,
  'period.none_today': () => 'ни одна группа не включает сегодняшний день',
  'summary.nothing': (p, f) => `С листа ${sheet(f, p)} ничего не прочитано.`,
  'summary.read': (p, f) => {
    const parts = [f.count(p.objectives, COUNT_FORMS.objectives), f.count(p.keyResults, COUNT_FORMS.keyResults)];
    if (p.initiatives > 0) parts.push(f.count(p.initiatives, COUNT_FORMS.initiatives));
    if (p.kpis > 0) parts.push(f.count(p.kpis, COUNT_FORMS.kpis));
    const from = p.from.map((m) => f.msg(m));
    const rows = p.first > 0 ? `, строки ${p.first}–${p.last},` : '';
    return `Лист ${sheet(f, p)}${rows} прочитан как ${f.msg(p.layout)}: ${parts.join(', ')}${from.length > 0 ? '; ' + from.join('; ') : ''}.`;
  },
  'shape.table': (p) => `таблица${p.id ? ` с ID в ${p.id}` : ''}${p.parent ? ` и родителями в ${p.parent}` : ''}`,
  'shape.outline': (p) => `структура с номерами (номера в ${p.at})`,
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
