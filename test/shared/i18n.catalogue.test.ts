import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  LOCALES,
  buildCascade,
  evaluateCascade,
  explain,
  generateAbcDemo,
  healthLabel,
  kpiHealth,
  msg,
  parseRows,
  parseRules,
  readSheet,
  DEFAULT_RULES,
  resolveWindow,
  rollupColumns,
  WINDOW_SPECS,
  renderMessage,
  rollup,
  scoreKeyResult,
  scoreVerdict,
  status,
  statusLabel,
  STATUS_LABELS,
  trendForecast,
  type Message,
  type MessageCode,
  type ParamsOf,
} from '@aligned/core';

// One example per code, with every branch a template has that changes its words. A new
// code without an example fails the first test below, so nobody adds a code untested.
const DAY = 86_400_000;
const f = (code: MessageCode, params: object): Message => ({ code, params: params as Record<string, unknown> });
const formula = f('formula.linear', { current: 31.5, zeroAt: -12, oneAt: 1200 });
/** Every field a stored rule's problem can name (ParamsOf<'rule.bad_field'>['field']), each sampled below. */
const RULE_FIELDS: ParamsOf<'rule.bad_field'>['field'][] = ['id', 'duplicate_id', 'quietHours', 'schedule', 'timeZone', 'action', 'when.to', 'when.level', 'when.direction', 'when.event', 'scope', 'action.addresses', 'address'];
const SAMPLES: { [C in MessageCode]: ParamsOf<C>[] } = {
  verbatim: [{ text: '42' }],
  'label.status': Object.keys(STATUS_LABELS).map((code) => ({ code: code as keyof typeof STATUS_LABELS })),
  'label.health': [{ code: 'healthy' }, { code: 'watch' }, { code: 'unhealthy' }, { code: 'no_data' }],
  'count.key_results': [{ count: 1 }, { count: 2 }, { count: 5 }, { count: 21 }, { count: 1.5 }],
  'count.rows': [{ count: 1 }, { count: 3 }, { count: 11 }],
  'formula.linear': [{ current: 31, zeroAt: 12, oneAt: 43 }, { current: -1.25, zeroAt: -3, oneAt: 0.5 }],
  'progress.ok': [{ progress: 0.62, formula, note: null }, { progress: 0.5, formula, note: f('note.critical', { critical: 3 }) }],
  'progress.capped': [{ progress: 1, raw: 1.25, formula, note: null }],
  'progress.floored': [{ raw: -0.2, formula, note: f('note.floor_target', { fromFloor: true, zeroAt: 1, target: 2 }) }],
  'progress.overflow': [{ formula }],
  'progress.invalid': [{ why: f('invalid.target_empty', {}) }],
  'progress.no_data': [{ what: f('no_data.current', {}) }, { what: f('no_data.done', {}) }, { what: f('no_data.no_period_actual', {}) }],
  'no_data.current': [{}],
  'no_data.done': [{}],
  'no_data.no_period_actual': [{}],
  'progress.from_zero': [{ result: f('progress.ok', { progress: 0.62, formula, note: null }) }],
  'progress.track': [{}],
  'progress.degenerate': [
    { met: true, target: 5, current: 6, direction: 'increase' },
    { met: false, target: 5, current: 6, direction: 'decrease' },
  ],
  'progress.empty_checklist': [{}],
  'progress.zero_step_weights': [{}],
  'progress.checklist': [
    { progress: 0.5, equal: true, doneWeight: 1, totalWeight: 2, doneCount: 1, count: 2 },
    { progress: 0.75, equal: false, doneWeight: 3, totalWeight: 4, doneCount: 1, count: 21 },
  ],
  'progress.done': [{}],
  'progress.not_done': [{}],
  'progress.periods': [
    { progress: 0.5, met: 1, elapsed: 2, condition: f('condition.threshold', { symbol: '≥', target: 9 }), gaps: 0 },
    { progress: 0.25, met: 1, elapsed: 1, condition: f('condition.band', { inclusive: false, low: 1, high: 2 }), gaps: 1 },
    { progress: 0.25, met: 1, elapsed: 5, condition: f('condition.band', { inclusive: true, low: 1, high: 2 }), gaps: 3 },
  ],
  'condition.threshold': [{ symbol: '<', target: 1200 }],
  'condition.band': [{ inclusive: true, low: 30, high: 50 }, { inclusive: false, low: 30, high: 50 }],
  'note.critical': [{ critical: 4 }],
  'note.floor_target': [{ fromFloor: true, zeroAt: 220_000, target: 240_000 }, { fromFloor: false, zeroAt: 9, target: 3 }],
  'progress.threshold_met': [{ current: 9.5, symbol: '≥', target: 9 }],
  'progress.threshold_not_met': [{ current: 8, symbol: '≥', target: 9 }],
  'progress.inside_range': [{ current: 40, band: f('condition.band', { inclusive: true, low: 30, high: 50 }) }],
  'progress.outside_range': [
    { progress: 0.5, current: 25, below: true, low: 30, high: 50, critical: 20, edge: 30 },
    { progress: 0, current: 55, below: false, low: 30, high: 50, critical: null, edge: 50 },
  ],
  'invalid.cap': [{ cap: '-1' }],
  'invalid.kind': [{ kind: 'рост?' }],
  'invalid.target_empty': [{}],
  'invalid.baseline_empty': [{}],
  'invalid.direction': [
    { target: 5, baseline: 10, direction: 'increase' },
    { target: 10, baseline: 5, direction: 'decrease' },
  ],
  'invalid.step_weight': [{ step: 2, weight: -1 }, { step: 3, weight: null }],
  'invalid.threshold_target': [{ above: true }, { above: false }],
  'invalid.distance_critical': [{ above: true }, { above: false }],
  'invalid.critical_side': [{ above: true, critical: 10, target: 5 }, { above: false, critical: 1, target: 5 }],
  'invalid.mode': [{ mode: '7' }],
  'invalid.range_bounds': [{}],
  'invalid.low_above_high': [{ low: 5, high: 1 }],
  'invalid.critical_inside': [{ below: true, critical: 35 }, { below: false, critical: 45 }],
  'invalid.floor_target': [{ fromFloor: true, zeroAt: 5, target: 1 }, { fromFloor: false, zeroAt: 1, target: 5 }],
  'status.closed': [{}],
  'status.not_started': [{}],
  'status.no_data': [{}],
  'status.achieved': [{ progress: 1 }],
  'status.achievement': [{ progress: 0.8, onTrack: 0.9, atRisk: 0.75 }],
  'status.basis': [{ progress: 0.4, expected: 0.5 }, { progress: 0.4, expected: null }],
  'status.gap': [
    { basis: f('status.basis', { progress: 0.4, expected: 0.5 }), gap: 0.1 },
    { basis: f('status.basis', { progress: 0.4, expected: 0.42 }), gap: 0.02 },
    { basis: f('status.basis', { progress: 0.4, expected: 0.3 }), gap: -0.1 },
  ],
  'status.grace': [
    { basis: f('status.basis', { progress: 0.4, expected: 0.42 }), behind: true, grace: 0.05 },
    { basis: f('status.basis', { progress: 0.4, expected: 0.3 }), behind: false, grace: 0.05 },
  ],
  'status.pace': [{ basis: f('status.basis', { progress: 0.3, expected: 0.5 }), ratio: 0.6, onTrack: 0.9, atRisk: 0.7 }],
  'status.condition_held': [{}],
  'status.condition_holds': [{}],
  'status.condition_failed': [{}],
  'status.condition_fails': [{}],
  'status.worst': [{ count: 1, code: 'off_track' }, { count: 3, code: 'at_risk' }],
  'status.milestone_overdue': [{}],
  'status.milestone_open': [{ due: Date.UTC(2027, 4, 15) }, { due: null }],
  'verdict.no_grade': [{ committed: true, expected: 1 }, { committed: false, expected: 0.7 }],
  'verdict.met': [{ grade: 0.7, expected: 0.7, committed: false }],
  'verdict.below': [{ grade: 0.9, expected: 1, committed: true }, { grade: 0.5, expected: 0.7, committed: false }],
  'grade.label': [{ score: 0.9, projected: true }, { score: 0.7, projected: false }],
  'grade.no_data': [{}],
  'grade.current': [{ score: 0.6, progress: 0.62 }],
  'grade.final': [{ score: 0.7, progress: 0.68, end: Date.UTC(2027, 11, 31, 12), timeZone: 'Europe/Moscow', day: '31 Dec' }],
  'grade.no_projection': [{ why: f('projection.no_day', {}) }, { why: null }],
  'grade.projected': (['trend', 'pace', 'rollup', 'hold'] as const).map((method) => ({
    score: 0.9,
    progress: 0.88,
    method,
    end: Date.UTC(2027, 2, 31, 21),
    timeZone: 'Europe/Moscow',
    day: '1 Apr',
  })),
  'projection.no_data': [{}],
  'projection.track': [{}],
  'projection.milestone_open': [{}],
  'projection.no_period': [{}],
  'projection.no_day': [{}],
  'projection.no_child': [{}],
  'grade.note': [
    { status: 'achieved', label: 'Achieved', case: 'achieved', basis: 'projected', score: 1, progress: 1, trend: false, band: 'green' },
    { status: 'on_track', label: 'On track', case: 'status_better', basis: 'projected', score: 0.6, progress: 0.62, trend: true, band: 'yellow' },
    { status: 'on_track', label: 'On track', case: 'status_better', basis: 'final', score: 0.3, progress: 0.3, trend: false, band: 'red' },
    { status: 'at_risk', label: 'At risk', case: 'score_better', basis: 'projected', score: 0.8, progress: 0.78, trend: false, band: 'green' },
    { status: 'off_track', label: 'Off track', case: 'score_better', basis: 'final', score: 0.7, progress: 0.7, trend: false, band: 'green' },
    { status: 'at_risk', label: 'At risk', case: 'score_better', basis: 'current', score: 0.8, progress: 0.8, trend: false, band: 'green' },
  ],
  'stale.never': [{}],
  'stale.age': [{ days: 0 }, { days: 1 }, { days: 3 }, { days: 12 }],
  'event.status_changed': [{ id: 'КР1', title: 'Выручка', from: 'on_track', to: 'at_risk' }],
  'event.became_stale': [
    { id: 'КР1', title: 'Выручка', age: f('stale.age', { days: 12 }), cadenceDays: 7 },
    { id: 'КР1', title: 'Выручка', age: f('stale.never', {}), cadenceDays: 1 },
  ],
  'event.checkin_due': [{ id: 'КР1', title: 'Выручка', age: f('stale.age', { days: 8 }) }],
  'event.crossed': [
    { id: 'КР1', title: 'Выручка', up: true, level: 50, from: 40, to: 55, unit: '%' },
    { id: 'КР1', title: 'Выручка', up: false, level: 1200, from: 1300, to: 1100.5, unit: '₽' },
    { id: 'КР1', title: 'Выручка', up: true, level: 3, from: 2, to: 4, unit: '' },
  ],
  'cascade.nothing': [{ objective: true }, { objective: false }],
  'cascade.coverage': [{ reporting: 2, total: 3 }],
  'cascade.sum_none': [{ reporting: 0, total: 3 }],
  'cascade.sum': [
    { current: 1200, reporting: 2, total: 3, noBaseline: true, result: f('progress.ok', { progress: 0.6, formula, note: null }) },
    { current: 1200, reporting: 1, total: 1, noBaseline: false, result: f('progress.done', {}) },
  ],
  'rollup.notes': [{ informational: 1, invalid: 2, zeroed: 5 }, { informational: 0, invalid: 0, zeroed: 0 }],
  'rollup.none_weighted': [{ noun: null, notes: f('rollup.notes', { informational: 2, invalid: 1, zeroed: 0 }) }],
  'rollup.no_data': [{ noun: null, reporting: 0, total: 3, notes: f('rollup.notes', { informational: 0, invalid: 0, zeroed: 0 }) }],
  'rollup.ok': [
    { noun: null, reporting: 2, total: 3, how: 'mean', progress: 0.5, notes: f('rollup.notes', { informational: 0, invalid: 0, zeroed: 1 }) },
    { noun: null, reporting: 1, total: 1, how: 'weighted mean', progress: 0.5, notes: f('rollup.notes', { informational: 0, invalid: 0, zeroed: 0 }) },
    { noun: null, reporting: 4, total: 5, how: 'lowest', progress: 0.5, notes: f('rollup.notes', { informational: 0, invalid: 0, zeroed: 0 }) },
  ],
  'problem.duplicate_id': [{ id: 'О1', places: [{ row: 3, id: 'О1' }, { row: null, id: 'О1' }, { row: 9, id: 'О1' }] }],
  'problem.unknown_parent': [{ row: 4, id: 'КР1', parent: 'О9' }, { row: null, id: 'КР1', parent: 'О9' }],
  'problem.cycle': [{ row: 2, ids: ['А'] }, { row: null, ids: ['А', 'Б', 'В'] }, { row: 2, ids: Array.from({ length: 52 }, (_, i) => `Ц${i}`) }],
  'problem.too_deep': [{ count: 1, maxDepth: 64, shown: ['Г'] }, { count: 7, maxDepth: 3, shown: ['Г', 'Д', 'Е', 'Ж', 'З'] }],
  'window.label': [
    { unit: 'month', days: null, previous: false },
    { unit: 'quarter', days: null, previous: true },
    { unit: null, days: 30, previous: false },
    { unit: null, days: null, previous: false },
  ],
  'trend.no_target': [{}],
  'trend.no_period': [{}],
  'trend.few_days': [{ days: 1, needed: 3 }, { days: 2, needed: 3 }, { days: 0, needed: 3 }],
  'trend.too_early': [{ days: 1, needed: 7 }, { days: 4.4, needed: 7 }],
  'trend.progress_outside': [{ progress: 0.05 }, { progress: null }],
  'trend.same_moment': [{}],
  'trend.ok': [
    { days: 5, slope: 1.5, valueAtEnd: 120, projected: 0.8, completion: null, offTrack: true },
    { days: 21, slope: -2, valueAtEnd: 90, projected: 1, completion: Date.UTC(2027, 2, 8), offTrack: false },
  ],
  'health.no_bounds': [{}],
  'health.no_value': [{}],
  'health.low_above_high': [{ low: 5, high: 1 }],
  'health.band': [{ low: 1, high: 5 }, { low: 1, high: null }, { low: null, high: 5 }],
  'health.healthy': [{ value: 3, band: f('health.band', { low: 1, high: 5 }) }],
  'health.outside': [
    { value: 0.5, distance: 0.5, below: true, band: f('health.band', { low: 1, high: null }), margin: 0.1, watch: false },
    { value: 5.2, distance: 0.2, below: false, band: f('health.band', { low: null, high: 5 }), margin: 0.5, watch: true },
  ],
  'state.explain': [
    { status: 'at_risk', label: 'At risk', said: f('status.gap', { basis: f('status.basis', { progress: 0.4, expected: 0.5 }), gap: 0.1 }), figure: f('progress.ok', { progress: 0.4, formula, note: null }) },
    { status: 'closed', label: 'Closed', said: f('status.closed', {}), figure: null },
  ],
  'mail.checkin_due': [{ count: 1, title: 'Выручка' }, { count: 22, title: 'Выручка' }],
  'mail.status_changed': [{ count: 1, title: 'Выручка', status: 'off_track', label: 'Off track' }, { count: 5, title: 'Выручка', status: 'off_track', label: 'Off track' }],
  'mail.crossed': [{ count: 1, title: 'Выручка', up: true, level: 1200.5 }, { count: 1, title: 'Выручка', up: false, level: 3 }, { count: 2, title: 'Выручка', up: false, level: 3 }],
  'mail.became_stale': [{ count: 1, title: 'Выручка', age: f('stale.age', { days: 21 }) }, { count: 11, title: 'Выручка', age: f('stale.never', {}) }],
  'mail.digest': [{ slot: '2026-05-11', first: f('digest.counts', { counts: [['off_track', 2], ['on_track', 5]] }) }],
  'mail.unaddressed': [{ owner: 'Анна', id: 'КР1' }, { owner: '', id: 'КР1' }],
  'digest.counts': [{ counts: [['off_track', 1], ['at_risk', 2], ['achieved', 25]] }],
  'digest.none': [{}],
  'digest.root': [{ id: 'Ц1', title: 'Рост', progress: 0.62, status: 'on_track', label: 'On track' }, { id: 'Ц2', title: 'Рост', progress: null, status: 'no_data', label: 'No data' }],
  'digest.weakest': [{ titles: ['Рост', 'Выручка'], progress: 0.1, status: 'off_track', label: 'Off track', said: f('status.milestone_overdue', {}) }],
  'rule.default_name': [{ id: 'weekly-check-in' }, { id: 'status-alerts' }, { id: 'weekly-digest' }],
  'rule.not_list': [{ found: f('schema.found', { kind: 'text', text: 'правила' }) }, { found: f('schema.found', { kind: 'other', text: 'object' }) }],
  'rule.not_object': [{ index: 2, name: 'Сводка', found: f('schema.found', { kind: 'number', text: '7' }) }, { index: 1, name: null, found: f('schema.found', { kind: 'null' }) }],
  'rule.bad_field': RULE_FIELDS.map((field, i) => ({
    index: i + 1,
    name: i % 2 === 0 ? null : 'Сводка',
    field,
    among: field === 'when.to' ? 'on_track, at_risk' : field === 'when.event' ? 'status_changed, digest' : field === 'scope' ? 'annual, quarterly' : '',
    found: f('schema.found', i % 3 === 0 ? { kind: 'text', text: 'r1' } : i % 3 === 1 ? { kind: 'list', count: 2 } : { kind: 'other', text: 'object' }),
  })),
  'automation.bad_email': [{ row: 4, text: 'анна@' }],
  'automation.bad_cadence': [{ row: 4, found: '"иногда"', raw: 'иногда', days: 7 }, { row: 5, found: '"x"', raw: 'x', days: 1 }],
  'schema.column': [{ column: 'Target' }, { column: 'KeyResult' }, { column: 'Baseline' }],
  'schema.found': [
    { kind: 'null' },
    { kind: 'empty_text' },
    { kind: 'empty_cell' },
    { kind: 'text', text: 'абв' },
    { kind: 'number', text: '1200.5' },
    { kind: 'boolean', text: 'TRUE' },
    { kind: 'bad_date' },
    { kind: 'date', text: '2026-05-15T00:00:00.000Z' },
    { kind: 'list', count: 3 },
    { kind: 'list', count: 1 },
    { kind: 'no_rows' },
  ],
  'schema.cell': [
    { row: 7, column: 'Target', expected: f('expect.number', {}), found: f('schema.found', { kind: 'text', text: 'абв' }), hint: f('hint.number', {}) },
    { row: 8, column: 'Kind', expected: f('expect.word', { column: 'Kind', accepted: 'increase, decrease' }), found: f('schema.found', { kind: 'text', text: 'рос' }), hint: f('hint.word', {}) },
    { row: 9, column: 'Start', expected: f('expect.date', {}), found: f('schema.found', { kind: 'text', text: '31.02.2026' }), hint: f('hint.no_such_day', {}) },
    { row: 2, column: 'ID', expected: f('expect.id', {}), found: f('schema.found', { kind: 'empty_cell' }), hint: f('hint.missing_id', {}) },
  ],
  'expect.number': [{}],
  'hint.number': [{}],
  'hint.decimal_comma': [{}],
  'expect.date': [{}],
  'hint.date': [{}],
  'hint.date_range': [{}],
  'hint.no_such_day': [{}],
  'expect.boolean': [{}],
  'hint.boolean': [{}],
  'expect.word': [{ column: 'Level', accepted: 'annual, quarterly' }, { column: 'Type', accepted: 'objective' }, { column: 'Kind', accepted: 'increase' }],
  'hint.word': [{}],
  'expect.id': [{}],
  'hint.missing_id': [{}],
  'expect.title': [{}],
  'hint.missing_title': [{ id: 'КР1' }],
  'expect.weight': [{}],
  'hint.weight': [{}],
  'hint.weight_rollup': [{}],
  'expect.confidence': [{}],
  'hint.confidence': [{}],
  'expect.progress': [{}],
  'hint.progress': [{}],
  'expect.status': [{}],
  'hint.status': [{}],
  'schema.check': [
    { row: 4, column: 'Target', text: f('check.degenerate', { target: 1200.5 }) },
    { row: null, id: 'КР1', column: 'Kind', text: f('check.direction', { increase: true, baseline: 10, target: 5 }) },
  ],
  'check.degenerate': [{ target: 0.5 }],
  'check.direction': [{ increase: true, baseline: 10, target: 5 }, { increase: false, baseline: 5, target: 10 }],
  'check.missing_baseline': [{}],
  'check.missing_target': [{ kind: 'increase' }, { kind: 'above' }],
  'check.low_above_high': [{ low: 5, high: 1.5 }],
  'check.end_before_start': [{ start: Date.UTC(2026, 5, 1), end: Date.UTC(2026, 0, 1) }],
  'header.none': [{ row: 1, found: f('schema.found', { kind: 'no_rows' }) }, { row: 1, found: f('schema.found', { kind: 'text', text: 'заголовок' }) }],
  'row.not_list': [{ row: 3, found: f('schema.found', { kind: 'number', text: '42' }) }],
  'header.duplicate': [{ row: 1, column: 'Owner', kept: 'Владелец', keptAt: 6, dropped: 'Команда', droppedAt: 9 }],
  'header.unknown': [
    { row: 1, columns: ['ID', 'Parent', 'Title'], names: ['Заметки'] },
    { row: 1, columns: ['ID', 'Parent', 'Title'], names: ['Заметки', 'Ссылка', 'Отдел'] },
  ],
  'header.missing': [{ row: 1, column: 'ID', article: 'an' }, { row: 1, column: 'Title', article: 'a' }],
  'checkins.missing_column': [{ row: 1, column: 'Date' }],
  'checkins.incomplete': [{ row: 5, noId: true }, { row: 6, noId: false }],
  'layout.column': [{ header: 'Ответственный', letter: 'F' }, { header: '', letter: 'D' }],
  'layout.note': [{ role: 'Owner', using: f('layout.column', { header: 'Владелец', letter: 'F' }), ignoring: [f('layout.column', { header: 'Команда', letter: 'E' })] }],
  'layout.ignored': [
    { row: 3, note: f('layout.note', { role: 'KeyResult', using: f('layout.column', { header: 'КР', letter: 'C' }), ignoring: [f('layout.column', { header: '', letter: 'D' })] }) },
  ],
  'sheet.default': [{}],
  'ask.map_columns': [{}],
  'ask.no_header': [{ sheet: f('sheet.default', {}), ask: f('ask.map_columns', {}) }, { sheet: f('verbatim', { text: 'OKR 2026' }), ask: f('verbatim', { text: '' }) }],
  'ask.two_outlines': [{ sheet: f('verbatim', { text: 'Цели' }), letters: ['A', 'C'], ask: f('ask.map_columns', {}) }],
  'ask.no_titles': [{ row: 4, sheet: f('verbatim', { text: 'Цели' }), ask: f('ask.map_columns', {}) }],
  'period.today_empty': [{ period: 'Q4-2026' }],
  'period.none_today': [{}],
  'summary.nothing': [{ sheet: f('sheet.default', {}) }],
  'summary.read': [
    { sheet: f('verbatim', { text: 'Цели' }), first: 2, last: 40, layout: f('shape.table', { id: 'A', parent: 'B' }), objectives: 1, keyResults: 2, initiatives: 5, kpis: 21, from: [f('from.owner', { at: 'F' }), f('from.values', { period: 'Q2-2026', note: f('period.today_empty', { period: 'Q3-2026' }) }), f('from.progress', { column: f('layout.column', { header: '% выполнения', letter: 'H' }) }), f('from.status', { at: 'I' }), f('from.titles', {})] },
    { sheet: f('sheet.default', {}), first: 0, last: 0, layout: f('shape.flat', { at: 'B' }), objectives: 11, keyResults: 22, initiatives: 0, kpis: 0, from: [] },
    { sheet: f('sheet.default', {}), first: 3, last: 9, layout: f('shape.outline', { at: 'A' }), objectives: 111, keyResults: 25, initiatives: 1, kpis: 1, from: [f('from.values', { period: 'Q1-2026', note: null })] },
  ],
  'shape.table': [{ id: 'A', parent: 'B' }, { id: null, parent: null }],
  'shape.outline': [{ at: 'A' }],
  'shape.fill-down': [{ objective: 'A', keyResult: 'B' }],
  'shape.columns': [{ at: 'B' }],
  'shape.indent': [{ at: 'B' }],
  'shape.prefix': [{ at: 'B' }],
  'shape.typed': [{ at: 'C' }],
  'shape.flat': [{ at: 'B' }],
  'from.owner': [{ at: 'F' }],
  'from.values': [{ period: 'Q2-2026', note: null }],
  'from.progress': [{ column: f('layout.column', { header: '', letter: 'H' }) }],
  'from.status': [{ at: 'I' }],
  'from.titles': [{}],
};

const codes = Object.keys(CATALOGUES.en) as MessageCode[];
const samples = (): [MessageCode, Message][] =>
  codes.flatMap((code) => (SAMPLES[code] as object[]).map((params) => [code, f(code, params)] as [MessageCode, Message]));

/** Latin words a person would read as English (acronyms used in Russian too are allowed). */
const ALLOWED = new Set(['OKR', 'KPI', 'ID']);
function latinWords(text: string): string[] {
  // The add-on's name, its function names (OKR_PROGRESS) and e-mail addresses stay as they are in every language.
  return (text.replace(/\bOKR_[A-Z_]+|Aligned OKRs|[\w.]+@[\w.]+/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED.has(word));
}
/** Every English word the catalogue itself writes (not the user text in the samples). */
const ENGLISH_WORDS = new Set(samples().flatMap(([, m]) => latinWords(renderMessage(m, 'en')).map((w) => w.toLowerCase())));

describe('the message catalogue', () => {
  it('has every code in every language, and an example for each code', () => {
    for (const locale of LOCALES) {
      const catalogue = CATALOGUES[locale] as Record<string, unknown>;
      expect(Object.keys(catalogue).sort(), locale).toEqual([...codes].sort());
      for (const code of codes) expect(typeof catalogue[code], `${locale} ${code}`).toBe('function');
    }
    for (const code of codes) expect((SAMPLES[code] as object[]).length, code).toBeGreaterThan(0);
  });

  it('renders every example in every language without holes', () => {
    for (const [code, message] of samples()) {
      for (const locale of LOCALES) {
        const text = renderMessage(message, locale);
        expect(text, `${locale} ${code}`).not.toMatch(/undefined|NaN|Infinity|\[object|\$\{/);
        if (code !== 'rollup.notes') expect(text.trim(), `${locale} ${code}`).not.toBe('');
      }
    }
  });

  it('writes no English word of the catalogue into Russian text', () => {
    expect(ENGLISH_WORDS.size).toBeGreaterThan(100); // the check below has something to find
    for (const [code, message] of samples()) {
      const ru = renderMessage(message, 'ru');
      const english = latinWords(ru).filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
      expect(english, `${code}: ${ru}`).toEqual([]);
      if (ru !== '') expect(ru, code).toMatch(/[а-яё]|^[\d\s\u00a0\u202f%,.−–()÷=≥<—]+$|^42$/i);
    }
  });

  it('produces Russian without English for whatever the core is given (seeded)', () => {
    const num = fc.oneof(fc.integer({ min: -50, max: 150 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constantFrom(null, 0, 1e-320));
    const check = (result: { explain?: string; message?: string; i18n?: Message }, what: string): void => {
      expect(result.i18n, what).toBeDefined();
      const ru = explain(result, 'ru');
      expect(latinWords(ru).filter((w) => ENGLISH_WORDS.has(w.toLowerCase())), `${what}: ${ru}`).toEqual([]);
      expect(ru, what).not.toMatch(/undefined|NaN|\[object/);
      expect(explain(result, 'en')).toBe(result.explain ?? result.message);
    };
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom(null, 'increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track', 'zzz'),
          direction: fc.constantFrom(undefined, 'increase', 'decrease'),
          baseline: num,
          target: num,
          current: num,
          low: num,
          high: num,
          criticalLow: num,
          criticalHigh: num,
          cap: fc.constantFrom(undefined, null, 1, 1.5, 0),
          inclusive: fc.boolean(),
          mode: fc.constantFrom(undefined, 'binary', 'periods', 'distance', 'qqq'),
          history: fc.option(fc.array(num, { maxLength: 5 }), { nil: undefined }),
          checklist: fc.option(fc.array(fc.record({ done: fc.constantFrom(true, false, null), weight: fc.constantFrom(undefined, 0, 1, 2, -1) }), { maxLength: 3 }), { nil: undefined }),
        }),
        num,
        fc.constantFrom(undefined, 'viva', 'engagedly', 'servicenow'),
        (input, expected, thresholds) => {
          const result = scoreKeyResult(input as never);
          check(result, 'scoreKeyResult');
          check(status({ progress: result.progress, expected, start: 0, end: 10, asOf: 5, thresholds }), 'status');
          check(kpiHealth(input.current, input.low, input.high), 'kpiHealth');
          check(scoreVerdict(result.progress, input.inclusive), 'scoreVerdict');
          check(rollup([result.progress, expected, null], [input.low, 1, input.high], { missingAs: input.inclusive ? 'zero' : 'exclude' }), 'rollup');
          const checkIns = (input.history ?? []).map((value, i) => ({ time: i * 5 * DAY, value }));
          check(trendForecast(checkIns, { target: input.target, start: 0, end: 60 * DAY, asOf: 30 * DAY }), 'trendForecast');
        },
      ),
      { numRuns: 3000, seed: 1313 },
    );
  });

  it('renders a whole cascade and its problems in Russian', () => {
    const demo = generateAbcDemo({ seed: 42 });
    const broken = [...demo.rows, [demo.rows[1][0], '', '', 'objective', 'dup'], ['X1', 'NOPE', '', 'key_result', 'x'], ['C1', 'C1', '', 'key_result', 'c']];
    const cascade = buildCascade(parseRows(broken).nodes);
    expect(cascade.problems.map((p) => p.code).sort()).toEqual(['cycle', 'duplicate_id', 'unknown_parent']);
    for (const problem of cascade.problems) expect(latinWords(explain(problem, 'ru')).filter((w) => ENGLISH_WORDS.has(w.toLowerCase()))).toEqual([]);
    for (const mode of ['weighted', 'sum', 'min', 'worst'] as const) {
      for (const ev of evaluateCascade(cascade, { asOf: demo.asOf, rollupMode: mode }).values()) {
        for (const part of [ev, ev.status, ...(ev.forecast.trend ? [ev.forecast.trend] : [])]) {
          const ru = explain(part, 'ru');
          expect(latinWords(ru).filter((w) => ENGLISH_WORDS.has(w.toLowerCase())), ru).toEqual([]);
          expect(explain(part, 'en')).toBe(part.explain);
        }
      }
    }
  });
});

describe('Russian plural forms and generated parameters', () => {
  const COUNTS = [1, 2, 5, 11, 21, 22, 25, 111, 1.5];
  const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

  it('picks one / few / many / other for 1, 2, 5, 11, 21, 22, 25, 111 and 1.5', () => {
    const keyResults = COUNTS.map((count) => nbsp(renderMessage(msg('count.key_results', { count }), 'ru')));
    expect(keyResults).toEqual([
      '1 ключевой результат',
      '2 ключевых результата',
      '5 ключевых результатов',
      '11 ключевых результатов',
      '21 ключевой результат',
      '22 ключевых результата',
      '25 ключевых результатов',
      '111 ключевых результатов',
      '1,5 ключевого результата',
    ]);
    const summary = (count: number): string =>
      nbsp(renderMessage(msg('summary.read', { sheet: msg('verbatim', { text: 'Цели' }), first: 0, last: 0, layout: msg('shape.flat', { at: 'B' }), objectives: count, keyResults: count, initiatives: count, kpis: 0, from: [] }), 'ru'));
    expect(COUNTS.map(summary)).toEqual(
      [
        ['цель', 'ключевой результат', 'инициатива'],
        ['цели', 'ключевых результата', 'инициативы'],
        ['целей', 'ключевых результатов', 'инициатив'],
        ['целей', 'ключевых результатов', 'инициатив'],
        ['цель', 'ключевой результат', 'инициатива'],
        ['цели', 'ключевых результата', 'инициативы'],
        ['целей', 'ключевых результатов', 'инициатив'],
        ['целей', 'ключевых результатов', 'инициатив'],
        ['цели', 'ключевого результата', 'инициативы'],
      ].map(([o, k, i], n) => {
        const c = String(COUNTS[n]).replace('.', ',');
        return `Лист «Цели» прочитан как список (названия в B): ${c} ${o}, ${c} ${k}, ${c} ${i}.`;
      }),
    );
    expect(COUNTS.map((count) => nbsp(renderMessage(msg('summary.read', { sheet: msg('sheet.default', {}), first: 0, last: 0, layout: msg('shape.flat', { at: 'B' }), objectives: count, keyResults: 1, initiatives: 0, kpis: 0, from: [] }), 'en')).split(':')[1].split(',')[0].trim())).toEqual(
      ['1 objective', '2 objectives', '5 objectives', '11 objectives', '21 objectives', '22 objectives', '25 objectives', '111 objectives', '1.5 objectives'],
    );
  });

  it('writes no English word into Russian for generated parameters of every code (seeded)', () => {
    const count = fc.oneof(fc.constantFrom(...COUNTS, 0, 3, 12, 101, 1000, 1e6), fc.integer({ min: 0, max: 10_000 }), fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }));
    /** The sample's parameters with every number and flag drawn anew (nested messages too). */
    const vary = (value: unknown, draw: { num: () => number; flag: () => boolean }): unknown => {
      if (typeof value === 'number') return Number.isInteger(value) && value > 1e11 ? value : draw.num();
      if (typeof value === 'boolean') return draw.flag();
      if (Array.isArray(value)) return value.map((v) => vary(v, draw));
      if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) out[k] = k === 'row' || k === 'step' || k === 'keptAt' || k === 'droppedAt' ? v : vary(v, draw);
        return out;
      }
      return value;
    };
    fc.assert(
      fc.property(fc.constantFrom(...samples()), fc.array(count, { minLength: 40, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), ([code, message], nums, flags) => {
        let i = 0;
        let j = 0;
        const draw = { num: () => Math.abs(nums[i++ % nums.length]), flag: () => flags[j++ % flags.length] };
        const varied = vary(message, draw) as Message;
        const ru = renderMessage(varied, 'ru');
        expect(ru, code).not.toMatch(/undefined|NaN|Infinity|\[object/);
        expect(latinWords(ru).filter((w) => ENGLISH_WORDS.has(w.toLowerCase())), `${code}: ${ru}`).toEqual([]);
      }),
      { numRuns: 4000, seed: 1313 },
    );
  });
});

describe('the schema reader in Russian', () => {
  // The sheets below mix English and Russian headers and cells: what the user typed is quoted «…» and left out.
  const english = (ru: string): string[] => latinWords(ru.replace(/«[^»]*»/g, '')).filter((w) => ENGLISH_WORDS.has(w.toLowerCase()));

  it('says every problem, question and summary of hostile sheets in both languages (seeded)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', 'abc', 'рост', 'Рост', 'increase', 'zzz', '1,5', '1 200,5', '12 %', '31.02.2026', '2026-13-01', '01.03.2026', 'да', 'TRUE', '-3', '—', 'n/a', '🟢', 'At risk', 'Под угрозой', 'высокая', '150', '-1'),
      fc.double({ noNaN: false }),
      fc.integer({ min: -5, max: 50_000 }),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
      fc.string({ maxLength: 8 }),
    );
    const header = fc.shuffledSubarray(
      ['ID', 'Родитель', 'Уровень', 'Тип', 'Название', 'Ответственный', 'Вид', 'Базовое значение', 'Цель', 'Факт', 'Нижняя граница', 'Верхняя граница', 'Вес', 'Начало', 'Срок', 'Уверенность', 'Прогресс', 'Статус', 'Заметки', 'Title', 'Owner', 'Team', 'Target', 'Objective', 'Key result', 'Q1-2026', '1.1'],
      { minLength: 0, maxLength: 12 },
    );
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 8 }), fc.constantFrom(undefined, 'ru_RU', 'en_US'), (head, rows, locale) => {
        const table = [head, ...rows];
        for (const read of [readSheet(table, { locale, today: Date.UTC(2026, 4, 15) }), readSheet(table, { sheetName: 'Цели', askHow: msg('ask.map_columns', {}) })]) {
          for (const problem of read.problems) {
            expect(problem.i18n, problem.message).toBeDefined();
            expect(explain(problem, 'en')).toBe(problem.message);
            const ru = explain(problem, 'ru');
            expect(english(ru), ru).toEqual([]);
            expect(ru).not.toMatch(/undefined|\[object|^$/);
          }
          expect(renderMessage(read.summaryMessage, 'en')).toBe(read.summary);
          expect(english(renderMessage(read.summaryMessage, 'ru'))).toEqual([]);
          if (read.question !== null) {
            expect(renderMessage(read.questionMessage as Message, 'en')).toBe(read.question);
            expect(english(renderMessage(read.questionMessage as Message, 'ru'))).toEqual([]);
          }
        }
      }),
      { numRuns: 600, seed: 1313 },
    );
  });

  it('names the cell and what to type, in Russian', () => {
    const read = parseRows([['ID', 'Title', 'Target', 'Kind'], ['K1', 'k', 'abc', 'zzz'], ['', 'x']]);
    const ru = read.problems.map((p) => explain(p, 'ru').replace(/[\u00a0\u202f]/g, ' '));
    expect(ru).toEqual([
      'Строка 2, столбец «Вид»: ожидается: одно из слов (рост, снижение, не ниже, не выше, диапазон, веха, отслеживание); найдено: «zzz». Выберите одно из них или очистите ячейку (будет значение по умолчанию).',
      'Строка 2, столбец «Цель»: ожидается: число, например 1200, «1 200», «1,5» или «15 %»; найдено: «abc». Введите только число (можно со знаком валюты или %) или очистите ячейку.',
      'Строка 3, столбец «ID»: ожидается: ID строки; найдено: пустая ячейка. Строка пропущена: дайте ей короткий уникальный ID, например КР1.2.',
    ]);
    expect(read.problems[1].message).toBe(
      'Row 2, column Target: expected a number such as 1200, "1,200", "$1.2M", "15 %" or "(12)", found "abc". Type the number only (a currency sign, a k/M/B suffix or a % sign are fine), or clear the cell if there is no value yet.',
    );
  });

  it('summarises what it read in Russian with the right word forms', () => {
    const table = [['№', 'Цель', 'Ключевой результат', 'Ответственный'], ['1', 'Рост', '', 'Анна'], ['1.1', '', 'Выручка', 'Анна'], ['1.2', '', 'Клиенты', 'Олег']];
    const read = readSheet(table, { sheetName: 'OKR 2026' });
    expect(read.summary).toMatch(/^Read 'OKR 2026' rows 2–4 as /);
    expect(renderMessage(read.summaryMessage, 'ru')).toMatch(/^Лист «OKR 2026», строки 2–4, прочитан как .*: 1 цель, 2 ключевых результата; владелец из D\.$/);
  });
});

describe('other core texts in Russian', () => {
  it('names aggregation windows', () => {
    const asOf = Date.UTC(2026, 4, 14, 12);
    const ru = (spec: string): string => renderMessage(resolveWindow(spec, asOf, { period: { start: 0, end: asOf } }).labelMessage as Message, 'ru').replace(/\u00a0/g, ' ');
    for (const spec of WINDOW_SPECS) expect(renderMessage(resolveWindow(spec, asOf, { period: { start: 0, end: asOf } }).labelMessage as Message)).toBe(resolveWindow(spec, asOf, { period: { start: 0, end: asOf } }).label);
    expect(['MTD', 'YTD', '7D', '90D', 'previous week', 'previous quarter', 'period'].map(ru)).toEqual([
      'С начала месяца',
      'С начала года',
      'Последние 7 дней',
      'Последние 90 дней',
      'Прошлая неделя',
      'Прошлый квартал',
      'Период OKR',
    ]);
  });

  it('says the stored rules\' problems in both languages: every field, hostile JSON (seeded)', () => {
    const value = fc.oneof(
      fc.constantFrom(undefined, null, '', 'x', 'Europe/Paris', 'Mars/Base', 'at_risk', 'up', 'target', 'boss@', true, 0, 7, 24, 1.5, [], ['zzz'], {}, { from: 22, to: 7 }, { weekday: 9 }, { level: 'annual' }, { ids: [] }),
      fc.string({ maxLength: 12 }),
    );
    const when = fc.record({ event: fc.constantFrom('status_changed', 'crossed', 'digest', 'x'), to: value, level: value, direction: value }, { requiredKeys: [] });
    const action = fc.record({ notifyOwner: value, addresses: fc.oneof(value, fc.array(value, { maxLength: 2 })) }, { requiredKeys: [] });
    const rule = fc.record({ id: value, name: value, enabled: value, when: fc.oneof(value, when), scope: value, action: fc.oneof(value, action), quietHours: value, schedule: value, timeZone: value }, { requiredKeys: [] });
    // What the user typed (names, found values) is quoted «…» and left out; the samples above check the rest unquoted.
    const english = (ru: string): string[] => latinWords(ru.replace(/«[^»]*»/g, '')).filter((w) => ENGLISH_WORDS.has(w.toLowerCase()));
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(value, fc.array(fc.oneof(rule, value), { maxLength: 3 })), (input) => {
        const result = parseRules(input);
        expect(result.problemMessages.map((p) => p.message)).toEqual(result.problems);
        for (const problem of result.problemMessages) {
          seen.add(String(problem.i18n.params.field ?? problem.i18n.code));
          expect(explain(problem, 'en')).toBe(problem.message);
          const ru = explain(problem, 'ru');
          expect(english(ru), ru).toEqual([]);
          expect(ru).toMatch(/^Правил[оа]/);
          expect(ru.replace(/«[^»]*»/g, '')).not.toMatch(/undefined|NaN|\[object|\$\{/);
        }
      }),
      { numRuns: 1500, seed: 1313 },
    );
    const twice = parseRules([{ id: 'r1', when: { event: 'digest' }, action: { notifyOwner: true } }, { id: 'r1', when: { event: 'digest' }, action: { notifyOwner: true } }]).problemMessages;
    expect(twice.map((p) => explain(p, 'ru'))).toEqual(['Правило 2, поле «ID»: ожидается: ID, которого нет у других правил; найдено: «r1» дважды. Дайте каждому правилу свой ID.']);
    seen.add('duplicate_id');
    // Every field but the duplicate ID (made above) turned up in the generated rules.
    expect([...seen].sort()).toEqual([...RULE_FIELDS, 'rule.not_list', 'rule.not_object'].sort());
  });

  it('names the default rules in both languages', () => {
    for (const rule of DEFAULT_RULES) {
      expect(renderMessage(msg('rule.default_name', { id: rule.id as 'weekly-check-in' }))).toBe(rule.name);
      expect(renderMessage(msg('rule.default_name', { id: rule.id as 'weekly-check-in' }), 'ru')).toMatch(/^[А-ЯЁ][а-яё, ]+$/);
    }
  });

  it('says OKR_ROLLUP problems and the measured-from-0 note in both languages', () => {
    const rolled = rollupColumns(['O', 'K1', 'K2'], ['', 'O', 'O'], ['', 'abc', 0.5], [1, -2, 1], { firstRowNumber: 2 });
    expect(rolled.problems.map((p) => p.code).sort()).toEqual(['bad_number', 'negative_weight']);
    for (const problem of rolled.problems) {
      expect(explain(problem, 'en')).toBe(problem.message);
      expect(latinWords(explain(problem, 'ru').replace(/«[^»]*»/g, ''))).toEqual([]);
    }
    const nodes = parseRows([['ID', 'Title', 'Kind', 'Target', 'Current'], ['K', 'k', 'increase', 10, 4]]).nodes;
    const ev = evaluateCascade(buildCascade(nodes), { asOf: 0 }).get('K');
    expect(ev?.explain).toBe('40 % = (4 − 0) ÷ (10 − 0) (No baseline given: measured from 0, as OKR_PROGRESS does.)');
    expect(explain(ev as NonNullable<typeof ev>, 'ru').replace(/[\u00a0\u202f]/g, ' ')).toBe('40 % = (4 − 0) ÷ (10 − 0) (базовое значение не задано: отсчёт от 0, как в OKR_PROGRESS).');
  });
});

describe('explain in a chosen language', () => {
  it('renders a key result in Russian and keeps English as it was', () => {
    const result = scoreKeyResult({ kind: 'increase', baseline: 12, target: 43, current: 31.5 });
    expect(result.explain).toBe('63 % = (31.5 − 12) ÷ (43 − 12)');
    expect(explain(result).replace(/\u00a0/g, ' ')).toBe(result.explain);
    expect(explain(result, 'ru').replace(/[\u00a0\u202f]/g, ' ')).toBe('63 % = (31,5 − 12) ÷ (43 − 12)');
    expect(explain(result, 'ru-RU')).toBe(explain(result, 'ru'));
    expect(explain(result, 'de-DE')).toBe(result.explain); // unsupported: English, never empty
  });

  it('survives the trip through JSON (google.script.run, postMessage)', () => {
    const result = status({ progress: 0.3, expected: 0.5 });
    const copy = JSON.parse(JSON.stringify(result));
    expect(explain(copy, 'ru')).toBe(explain(result, 'ru'));
    expect(explain(copy, 'ru')).toMatch(/^Выполнено 30\s%/);
  });

  it('falls back to the English text for results without a message', () => {
    expect(explain({ explain: 'Made by hand.' }, 'ru')).toBe('Made by hand.');
    expect(explain({ message: 'A problem.' }, 'ru')).toBe('A problem.');
    expect(renderMessage({ code: 'no.such.code' as MessageCode, params: {} }, 'ru')).toBe('');
  });

  it('names statuses and health in each language', () => {
    expect(statusLabel('on_track')).toBe('On track');
    expect(statusLabel('on_track', 'ru')).toBe('По плану');
    expect(statusLabel('off_track', 'ru_RU')).toBe('Отстаёт');
    expect(healthLabel('watch', 'ru')).toBe('Внимание');
    expect(renderMessage(msg('status.worst', { count: 3, code: 'at_risk' }), 'ru')).toBe('Худший статус среди 3 дочерних элементов: Под угрозой.');
  });
});
