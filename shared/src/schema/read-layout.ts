import type { NodeType, OkrNode, Problem } from '../types';
import { isMissing, toNumber } from '../values/index';
import { inEnglishFrom } from '../i18n/english';
import { msg, toMessage, verbatim, type Message } from '../i18n/message';
import { CellReader, problem } from './cell-reader';
import { COLUMNS, columnForHeader, type Column } from './columns';
import { columnLetters, columnMessage, type ChosenColumns } from './layout/pick-roles';
import { isPlaceholder, numberWithUnit, progressNumber } from './layout/cell-words';
import { depthColumns, outlineCandidates, titleCandidate } from './layout/detect-columns';
import type { ColumnInfo, HeaderFound } from './layout/find-header';
import { matchHeader, type Role } from './layout/roles';
import { buildEntries, cellText, detectStructure, type Entry, type SourceRow, type StructureColumns, type StructureKind } from './layout/structure';
import { parseRows, readRow, type ParseOptions, type ParseResult } from './parse-rows';
import { decimalComma } from './decimal-mark';
import { EN_SCHEMA } from './schemaMessages';
import { validateNode } from './validate';

/** A column → role mapping the user confirmed ("Map columns…"); it replaces detection. */
export interface ColumnMapping {
  /** 1-based sheet row of the (last) header row. */
  headerRow: number;
  /** Role → 0-based column index. */
  roles: Partial<Record<Role, number>>;
  /** The period group to read ("Q2-2026"); default: the one containing today. */
  period?: string;
}

export interface ReadSheetOptions extends ParseOptions {
  /** For the summary line and messages. */
  sheetName?: string;
  /** Epoch ms deciding which period group is current (default: now). */
  today?: number;
  /** A period group to read instead of the current one. */
  period?: string;
  mapping?: ColumnMapping | null;
  /** How the user answers a question (default: the add-on's Map columns… sidebar); a message renders in the reader's language. */
  askHow?: string | Message;
}

export type LayoutKind = StructureKind | 'none';

export interface SheetLayout {
  kind: LayoutKind;
  /** True when the sheet is in the row schema (header in its first row naming ID and Title) and was read by parseRows. */
  schema: boolean;
  /** Sheet rows of the first and last header row; null when none was found. */
  headerRows: [number, number] | null;
  /** First and last sheet rows read as goals (0 when none). */
  firstRow: number;
  lastRow: number;
  /** The column read for each role. */
  columns: Partial<Record<Role, { index: number; header: string }>>;
  /** Columns passed over, and why ("Owner: using 'Owner' (F); ignoring 'Team' (E)"). */
  notes: string[];
  period: string | null;
  /** Why another period than today's was read ("Q4-2026, which contains today, is empty"), else "". */
  periodNote: string;
  /** `periodNote` as a catalogue message, or null. */
  periodWhy?: Message | null;
  periods: string[];
  ids: 'column' | 'outline' | 'titles';
}

export interface ReadSheetResult extends ParseResult {
  layout: SheetLayout;
  /** One line a person can check: what was read, how, and from which columns. */
  summary: string;
  /** Set when the reading is unsure: a question to put to the user instead of guessing (no nodes then). */
  question: string | null;
  /** `summary` as a catalogue message: `renderMessage(result.summaryMessage, 'ru')`. */
  summaryMessage: Message;
  /** `question` as a catalogue message, or null. */
  questionMessage: Message | null;
}

/** Reads a sheet in the row schema with parseRows, exactly as before; null when the header is not the schema's. */
export function readSchema(table: readonly unknown[], options: ReadSheetOptions, summarize: Summarize | null): ReadSheetResult | null {
  if (options.mapping || !Array.isArray(table) || !isSchemaHeader(table[0])) return null;
  const parsed = parseRows(table, options);
  const layout = schemaLayout(table, parsed, options.firstRowNumber ?? 1);
  return { ...parsed, layout, ...summarized(summarize, sheetOf(options), layout, parsed.nodes), question: null, questionMessage: null };
}

/** The sheet's name as messages show it ("the sheet" when none is given). */
function sheetOf(options: ReadSheetOptions): Message {
  return options.sheetName === undefined ? msg('sheet.default', {}) : verbatim(options.sheetName);
}

function summarized(summarize: Summarize | null, sheet: Message, layout: SheetLayout, nodes: readonly OkrNode[]): { summary: string; summaryMessage: Message } {
  if (!summarize) return { summary: '', summaryMessage: verbatim('') };
  const message = summarize(sheet, layout, nodes);
  return { summary: inEnglishFrom(EN_SCHEMA, message), summaryMessage: message };
}

/** Readers of words typed in cells: status words ("At risk") and confidence words or faces ("High", 😀). */
export interface CellWords {
  /** Reads the text of a Status cell onto the node (reportedStatus), or reports it. */
  status?: (node: OkrNode, text: string, reader: CellReader) => void;
  confidence?: (text: string) => number | null;
}

/** The summary line maker (summaryMessage); readTable passes none, as the panel shows no summary. */
export type Summarize = (sheet: Message, layout: SheetLayout, nodes: readonly OkrNode[]) => Message;

/**
 * Reads the rows below a header found by readSheet or readTable: columns the header does not
 * name are recognised by their content, then IDs and parents come from the structure the
 * rows show (see structure.ts), and each goal is read by parseRows' row reader. `choose`
 * picks one column per role; `statusWord` reads typed status words (the panel shows none).
 */
export function readLayout(
  rows: readonly unknown[],
  header: HeaderFound | null,
  options: ReadSheetOptions,
  choose: (columns: readonly ColumnInfo[], cells: readonly (readonly unknown[])[]) => ChosenColumns,
  words: CellWords,
  summarize: Summarize | null,
): ReadSheetResult {
  const base = options.firstRowNumber ?? 1;
  const sheet = sheetOf(options);
  const ask = options.askHow === undefined ? msg('ask.map_columns', {}) : toMessage(options.askHow);
  if (!header) return unsure(msg('ask.no_header', { sheet, ask }), null);

  const data = dataRows(rows, header, base);
  const cells = data.map((d) => d.cells);
  const chosen = options.mapping ? mappedColumns(header, options.mapping) : choose(header.columns, cells);
  const roles = chosen.roles;
  const headerRows: [number, number] = [base + header.top, base + header.bottom];

  if (!options.mapping && !roles.ID && !roles.Outline) {
    const outlines = outlineCandidates(header.columns, roles, cells);
    if (outlines.length > 1) {
      return unsure(msg('ask.two_outlines', { sheet, letters: outlines.map((c) => columnLetters(c.index)), ask }), headerRows);
    }
    if (outlines.length === 1) roles.Outline = outlines[0];
  }
  if (!roles.Title && !roles.Objective && !roles.KeyResult && !options.mapping) {
    const title = titleCandidate(header.columns, roles, cells);
    if (title) roles.Title = title;
  }
  if (!roles.Title && !roles.Objective && !roles.KeyResult) {
    return unsure(msg('ask.no_titles', { row: headerRows[1], sheet, ask }), headerRows);
  }

  const at = structureColumns(roles, header, cells, !!options.mapping);
  const kind = detectStructure(data, at);
  const flatType: NodeType | null = roles.Title ? null : roles.KeyResult ? 'key_result' : 'objective';
  const entries = buildEntries(kind, data, at, kind === 'table' || kind === 'flat' ? flatType : null);

  const problems: Problem[] = [];
  const comma = decimalComma(options.locale, header.columns.map((c) => c.header));
  const nodes = readEntries(entries, roles, problems, new CellReader(0, problems, options.timeZone ?? 'UTC', comma), words);
  const columns = canonicalColumns(roles, at);
  const layout: SheetLayout = {
    kind,
    schema: false,
    headerRows,
    firstRow: nodes.length > 0 ? (nodes[0].row as number) : 0,
    lastRow: nodes.length > 0 ? (nodes[nodes.length - 1].row as number) : 0,
    columns: publicColumns(roles),
    notes: chosen.notes,
    period: chosen.period?.label ?? null,
    periodNote: chosen.periodNote === 'contains today' || chosen.periodNote === 'picked' ? '' : chosen.periodNote,
    periodWhy: chosen.periodWhy,
    periods: chosen.periods.map((p) => p.label),
    ids: kind === 'table' ? 'column' : kind === 'outline' ? 'outline' : 'titles',
  };
  for (const note of chosen.noteMessages) problem(problems, 'warning', headerRows[1], undefined, 'ignored_column', msg('layout.ignored', { row: headerRows[1], note }));
  return { nodes, problems, columns, layout, ...summarized(summarize, sheet, layout, nodes), question: null, questionMessage: null };
}

/** The row schema's header: ID and Title by name, and not Objective and Key result as two columns. */
export function isSchemaHeader(header: unknown): boolean {
  if (!Array.isArray(header)) return false;
  let id = false;
  let title = false;
  let objective = false;
  let keyResult = false;
  for (const cell of header) {
    const role = matchHeader(cell)?.role;
    // Progress and Status columns are not in the row schema: such a sheet takes the reader that knows them.
    if (role === 'Progress' || role === 'Status') return false;
    const column = columnForHeader(cell);
    if (column === 'ID') id = true;
    if (column === 'Title') {
      title = true;
      const word = String(cell).toLowerCase().replace(/[^\p{L}]+/gu, '');
      if (word.startsWith('objective')) objective = true;
      if (word.startsWith('keyresult')) keyResult = true;
    }
  }
  return id && title && !(objective && keyResult);
}

function dataRows(table: readonly unknown[], header: HeaderFound, base: number): SourceRow[] {
  const rows: SourceRow[] = [];
  for (let r = header.bottom + 1; r < table.length; r++) {
    const cells = table[r];
    if (!Array.isArray(cells) || cells.every((c) => isMissing(c))) continue;
    rows.push({ row: base + r, cells });
  }
  return rows;
}

function mappedColumns(header: HeaderFound, mapping: ColumnMapping): ChosenColumns {
  const roles: Partial<Record<Role, ColumnInfo>> = {};
  for (const [role, index] of Object.entries(mapping.roles) as [Role, number][]) {
    if (typeof index !== 'number' || index < 0) continue;
    const known = header.columns.find((c) => c.index === index);
    roles[role] = known ?? { index, header: '', match: null, period: null };
  }
  return { roles, notes: [], noteMessages: [], period: null, periodNote: '', periodWhy: null, periods: [] };
}

function structureColumns(roles: Partial<Record<Role, ColumnInfo>>, header: HeaderFound, cells: readonly (readonly unknown[])[], mapped: boolean): StructureColumns {
  const both = roles.Objective !== undefined && roles.KeyResult !== undefined && !roles.Title;
  const title = both ? undefined : (roles.Title ?? roles.KeyResult ?? roles.Objective);
  const titles = title === undefined ? [] : mapped ? [title.index] : depthColumns(title, header.columns, roles, cells);
  return {
    id: roles.ID?.index,
    parent: roles.Parent?.index,
    outline: roles.Outline?.index,
    objective: both ? roles.Objective?.index : undefined,
    keyResult: both ? roles.KeyResult?.index : undefined,
    titles,
    type: roles.Type?.index,
  };
}

const NUMBER_COLUMNS: ReadonlySet<Column> = new Set<Column>(['Baseline', 'Target', 'Current', 'Low', 'High']);

function readEntries(entries: readonly Entry[], roles: Partial<Record<Role, ColumnInfo>>, problems: Problem[], reader: CellReader, words: CellWords): OkrNode[] {
  const at = {} as Record<Column, number>;
  COLUMNS.forEach((column, i) => (at[column] = i));
  const percentScale = progressScale(entries, roles.Progress);
  const nodes: OkrNode[] = [];
  // The columns present, worked out once rather than per row.
  const present = COLUMNS.filter((column) => roles[column]).map((column) => ({
    to: at[column],
    from: (roles[column] as ColumnInfo).index,
    number: NUMBER_COLUMNS.has(column),
    confidence: column === 'Confidence' && words.confidence ? words.confidence : null,
  }));
  for (const entry of entries) {
    reader.row = entry.row;
    const cells = new Array<unknown>(COLUMNS.length).fill('');
    let unit = '';
    if (!entry.titleOnly) {
      for (const { to, from, number, confidence } of present) {
        let value = entry.cells[from];
        if (typeof value === 'string') {
          if (value.length <= 4 && isPlaceholder(value)) value = '';
          else if (number) {
            // "93 dias" is a number and its unit; "1.2k" is a number toNumber reads as it is.
            const withUnit = numberWithUnit(value, reader.decimalComma);
            if (withUnit && !readsAsNumber(value, reader.decimalComma)) {
              value = withUnit.value;
              unit ||= withUnit.unit;
            }
          } else if (confidence) value = confidence(value) ?? value;
        }
        cells[to] = value;
      }
    }
    cells[at.ID] = entry.id;
    cells[at.Parent] = entry.parentId ?? '';
    cells[at.Title] = entry.title;
    if (isMissing(cells[at.Type]) && entry.type) cells[at.Type] = entry.type;
    if (isMissing(cells[at.Unit]) && unit) cells[at.Unit] = unit;
    const node = readRow(cells, at, reader);
    if (!node) continue;
    if (!entry.titleOnly) {
      readProgress(node, entry, roles.Progress, percentScale, reader);
      const status = roles.Status ? cellText(entry.cells[roles.Status.index]) : '';
      if (words.status && status !== '' && !isPlaceholder(status)) words.status(node, status, reader);
    }
    validateNode(node, problems, roles.Baseline !== undefined);
    nodes.push(node);
  }
  return nodes;
}

function readsAsNumber(text: string, decimalComma: boolean): boolean {
  try {
    return toNumber(text, decimalComma) !== null;
  } catch {
    return false;
  }
}

/** A Progress column holding numbers above 1 (78 rather than 0.78) is on a 0–100 scale. */
function progressScale(entries: readonly Entry[], column: ColumnInfo | undefined): number {
  if (!column) return 1;
  for (const entry of entries) {
    const cell = entry.cells[column.index];
    if (typeof cell === 'number' && cell > 1) return 100;
    if (typeof cell === 'string' && !cell.includes('%')) {
      const read = progressNumber(cell);
      if (read && read.value > 1) return 100;
    }
  }
  return 1;
}

/**
 * Progress given directly counts for a key result that has no Current and no Target:
 * it becomes the current value of a 0 → 100 % key result, so it scores, rolls up and
 * explains itself like any other.
 */
function readProgress(node: OkrNode, entry: Entry, column: ColumnInfo | undefined, scale: number, reader: CellReader): void {
  if (!column || node.type === 'objective') return;
  const cell = entry.cells[column.index];
  if (isMissing(cell) || (typeof cell === 'string' && isPlaceholder(cell))) return;
  if (node.current !== null || node.done !== null || node.target !== null) return;
  const read = progressNumber(cell);
  if (read === null) {
    reader.report('Progress', 'bad_progress', msg('expect.progress', {}), msg('schema.found', { kind: 'text', text: cellText(cell) }), msg('hint.progress', {}), 'warning');
    return;
  }
  node.baseline = 0;
  node.target = 1;
  node.current = read.percentText ? read.value : read.value / scale;
  node.kind = 'increase';
  node.unit = '%';
}


function canonicalColumns(roles: Partial<Record<Role, ColumnInfo>>, at: StructureColumns): Record<Column, number> {
  const columns = {} as Record<Column, number>;
  for (const column of COLUMNS) columns[column] = roles[column]?.index ?? -1;
  if (columns.Title < 0) columns.Title = at.keyResult ?? at.titles[0] ?? at.objective ?? -1;
  if (columns.ID < 0 && at.outline !== undefined) columns.ID = at.outline;
  return columns;
}

function publicColumns(roles: Partial<Record<Role, ColumnInfo>>): SheetLayout['columns'] {
  const out: SheetLayout['columns'] = {};
  for (const [role, column] of Object.entries(roles) as [Role, ColumnInfo][]) out[role] = { index: column.index, header: column.header };
  return out;
}

function schemaLayout(table: readonly unknown[], parsed: ParseResult, base: number): SheetLayout {
  const columns: SheetLayout['columns'] = {};
  const header = table[0] as unknown[];
  for (const column of COLUMNS) {
    const index = parsed.columns[column];
    if (index >= 0) columns[column] = { index, header: cellText(header[index]) };
  }
  const rows = parsed.nodes.map((n) => n.row ?? 0);
  return {
    kind: 'table',
    schema: true,
    headerRows: [base, base],
    firstRow: rows.length > 0 ? rows[0] : 0,
    lastRow: rows.length > 0 ? rows[rows.length - 1] : 0,
    columns,
    notes: [],
    period: null,
    periodNote: '',
    periods: [],
    ids: 'column',
  };
}

function unsure(asked: Message, headerRows: [number, number] | null): ReadSheetResult {
  const columns = {} as Record<Column, number>;
  for (const column of COLUMNS) columns[column] = -1;
  const row = headerRows?.[1] ?? 1;
  const problems: Problem[] = [];
  problem(problems, 'error', row, undefined, headerRows ? 'unsure_layout' : 'no_header', asked);
  const question = problems[0].message;
  return {
    nodes: [],
    problems,
    columns,
    layout: { kind: 'none', schema: false, headerRows, firstRow: 0, lastRow: 0, columns: {}, notes: [], period: null, periodNote: '', periods: [], ids: 'titles' },
    summary: question,
    question,
    summaryMessage: asked,
    questionMessage: asked,
  };
}

const LAYOUT_PHRASES: Record<StructureKind, (c: SheetLayout['columns']) => Message> = {
  table: (c) => msg('shape.table', { id: c.ID ? columnLetters(c.ID.index) : null, parent: c.Parent ? columnLetters(c.Parent.index) : null }),
  outline: (c) => msg('shape.outline', { at: c.Outline ? columnLetters(c.Outline.index) : '?' }),
  'fill-down': (c) => msg('shape.fill-down', { objective: letter(c.Objective), keyResult: letter(c.KeyResult) }),
  columns: (c) => msg('shape.columns', { at: letter(c.Title ?? c.Objective ?? c.KeyResult) }),
  indent: (c) => msg('shape.indent', { at: letter(c.Title ?? c.Objective ?? c.KeyResult) }),
  prefix: (c) => msg('shape.prefix', { at: letter(c.Title ?? c.KeyResult ?? c.Objective) }),
  typed: (c) => msg('shape.typed', { at: letter(c.Type) }),
  flat: (c) => msg('shape.flat', { at: letter(c.Title ?? c.KeyResult ?? c.Objective) }),
};

function letter(column: { index: number } | undefined): string {
  return column ? columnLetters(column.index) : '?';
}

/**
 * What was read, as a catalogue message: "Read 'OKRs 2026' rows 10–58 as an outline (numbers
 * in B): 3 objectives, 11 key results; owner from D; values from Q1-2026."
 */
export function summaryMessage(sheet: Message, layout: SheetLayout, nodes: readonly OkrNode[]): Message {
  if (layout.kind === 'none') return msg('summary.nothing', { sheet });
  const count = (type: NodeType): number => nodes.reduce((n, node) => n + (node.type === type ? 1 : 0), 0);
  const c = layout.columns;
  const from: Message[] = [];
  if (c.Owner) from.push(msg('from.owner', { at: columnLetters(c.Owner.index) }));
  if (layout.period) from.push(msg('from.values', { period: layout.period, note: layout.periodNote ? (layout.periodWhy ?? verbatim(layout.periodNote)) : null }));
  if (c.Progress && nodes.some((n) => n.unit === '%' && n.target === 1 && n.baseline === 0)) from.push(msg('from.progress', { column: columnMessage(c.Progress) }));
  if (c.Status) from.push(msg('from.status', { at: columnLetters(c.Status.index) }));
  if (layout.ids === 'titles' && nodes.length > 0) from.push(msg('from.titles', {}));
  return msg('summary.read', {
    sheet,
    first: layout.firstRow,
    last: layout.lastRow,
    layout: LAYOUT_PHRASES[layout.kind](c),
    objectives: count('objective'),
    keyResults: count('key_result'),
    initiatives: count('initiative'),
    kpis: count('kpi'),
    from,
  });
}

/** The summary in English, as it has always read (the sheet named as given, "the sheet" without one). */
export function summaryLine(sheet: string, layout: SheetLayout, nodes: readonly OkrNode[]): string {
  return inEnglishFrom(EN_SCHEMA, summaryMessage(verbatim(sheet), layout, nodes));
}
