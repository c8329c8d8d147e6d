import type { Formatter } from '../i18n/formatter';
import type { Message } from '../i18n/message';
import { BOOLEAN_EXPECTED, BOOLEAN_HINT } from '../values/toBoolean';
import { DECIMAL_COMMA_HINT, NUMBER_EXPECTED, NUMBER_HINT } from '../values/toNumber';
import { DATE_EXPECTED, DATE_HINT, DATE_RANGE_HINT, NO_SUCH_DAY_HINT } from '../values/toTime';

/** What a value was, for "found …" (see foundValue): the kinds describeValue names. */
export type FoundKind = 'nan' | 'null' | 'undefined' | 'empty_text' | 'empty_cell' | 'text' | 'number' | 'boolean' | 'bad_date' | 'date' | 'list' | 'other' | 'no_rows';

/** A place in a sheet: "Row 7", or "ID "KR1"" for a node that has no row. */
export interface At {
  row?: number | null;
  id?: string;
}

const at = (p: At): string => (p.row !== undefined && p.row !== null ? `Row ${p.row}` : `ID "${p.id ?? ''}"`);
const quote = (items: readonly string[]): string => items.map((item) => `"${item}"`).join(', ');

/**
 * The English templates of what the schema reader says: problems with cells, rows and
 * headers, the questions it asks when unsure, and its one-line summary (Russian in
 * i18n/ru.ts). A table of its own, like EN_EVENTS; every code a template nests is in it too.
 * The texts are exactly what the reader has always written.
 */
export const EN_SCHEMA = {
  /** A column as the reader names it: the canonical English name ("Key result" for the role). */
  'schema.column': (p: { column: string }): string => (p.column === 'KeyResult' ? 'Key result' : p.column),
  'schema.found': (p: { kind: FoundKind; text?: string; count?: number }): string => {
    switch (p.kind) {
      case 'nan': return 'NaN (not a number)';
      case 'null': return 'an empty value (null)';
      case 'undefined': return 'nothing (undefined)';
      case 'empty_text': return 'an empty text';
      case 'empty_cell': return 'an empty cell';
      case 'text': return `"${p.text}"`;
      case 'bad_date': return 'an invalid date';
      case 'date': return `the date ${p.text}`;
      case 'list': return `a list of ${p.count} values`;
      case 'no_rows': return 'no rows';
      case 'other': return `a value of type ${p.text}`;
      default: return p.text ?? '';
    }
  },
  'schema.cell': (p: { row: number; column: string; expected: Message; found: Message; hint: Message }, f: Formatter): string =>
    `Row ${p.row}, column ${f.msg({ code: 'schema.column', params: { column: p.column } })}: expected ${f.msg(p.expected)}, found ${f.msg(p.found)}. ${f.msg(p.hint)}`,

  // What a cell should hold, and what to do (after "expected … found …").
  // The value readers' own sentences (values/), shared rather than repeated.
  'expect.number': (): string => NUMBER_EXPECTED,
  'hint.number': (): string => NUMBER_HINT,
  'hint.decimal_comma': (): string => DECIMAL_COMMA_HINT,
  'expect.date': (): string => DATE_EXPECTED,
  'hint.date': (): string => DATE_HINT,
  'hint.date_range': (): string => DATE_RANGE_HINT,
  'hint.no_such_day': (): string => NO_SUCH_DAY_HINT,
  'expect.boolean': (): string => BOOLEAN_EXPECTED,
  'hint.boolean': (): string => BOOLEAN_HINT,
  'expect.word': (p: { column: 'Level' | 'Type' | 'Kind'; accepted: string }): string => `one of ${p.accepted}`,
  'hint.word': (): string => 'Pick one of these words or clear the cell to use the default.',
  'expect.id': (): string => 'an ID',
  'hint.missing_id': (): string => 'This row is skipped: give it a short unique ID such as KR1.2.',
  'expect.title': (): string => 'a title',
  'hint.missing_title': (p: { id: string }): string => `The ID "${p.id}" is shown instead: type a short name for the goal.`,
  'expect.weight': (): string => 'a weight of 0 or more',
  'hint.weight': (): string => 'The default weight 1 is used: type 0 to leave the row out of its parent, or a positive weight.',
  'hint.weight_rollup': (): string => "Use 0 to leave a row out of its parent's progress.",
  'expect.confidence': (): string => 'a confidence from 0 to 1 (or 0–10, or 0–100 %)',
  'hint.confidence': (): string => 'Type for example 0.7, 7 or 70 %.',
  'expect.progress': (): string => 'a progress such as 0.78, 78 or 78%',
  'hint.progress': (): string => 'Type it so, or clear the cell.',
  'expect.status': (): string => 'a status such as On track, At risk, Behind, Off track, Done, Closed or Not started',
  'hint.status': (): string => 'It is shown as typed and not used: type one of these words to have it read.',

  // Rows whose cells are each fine but do not go together (validate.ts).
  'schema.check': (p: At & { column: string; text: Message }, f: Formatter): string =>
    `${at(p)}, column ${f.msg({ code: 'schema.column', params: { column: p.column } })}: ${f.msg(p.text)}`,
  'check.degenerate': (p: { target: number }, f: Formatter): string =>
    `expected a target different from the baseline, found both ${f.num(p.target)}. The key result can only be met or not met: change the Target or the Baseline.`,
  'check.direction': (p: { increase: boolean; baseline: number; target: number }, f: Formatter): string =>
    `expected a target ${p.increase ? 'above' : 'below'} the baseline for kind ${p.increase ? 'increase' : 'decrease'}, found baseline ${f.num(p.baseline)} and target ${f.num(p.target)}. Swap Baseline and Target, or change the Kind.`,
  'check.missing_baseline': (): string =>
    'expected the value at the start of the period, found an empty cell. Progress is measured from 0, as OKR_PROGRESS does: type the starting value if it is not 0.',
  'check.missing_target': (p: { kind: string }): string =>
    `expected a target for a key result of kind ${p.kind}, found an empty cell. Type the value to reach, or set Kind to track.`,
  'check.low_above_high': (p: { low: number; high: number }, f: Formatter): string =>
    `expected Low at or below High, found Low ${f.num(p.low)} and High ${f.num(p.high)}. Swap the two values.`,
  'check.end_before_start': (p: { start: number; end: number }, f: Formatter): string =>
    `expected an end on or after the start (${f.day(p.start)}), found ${f.day(p.end)}. Correct the End or the Start date.`,

  // The header and whole rows (parse-rows.ts, check-ins.ts).
  'header.none': (p: { row: number; found: Message }, f: Formatter): string =>
    `Row ${p.row}: expected a header row naming the columns (at least ID and Title), found ${f.msg(p.found)}. Put the column names in the first row.`,
  'row.not_list': (p: { row: number; found: Message }, f: Formatter): string =>
    `Row ${p.row}: expected a list of cells, found ${f.msg(p.found)}. Each row must be an array of cell values.`,
  'header.duplicate': (p: { row: number; column: string; kept: string; keptAt: number; dropped: string; droppedAt: number }): string =>
    `Row ${p.row}: expected one column for ${p.column}, found two. ${p.column}: using "${p.kept}" (column ${p.keptAt}); ignoring "${p.dropped}" (column ${p.droppedAt}). Rename or remove the other if it holds something else.`,
  'header.unknown': (p: { row: number; columns: string[]; names: string[] }): string => {
    const one = p.names.length === 1;
    return `Row ${p.row}: expected OKR columns (${p.columns.join(', ')}), found ${quote(p.names)}, which ${one ? 'is' : 'are'} ignored. Rename ${one ? 'it' : 'them'} if ${one ? 'it holds' : 'they hold'} OKR data.`;
  },
  'header.missing': (p: { row: number; column: string; article: string }): string =>
    `Row ${p.row}: expected a column named ${p.column}, found none among the headers. Add ${p.article} column${
      p.column === 'ID' ? ' (a short unique code per row, such as O1 or KR1.2); no rows can be read without it' : ''
    }.`,
  'checkins.missing_column': (p: { row: number; column: string }): string =>
    `Row ${p.row}: expected a check-in column named ${p.column}, found none among the headers. Add columns ID, Date and Value.`,
  'checkins.incomplete': (p: { row: number; noId: boolean }): string =>
    `Row ${p.row}: expected a check-in with an ID and a date, found ${p.noId ? 'no ID' : 'no date'}. The row is skipped: fill in both.`,

  // Sheets kept by hand (read-layout.ts): columns passed over, questions, the summary.
  'layout.column': (p: { header: string; letter: string }): string => (p.header === '' ? p.letter : `'${p.header}' (${p.letter})`),
  'layout.note': (p: { role: string; using: Message; ignoring: Message[] }, f: Formatter): string =>
    `${f.msg({ code: 'schema.column', params: { column: p.role } })}: using ${f.msg(p.using)}; ignoring ${p.ignoring.map((m) => f.msg(m)).join(', ')}`,
  'layout.ignored': (p: { row: number; note: Message }, f: Formatter): string => `Row ${p.row}: ${f.msg(p.note)}.`,
  'sheet.default': (): string => 'the sheet',
  'ask.map_columns': (): string => 'Use Extensions ▸ Aligned OKRs ▸ Map columns… to say.',
  'ask.no_header': (p: { sheet: Message; ask: Message }, f: Formatter): string =>
    `No header found in '${f.msg(p.sheet)}': none of its first 20 rows names two OKR columns (ID, Title, Objective, Key result, Owner, Target…). Which row holds the column names? ${f.msg(p.ask)}`,
  'ask.two_outlines': (p: { sheet: Message; letters: string[]; ask: Message }, f: Formatter): string =>
    `Columns ${p.letters.join(' and ')} of '${f.msg(p.sheet)}' both hold outline numbers (1, 1.1…). Which one numbers the goals? ${f.msg(p.ask)}`,
  'ask.no_titles': (p: { row: number; sheet: Message; ask: Message }, f: Formatter): string =>
    `Row ${p.row} of '${f.msg(p.sheet)}' is a header with no column of the goals' titles (Title, Objective, Key result, or text). Which column holds them? ${f.msg(p.ask)}`,
  'period.today_empty': (p: { period: string }): string => `${p.period}, which contains today, is empty`,
  'period.none_today': (): string => 'no group contains today',
  'summary.nothing': (p: { sheet: Message }, f: Formatter): string => `Nothing read from '${f.msg(p.sheet)}'.`,
  'summary.read': (
    p: { sheet: Message; first: number; last: number; layout: Message; objectives: number; keyResults: number; initiatives: number; kpis: number; from: Message[] },
    f: Formatter,
  ): string => {
    const parts = [f.count(p.objectives, { one: 'objective', other: 'objectives' }), f.count(p.keyResults, { one: 'key result', other: 'key results' })];
    if (p.initiatives > 0) parts.push(f.count(p.initiatives, { one: 'initiative', other: 'initiatives' }));
    if (p.kpis > 0) parts.push(f.count(p.kpis, { one: 'KPI', other: 'KPIs' }));
    const from = p.from.map((m) => f.msg(m));
    const rows = p.first > 0 ? ` rows ${p.first}–${p.last}` : '';
    return `Read '${f.msg(p.sheet)}'${rows} as ${f.msg(p.layout)}: ${parts.join(', ')}${from.length > 0 ? '; ' + from.join('; ') : ''}.`;
  },
  'shape.table': (p: { id: string | null; parent: string | null }): string =>
    `a table with IDs${p.id ? ` in ${p.id}` : ''}${p.parent ? ` and parents in ${p.parent}` : ''}`,
  'shape.outline': (p: { at: string }): string => `an outline (numbers in ${p.at})`,
  'shape.fill-down': (p: { objective: string; keyResult: string }): string =>
    `objective and key result columns (${p.objective}, ${p.keyResult}), objectives filled down`,
  'shape.columns': (p: { at: string }): string => `depth by column (objectives in ${p.at}, key results to its right)`,
  'shape.indent': (p: { at: string }): string => `an indented list (titles in ${p.at})`,
  'shape.prefix': (p: { at: string }): string => `"Objective:" / "KR:" prefixes (titles in ${p.at})`,
  'shape.typed': (p: { at: string }): string => `a typed list (Type in ${p.at}, each goal under the one above)`,
  'shape.flat': (p: { at: string }): string => `a list (titles in ${p.at})`,
  'from.owner': (p: { at: string }): string => `owner from ${p.at}`,
  'from.values': (p: { period: string; note: Message | null }, f: Formatter): string => `values from ${p.period}${p.note ? ` (${f.msg(p.note)})` : ''}`,
  'from.progress': (p: { column: Message }, f: Formatter): string => `progress from ${f.msg(p.column)}`,
  'from.status': (p: { at: string }): string => `status from ${p.at}`,
  'from.titles': (): string => 'IDs made from titles',
};

/** What a value was, as a message: the same words as describeValue. */
export function foundValue(value: unknown): Message {
  const found = (kind: FoundKind, text?: string, count?: number): Message => ({ code: 'schema.found', params: { kind, text, count } });
  if (value === null) return found('null');
  if (value === undefined) return found('undefined');
  if (typeof value === 'string') return value.trim() === '' ? found('empty_text') : found('text', value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (typeof value === 'number') return Number.isNaN(value) ? found('nan') : found('number', String(value));
  if (typeof value === 'boolean') return found('boolean', value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? found('bad_date') : found('date', value.toISOString());
  if (Array.isArray(value)) return found('list', undefined, value.length);
  return found('other', typeof value);
}
