import type { HealthCode, ScoreBand, StatusCode } from '../types';
import { EN, shortId } from './en';
import { formatDate } from './format';
import type { Formatter } from './formatter';
import type { Message, MessageCode, ParamsOf } from './message';
import { DAYS, KEY_RESULTS, ROWS } from './plural-words';
import { KINDS_RU, RU_SCHEMA, stop, wrongDirection } from './ru-schema';
import type { RuleField } from '../rules/eventMessages';

const ruleAt = (p: { index: number; name: string | null }): string => `Правило ${p.index}${p.name === null ? '' : ` («${p.name}»)`}`;
/** A stored rule's field: its name, what it should hold, what to do (English: rules/eventMessages.ts). */
const RULE_FIELDS_RU: Readonly<Record<RuleField, readonly [string, string, string]>> = {
  id: ['ID', 'короткий ID', 'Задайте ID, например «r1».'],
  duplicate_id: ['ID', 'ID, которого нет у других правил', 'Дайте каждому правилу свой ID.'],
  quietHours: ['тихие часы', 'начало и конец целыми часами 0–23', 'Без поля — в любой час.'],
  schedule: ['расписание', 'день недели 1–7 (1 — понедельник) и час 0–23', 'Без поля — понедельник, 09:00.'],
  timeZone: ['часовой пояс', 'пояс вида Регион/Город', 'Без поля — пояс документа.'],
  action: ['действие', 'владелец, адреса или оба', 'Отметьте владельца или добавьте адрес.'],
  'when.to': ['статусы', 'список статусов', 'Без поля — любая смена статуса.'],
  'when.level': ['порог', 'число или цель ключевого результата', 'Введите, например, 100.'],
  'when.direction': ['направление', 'вверх, вниз или в обе стороны', 'Без поля — в обе стороны.'],
  'when.event': ['событие', 'смена статуса, пересечение порога, устаревание, отметка или сводка', 'Выберите одно из них.'],
  scope: ['охват', 'все, уровень, владелец или список ID', 'Без поля — все ключевые результаты.'],
  'action.addresses': ['адреса', 'список адресов почты', 'По одному адресу в записи.'],
  address: ['адреса', 'адреса почты вида lead@example.com', 'Исправьте или удалите его.'],
};

/** A language's templates: one for every code, with the parameters the English one declares. */
export type Catalogue = { readonly [C in MessageCode]: (params: ParamsOf<C>, f: Formatter) => string };

/** Status words in Russian (the words people use in Russian OKR tools). */
export const STATUS_LABELS_RU: Readonly<Record<StatusCode, string>> = {
  achieved: 'Достигнуто',
  on_track: 'По плану',
  at_risk: 'Под угрозой',
  off_track: 'Отстаёт',
  not_started: 'Не начато',
  no_data: 'Нет данных',
  closed: 'Закрыто',
};

export const HEALTH_LABELS_RU: Readonly<Record<HealthCode, string>> = {
  healthy: 'В норме',
  watch: 'Внимание',
  unhealthy: 'Вне нормы',
  no_data: 'Нет данных',
};

const PREVIOUS_RU = { week: 'Прошлая неделя', month: 'Прошлый месяц', quarter: 'Прошлый квартал', year: 'Прошлый год' };
const UNIT_GENITIVE_RU = { week: 'недели', month: 'месяца', quarter: 'квартала', year: 'года' };

// Genitive after "из N" / "среди N": "из 1 дочернего элемента", "из 3 дочерних элементов".
const OF_CHILDREN = { one: 'дочернего элемента', other: 'дочерних элементов' };

// "0,7": scores and grades are shown with one decimal.
const one = (f: Formatter, value: number): string => f.num(value, { decimals: 1 });
/** "0,7, ожидаемых от обязательной OKR" (after "не ниже", "ниже"). */
const expected = (p: { expected: number; committed: boolean }, f: Formatter): string =>
  `${one(f, p.expected)}, ожидаемых от ${p.committed ? 'обязательной' : 'амбициозной'} OKR`;
const edge = (lower: boolean): string => `${lower ? 'нижняя' : 'верхняя'} граница`;
const PARENT = 'столбец «Родитель»';

/** "Условие (не) выполнялось на конец периода." / "Условие сейчас (не) выполняется." */
const condition = (not: string, past: boolean): string => `Условие ${past ? `${not}выполнялось на конец периода` : `сейчас ${not}выполняется`}.`;
/** A mail subject: about one key result by its title, or about several by their count. */
const subject = (p: { count: number; title: string }, f: Formatter, one: string, many: string): string =>
  p.count === 1 ? `${p.title}: ${one}` : `${f.count(p.count, KEY_RESULTS)}: ${many}`;

/** "«По плану» от 70 %, «Под угрозой» от 40 %". */
const thresholds = (p: { onTrack: number; atRisk: number }, f: Formatter): string =>
  `«${STATUS_LABELS_RU.on_track}» от ${f.pct(p.onTrack)}, «${STATUS_LABELS_RU.at_risk}» от ${f.pct(p.atRisk)}`;

function tail(f: Formatter, note: Message | null): string {
  const text = f.msg(note);
  return text === '' ? '' : `; ${text}`;
}

function place(p: { row?: number | null; id: string; capital?: boolean }): string {
  if (p.row !== undefined && p.row !== null) return `${p.capital === true ? 'Строка' : 'строка'} ${p.row}`;
  return `ID «${shortId(p.id)}»`;
}

/** The end day of a period in its zone, "31 декабря 2026 г.". */
const dayOf = (time: number, timeZone: string): string => formatDate(time, 'ru', timeZone);

// "в зелёной зоне".
const BAND_RU: Readonly<Record<ScoreBand, string>> = { green: 'зелёной', yellow: 'жёлтой', red: 'красной' };

function quoted(ids: readonly string[]): string {
  return ids.map((id) => `«${shortId(id)}»`).join(', ');
}

/**
 * The Russian catalogue. Column names are quoted as a Russian sheet names them
 * («Цель», «Факт», «Базовое значение», …); numbers, percentages and dates are printed
 * by the formatter with Russian conventions ("1 200", "12,5", "62 %", "15 мая 2027 г.").
 */
export const RU: Catalogue = {
  ...RU_SCHEMA,
  verbatim: EN.verbatim,

  'label.status': (p) => STATUS_LABELS_RU[p.code],
  'label.health': (p) => HEALTH_LABELS_RU[p.code],
  'count.key_results': (p, f) => f.count(p.count, KEY_RESULTS),
  'count.rows': (p, f) => f.count(p.count, ROWS),

  // Formulas without words read the same in both languages: one template, printed by the Russian formatter.
  'formula.linear': EN['formula.linear'],
  'progress.ok': EN['progress.ok'],
  'progress.capped': (p, f) =>
    `${f.pct(p.progress)} (без ограничения ${f.pct(p.raw)} = ${f.msg(p.formula)}${tail(f, p.note)})`,
  'progress.floored': (p, f) =>
    `${f.pct(0)}: значение ушло не в ту сторону (без ограничения ${f.pct(p.raw)} = ${f.msg(p.formula)}${tail(f, p.note)})`,
  'progress.overflow': (p, f) =>
    `Невозможно оценить: размах в ${f.msg(p.formula)} слишком мал; задайте базовое значение дальше от цели.`,
  'progress.invalid': (p, f) => `Невозможно оценить: ${f.msg(p.why)}`,
  'progress.no_data': (p, f) => `Нет данных: ${f.msg(p.what)}; введите последнее значение.`,
  'no_data.current': () => 'не заполнен «Факт»',
  'no_data.done': () => 'не указано, выполнено ли',
  'no_data.no_period_actual': () => 'ни за один период ещё нет факта',
  'progress.from_zero': (p, f) => `${f.msg(p.result)} (базовое значение не задано: отсчёт от 0, как в OKR_PROGRESS).`,
  'progress.track': () => 'Метрика без цели: для справки, без оценки и свёртки.',
  'progress.degenerate': (p, f) =>
    `${f.pct(p.met ? 1 : 0)}: цель равна базовому значению (${f.num(p.target)}), и выполнено, лишь если факт (${f.num(p.current)}) ` +
    `${p.direction === 'decrease' ? 'не выше' : 'не ниже'} цели. Для прогресса задайте другое базовое значение.`,
  'progress.empty_checklist': () => 'В чек-листе нет шагов: добавьте их.',
  'progress.zero_step_weights': () => 'У всех шагов вес 0: дайте хотя бы одному больше.',
  'progress.checklist': (p, f) => {
    const steps = `${p.doneCount} из ${p.count} ${f.plural(p.count, { one: 'шага', other: 'шагов' })}`;
    return `${f.pct(p.progress)} = ` + (p.equal ? `выполнено ${steps}` : `выполнен вес ${f.num(p.doneWeight)} из ${f.num(p.totalWeight)} (${steps})`);
  },
  'progress.done': (_p, f) => `${f.pct(1)}: выполнено`,
  'progress.not_done': (_p, f) => `${f.pct(0)}: ещё не выполнено`,
  'progress.periods': (p, f) =>
    `${f.pct(p.progress)} = условие выполнено в ${p.met} из ${p.elapsed} ${f.plural(p.elapsed, { one: 'периода', other: 'периодов' })} (${f.msg(p.condition)})` +
    (p.gaps > 0 ? `; периоды без факта (${p.gaps}) считаются невыполненными` : ''),
  'condition.threshold': EN['condition.threshold'],
  'condition.band': (p, f) => (p.inclusive ? `от ${f.num(p.low)} до ${f.num(p.high)}` : `строго между ${f.num(p.low)} и ${f.num(p.high)}`),
  'note.critical': (p, f) => `критическое значение ${f.num(p.critical)}`,
  'note.floor_target': (p, f) =>
    `${edge(p.fromFloor)} ${f.num(p.zeroAt)} даёт ${f.pct(0)}, цель ${f.num(p.target)} — ${f.pct(1)}`,
  'progress.threshold_met': (p, f) => `${f.pct(1)}: ${f.num(p.current)} ${p.symbol} ${f.num(p.target)} (выполнено)`,
  'progress.threshold_not_met': (p, f) => `${f.pct(0)}: условие ${f.num(p.current)} ${p.symbol} ${f.num(p.target)} не выполнено`,
  'progress.inside_range': (p, f) => `${f.pct(1)}: значение ${f.num(p.current)} — ${f.msg(p.band)}`,
  'progress.outside_range': (p, f) =>
    `${f.pct(p.progress)}${p.critical === null ? '' : ` = ${f.msg({ code: 'formula.linear', params: { current: p.current, zeroAt: p.critical, oneAt: p.edge } })}`}: ` +
    `${f.num(p.current)} ${p.below ? 'ниже' : 'выше'} диапазона ${f.num(p.low)}–${f.num(p.high)}` +
    (p.critical === null ? '' : `, критическое значение ${f.num(p.critical)} даёт ${f.pct(0)}`),

  'invalid.cap': (p, f) => `ограничение ${p.cap}: нужно больше 0 (1 = ${f.pct(1)}) или пусто (без ограничения).`,
  'invalid.kind': (p) => `вид «${p.kind}» неизвестен; используйте одно из слов: ${KINDS_RU}.`,
  'invalid.target_empty': () => 'не заполнена «Цель»: задайте значение на конец периода.',
  'invalid.baseline_empty': () => 'не заполнено «Базовое значение»: задайте значение на начало периода, часто 0.',
  'invalid.direction': (p, f) => wrongDirection(p.direction === 'increase', p.target, p.baseline, f),
  'invalid.step_weight': (p, f) => `у шага ${p.step} вес ${f.num(p.weight)}, а нужен 0 или больше (по умолчанию 1).`,
  'invalid.threshold_target': (p) => `не заполнена «Цель»: задайте ${p.above ? 'нижний' : 'верхний'} порог.`,
  'invalid.distance_critical': (p, f) =>
    `для режима «по расстоянию» задайте критическое ${p.above ? 'нижнее' : 'верхнее'} значение (даёт ${f.pct(0)}) или выберите бинарный режим.`,
  'invalid.critical_side': (p, f) =>
    `критическое значение ${f.num(p.critical)} должно быть ${p.above ? 'ниже' : 'выше'} цели ${f.num(p.target)}; сдвиньте одно из них.`,
  'invalid.mode': (p) => `режим «${p.mode}» неизвестен; выберите бинарный, по периодам или по расстоянию.`,
  'invalid.range_bounds': () => 'диапазону нужны «Нижняя граница» и ещё «Верхняя граница» или «Цель»; заполните пустое поле.',
  'invalid.low_above_high': (p, f) => `нижняя граница ${f.num(p.low)} выше верхней ${f.num(p.high)}; поменяйте их местами.`,
  'invalid.critical_inside': (p, f) =>
    `критическое ${p.below ? 'нижнее' : 'верхнее'} значение ${f.num(p.critical)} внутри диапазона, а должно быть ${p.below ? 'ниже нижней' : 'выше верхней'} границы.`,
  'invalid.floor_target': (p, f) =>
    `${edge(p.fromFloor)} ${f.num(p.zeroAt)} должна быть ${p.fromFloor ? 'ниже' : 'выше'} цели ${f.num(p.target)}; проверьте оба значения.`,

  'status.closed': () => 'Закрыто владельцем.',
  'status.not_started': () => 'Период ещё не начался.',
  'status.no_data': () => 'Нет текущего значения — нет и статуса.',
  'status.achieved': (p, f) => `Прогресс ${f.pct(p.progress)}: цель достигнута.`,
  'status.achievement': (p, f) =>
    `Выполнено ${f.pct(p.progress)} (${thresholds(p, f)}).`,
  'status.basis': (p, f) =>
    p.expected !== null
      ? `Выполнено ${f.pct(p.progress)}, ожидалось ${f.pct(p.expected)}`
      : `Выполнено ${f.pct(p.progress)}; периода нет — сравнение со всей целью`,
  'status.gap': (p, f) => {
    // "п. п." (процентные пункты) is how Russian writes a difference of percentages.
    return stop(`${f.msg(p.basis)}: ${p.gap > 0 ? `отставание ${f.num(p.gap * 100, { decimals: 0 })} п. п.` : 'отставания нет'}`);
  },
  'status.grace': (p, f) => `${f.msg(p.basis)}: ${p.behind ? `в пределах ${f.pct(p.grace)} от плана` : 'не хуже плана'}.`,
  'status.pace': (p, f) =>
    `${f.msg(p.basis)}: темп ${f.pct(p.ratio)} от плана (${thresholds(p, f)}).`,
  'status.condition_held': () => condition('', true),
  'status.condition_holds': () => condition('', false),
  'status.condition_failed': () => condition('не ', true),
  'status.condition_fails': () => condition('не ', false),
  'status.worst': (p, f) => `Худший статус среди ${p.count} ${f.plural(p.count, OF_CHILDREN)}: ${STATUS_LABELS_RU[p.code]}.`,
  'status.milestone_overdue': () => 'Не выполнено, срок прошёл.',
  'status.milestone_open': (p, f) => (p.due !== null ? stop(`Ещё не выполнено; срок — ${f.day(p.due)}`) : 'Ещё не выполнено.'),
  'verdict.no_grade': (p, f) => `Оценки пока нет; ${p.committed ? 'обязательная' : 'амбициозная'} OKR успешна при ${one(f, p.expected)}.`,
  'verdict.met': (p, f) => `${one(f, p.grade)}: не ниже ${expected(p, f)}.`,
  'verdict.below': (p, f) => `${one(f, p.grade)}: ниже ${expected(p, f)}${p.committed ? '; разберите причины' : ''}.`,

  'cascade.nothing': (p) => `Нечего оценивать: пока нет ${p.objective ? 'ключевых результатов и дочерних целей' : 'вида и значений'}.`,
  'cascade.coverage': (p) => `данные есть у ${p.reporting} из ${p.total}`,
  'cascade.sum_none': (p, f) =>
    `Суммировать нечего (${f.msg({ code: 'cascade.coverage', params: p })}).`,
  'cascade.sum': (p, f) =>
    `Факт ${f.num(p.current)} = сумма фактов ${p.reporting} из ${p.total} ${f.plural(p.total, OF_CHILDREN)}` +
    `${p.noBaseline ? ' (без базового значения: от 0)' : ''}; ${f.msg(p.result)}`,
  'rollup.notes': (p, f) => {
    // "1 … не учитывается", "3 … не учитываются": the verb agrees with the count.
    const note = (n: number, what: string, one: string, other: string): string => (n > 0 ? `; ${n} ${what} ${f.plural(n, { one, other })}` : '');
    return note(p.informational, 'с весом 0', 'не учитывается', 'не учитываются') +
      note(p.invalid, 'с отрицательным или нечисловым весом', 'пропущен', 'пропущены') +
      note(p.zeroed, 'без данных', 'засчитан как 0', 'засчитаны как 0');
  },
  'rollup.none_weighted': (p, f) => `Нет ${p.noun || 'дочерних элементов'} с весом больше 0 для свёртки${f.msg(p.notes)}.`,
  'rollup.no_data': (p, f) =>
    // Only when no child reports: "данные есть у 0 из N" would repeat it.
    `Ни у одного из ${p.total} ${p.noun || f.plural(p.total, OF_CHILDREN)} пока нет данных${f.msg(p.notes)}.`,
  'rollup.ok': (p, f) => {
    const how = p.how === 'lowest' ? 'минимум' : p.how === 'mean' ? 'среднее' : 'взвешенное среднее';
    return `Данные есть у ${p.reporting} из ${p.total} ${p.noun || f.plural(p.total, OF_CHILDREN)}, ${how} ${f.pct(p.progress)}${f.msg(p.notes)}.`;
  },

  'grade.label': (p, f) => `${one(f, p.score)}${p.projected ? ' прогноз' : ''}`,
  'grade.no_data': () => 'Оценки нет: пока нет данных.',
  'grade.current': (p, f) => `Оценка ${one(f, p.score)} за сделанные ${f.pct(p.progress)}: у периода нет конца.`,
  'grade.final': (p, f) =>
    `Итоговая оценка ${one(f, p.score)}: к концу периода (${dayOf(p.end, p.timeZone)}) сделано ${f.pct(p.progress)}.`,
  'grade.no_projection': (p, f) => `Прогноза пока нет: ${f.msg(p.why) || 'не из чего строить'}.`,
  'grade.projected': (p, f) => {
    const how = { trend: 'по тренду отметок', pace: 'при нынешнем темпе', rollup: 'по прогнозам дочерних элементов', hold: 'при неизменном прогрессе' }[p.method];
    return `Прогноз ${one(f, p.score)}: к ${dayOf(p.end, p.timeZone)} ${how} ${f.pct(p.progress)}.`;
  },
  'projection.no_data': () => 'пока нет данных',
  'projection.track': () => 'отслеживаемая метрика не оценивается',
  'projection.milestone_open': (_p, f) => `ещё не выполнено (выполненная веха — ${one(f, 1)})`,
  'projection.no_period': () => 'нет конца периода для прогноза',
  'projection.no_day': () => 'не прошло ни одного полного дня периода',
  'projection.no_child': () => 'у дочерних элементов нет прогнозов',
  'grade.note': (p, f) => {
    const final = p.basis === 'final';
    const what = `${STATUS_LABELS_RU[p.status]}: ${final ? 'итоговая ' : ''}оценка ${one(f, p.score)}${p.basis === 'projected' ? ' (прогноз)' : ''}`;
    if (p.case === 'achieved') return `${what}${final ? '' : ' станет итоговой в конце периода'}; цель достигнута.`;
    const reached = f.pct(p.progress);
    const grades = `${what} — за ${reached}${final ? '' : ' к концу периода'}`;
    if (p.case === 'status_better') {
      return `${grades}, а статус сравнивает прогресс со временем${p.trend ? '; тренд отметок медленнее среднего темпа' : ''}.`;
    }
    const bar = final ? 'статус требует к концу большего' : 'прогресс отстаёт от темпа';
    return `${grades}, в ${BAND_RU[p.band]} зоне (зелёная — от ${one(f, 0.7)}), хотя ${bar}.`;
  },

  'stale.never': () => 'не обновлялось',
  'stale.age': (p, f) =>
    p.days === 0 ? 'обновлено сегодня' : `обновлено ${f.count(p.days, DAYS)} назад`,

  'event.status_changed': (p) => `${p.id} «${p.title}»: теперь ${STATUS_LABELS_RU[p.to]} (было ${STATUS_LABELS_RU[p.from]}).`,
  'event.became_stale': (p, f) =>
    `${p.id} «${p.title}» давно не обновлялся: ${f.msg(p.age)}, а ожидается раз в ${f.count(p.cadenceDays, DAYS)}.`,
  'event.checkin_due': (p, f) => `${p.id} «${p.title}»: пора отметить прогресс (${f.msg(p.age)}).`,
  'event.crossed': (p, f) => {
    const unit = p.unit && p.unit !== '%' ? ` ${p.unit}` : p.unit;
    return `${p.id} «${p.title}» ${p.up ? 'поднялся выше' : 'опустился ниже'} ${f.num(p.level)}${unit}: ${f.num(p.from)} → ${f.num(p.to)}${unit}.`;
  },

  'state.explain': (p, f) => `${STATUS_LABELS_RU[p.status]}: ${f.msg(p.said)}${p.figure ? ` ${f.msg(p.figure)}` : ''}`,
  'mail.checkin_due': (p, f) => `Пора отметить прогресс: ${p.count === 1 ? p.title : f.count(p.count, KEY_RESULTS)}`,
  'mail.status_changed': (p, f) => subject(p, f, `теперь ${STATUS_LABELS_RU[p.status]}`, 'статус изменился'),
  'mail.crossed': (p, f) => subject(p, f, `${p.up ? 'выше' : 'ниже'} ${f.num(p.level)}`, 'пересечён порог'),
  'mail.became_stale': (p, f) => (p.count === 1 ? `${p.title} давно не обновлялся (${f.msg(p.age)})` : subject(p, f, '', 'давно нет обновлений')),
  'mail.digest': (p, f) => `Сводка OKR за неделю с ${p.slot}: ${f.msg(p.first)}`,
  'mail.unaddressed': (p) => `Нет адреса владельца «${p.owner || '—'}» (${p.id}): добавьте столбец «Почта» или лист «Люди».`,
  'digest.counts': (p, f) => p.counts.map(([code, n]) => `${STATUS_LABELS_RU[code].toLowerCase()}: ${f.num(n)}`).join(', '),
  'digest.none': () => 'Ключевых результатов пока нет.',
  'digest.root': (p, f) => `${p.id} ${p.title}: ${f.pct(p.progress)} (${STATUS_LABELS_RU[p.status]})`,
  'digest.weakest': (p, f) => `Самая слабая ветка: ${p.titles.join(' › ')}, ${f.pct(p.progress)} (${STATUS_LABELS_RU[p.status]}). ${f.msg(p.said)}`,
  'rule.default_name': (p) =>
    p.id === 'weekly-check-in' ? 'Еженедельное напоминание об отметке' : p.id === 'status-alerts' ? 'Сообщать владельцу об отставании' : 'Еженедельная сводка для руководства',
  'rule.not_list': (p, f) => `Правила: ожидается: список правил; найдено: ${f.msg(p.found)}. Откройте «Автоматизации…» и сохраните их заново.`,
  'rule.not_object': (p, f) => `${ruleAt(p)}: ожидается: правило; найдено: ${f.msg(p.found)}. Удалите его или добавьте заново в «Автоматизациях…».`,
  'rule.bad_field': (p, f) => {
    const [field, expected, hint] = RULE_FIELDS_RU[p.field];
    return `${ruleAt(p)}, поле «${field}»: ожидается: ${expected}; найдено: ${f.msg(p.found)}${p.field === 'duplicate_id' ? ' дважды' : ''}. ${hint}`;
  },
  'automation.bad_email': (p) => `Строка ${p.row}, столбец «Почта»: «${p.text}» — не адрес почты: исправьте его, иначе владелец не получит писем.`,
  'automation.bad_cadence': (p, f) =>
    `Строка ${p.row}, столбец «Отмечать каждые»: найдено «${p.raw}», а нужно число дней (1–366) или «еженедельно», «раз в месяц»; пустая ячейка — ${f.count(p.days, DAYS)}.`,

  'problem.duplicate_id': (p, f) =>
    `ID «${shortId(p.id)}» повторяется (${f.list(p.places.map((at) => place(at)))}), а у каждой строки должен быть свой. Учтена только первая: дайте остальным новые ID.`,
  'problem.unknown_parent': (p) =>
    `${place({ ...p, capital: true })}, ${PARENT}: ожидался ID строки, найдено «${shortId(p.parent)}» — такой строки нет. Пока «${shortId(p.id)}» — цель верхнего уровня: исправьте «Родитель» или добавьте строку.`,
  'problem.cycle': (p) => {
    const named = p.ids.length > 50 ? [...p.ids.slice(0, 50), `… и ещё ${p.ids.length - 50}`] : p.ids;
    const what =
      p.ids.length === 1
        ? `«${shortId(p.ids[0])}» указан родителем самого себя`
        : `${quoted(named)} замыкаются в круг: каждая — дочерняя для следующей`;
    return `${place({ row: p.row, id: p.ids[0], capital: true })}, ${PARENT}: ${what}; ожидалось дерево. Эти строки не оцениваются: измените «Родитель» у одной из них.`;
  },
  'problem.too_deep': (p) =>
    `Строк глубже ${p.maxDepth} уровней под целью верхнего уровня: ${p.count} (${quoted(p.shown)}${p.count > 5 ? ` и ещё ${p.count - 5}` : ''}); ` +
    `допустимо не больше ${p.maxDepth}. Они не оцениваются: привяжите их к цели выше.`,

  'window.label': (p, f) =>
    p.days !== null
      ? `Последние ${f.count(p.days, DAYS)}`
      : p.unit === null
        ? 'Период OKR'
        : p.previous
          ? PREVIOUS_RU[p.unit]
          : `С начала ${UNIT_GENITIVE_RU[p.unit]}`,

  'trend.no_target': () => 'Прогноза нет: не задана цель.',
  'trend.no_period': () => 'Прогноза нет: задайте начало и конец периода.',
  'trend.few_days': (p, f) =>
    `Прогноза пока нет: отметки есть за ${f.count(p.days, DAYS)}, нужно не меньше ${p.needed}.`,
  'trend.too_early': (p, f) =>
    `Прогноза пока нет: период начался ${f.num(p.days, { decimals: 0 })} ${f.plural(Math.round(p.days), DAYS)} назад, ` +
    `а нужно больше ${p.needed} ${f.plural(p.needed, { one: 'дня', other: 'дней' })}.`,
  'trend.progress_outside': (p, f) => `Прогноза нет: прогресс ${f.pct(p.progress)}, а тренд строится только при ${f.pct(0.1)}–${f.pct(1)}.`,
  'trend.same_moment': () => 'Прогноза нет: все отметки в один момент.',
  'trend.ok': (p, f) =>
    `Тренд по отметкам за ${f.count(p.days, DAYS)}: ${f.num(p.slope)} в день, ` +
    `${f.num(p.valueAtEnd)} к концу периода (${f.pct(p.projected)} от цели); ` +
    stop(p.completion === null ? 'цель не достигается' : `цель достигается примерно ${f.day(p.completion)}`) +
    (p.offTrack ? ' Темп в норме, но тренд отстаёт.' : ''),

  'health.no_bounds': () => 'Нет данных: задайте нижнюю или верхнюю границу нормы.',
  'health.no_value': () => 'Нет данных: у KPI нет текущего значения.',
  'health.low_above_high': (p, f) => `Нет данных: нижняя граница ${f.num(p.low)} выше верхней ${f.num(p.high)}; поменяйте их местами.`,
  'health.band': (p, f) =>
    p.low !== null && p.high !== null ? `${f.num(p.low)}–${f.num(p.high)}` : p.low !== null ? `не ниже ${f.num(p.low)}` : `не выше ${f.num(p.high)}`,
  'health.healthy': (p, f) => `${f.num(p.value)} в пределах нормы (${f.msg(p.band)}).`,
  'health.outside': (p, f) =>
    `${f.num(p.value)} ${p.below ? 'ниже' : 'выше'} нормы (${f.msg(p.band)}) на ${f.num(p.distance)}, ${p.watch ? 'в пределах' : 'за пределами'} допуска ${f.num(p.margin)}.`,
};
