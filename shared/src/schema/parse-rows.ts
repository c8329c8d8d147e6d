import type { KrKind, NodeType, OkrNode, Problem } from '../types';
import { inferDirection } from '../progress/index';
import { isMissing, toBoolean, toNumber, withArticle } from '../values/index';
import { automationColumnForHeader } from '../rules/automation-columns';
import { msg } from '../i18n/message';
import { CellReader, problem } from './cell-reader';
import { COLUMNS, REQUIRED_COLUMNS, columnForHeader, normalizeHeader, type Column } from './columns';
import { decimalComma } from './decimal-mark';
import { foundValue } from './schemaMessages';

const EMPTY_CELL = msg('schema.found', { kind: 'empty_cell' });
import { validateNode } from './validate';
import { ACCEPTED_KINDS, ACCEPTED_LEVELS, ACCEPTED_TYPES, matchKind, matchLevel, matchType } from './vocabulary';

export interface ParseOptions {
  /** Zone for dates typed without a time (default 'UTC'). */
  timeZone?: string;
  /** Sheet row number of the header row (default 1); the first data row is the next one. */
  firstRowNumber?: number;
  /**
   * The spreadsheet's locale ("ru_RU", "en_US", as Apps Script reports it): numbers typed as
   * text are read with its decimal mark ("1,5" is 1.5 in a Russian sheet). Without it, a
   * header written mostly in Cyrillic means a decimal comma; any other sheet, a decimal point.
   */
  locale?: string;
}

export interface ParseResult {
  nodes: OkrNode[];
  problems: Problem[];
  /** Where each canonical column was found (index into a row), -1 when absent. */
  columns: Record<Column, number>;
}

/**
 * Reads OKR rows: `table[0]` is the header, every further entry a row.
 *
 * Columns may come in any order under many names (see HEADER_ALIASES); unknown columns
 * are ignored with one warning. Cells may be numbers or text ("1,200", "$1.2M", "15 %"),
 * dates, ISO text or spreadsheet serials. Every problem names its sheet row and column.
 * Bad cells become null and the row is still read; a row without an ID is skipped with a
 * problem; blank rows are skipped silently.
 */
export function parseRows(table: readonly unknown[], options: ParseOptions = {}): ParseResult {
  const timeZone = options.timeZone ?? 'UTC';
  const headerRow = options.firstRowNumber ?? 1;
  const problems: Problem[] = [];
  const columns = emptyColumns();
  const nodes: OkrNode[] = [];

  if (!Array.isArray(table) || table.length === 0 || !Array.isArray(table[0])) {
    const found = Array.isArray(table) && table.length > 0 ? foundValue(table[0]) : msg('schema.found', { kind: 'no_rows' });
    problem(problems, 'error', headerRow, undefined, 'no_header', msg('header.none', { row: headerRow, found }));
    return { nodes, problems, columns };
  }

  readHeader(table[0] as unknown[], headerRow, columns, problems);
  if (columns.ID < 0) return { nodes, problems, columns };
  const reader = new CellReader(headerRow, problems, timeZone, decimalComma(options.locale, table[0] as unknown[]));
  const hasBaseline = columns.Baseline >= 0;

  for (let r = 1; r < table.length; r++) {
    const cells = table[r];
    const row = headerRow + r;
    if (!Array.isArray(cells)) {
      if (!isMissing(cells)) {
        problem(problems, 'error', row, undefined, 'bad_row', msg('row.not_list', { row, found: foundValue(cells) }));
      }
      continue;
    }
    if (isBlank(cells)) continue;
    reader.row = row;
    const node = readRow(cells, columns, reader);
    if (node) {
      validateNode(node, problems, hasBaseline);
      nodes.push(node);
    }
  }
  return { nodes, problems, columns };
}

function emptyColumns(): Record<Column, number> {
  const columns = {} as Record<Column, number>;
  for (const column of COLUMNS) columns[column] = -1;
  return columns;
}

function isBlank(cells: readonly unknown[]): boolean {
  for (const cell of cells) if (!isMissing(cell)) return false;
  return true;
}

function readHeader(header: readonly unknown[], row: number, columns: Record<Column, number>, problems: Problem[]): void {
  const unknown: string[] = [];
  for (let j = 0; j < header.length; j++) {
    if (isMissing(header[j])) continue;
    const name = String(header[j]).trim();
    const column = columnForHeader(name);
    if (column === null) {
      // Check-in cadence and e-mail are read by the automations (rules/automation-columns).
      if (automationColumnForHeader(name) === null) unknown.push(name);
    } else if (columns[column] >= 0) {
      // A header that is the column's own name wins over an alias: Owner over Team, Type over Goal Type.
      const held = columns[column];
      const exact = normalizeHeader(name) === normalizeHeader(column) && normalizeHeader(header[held]) !== normalizeHeader(column);
      if (exact) columns[column] = j;
      const [kept, dropped] = exact ? [j, held] : [held, j];
      const params = { row, column, kept: String(header[kept]).trim(), keptAt: kept + 1, dropped: String(header[dropped]).trim(), droppedAt: dropped + 1 };
      problem(problems, 'warning', row, column, 'duplicate_column', msg('header.duplicate', params));
    } else {
      columns[column] = j;
    }
  }
  if (unknown.length > 0) {
    problem(problems, 'warning', row, undefined, 'unknown_column', msg('header.unknown', { row, columns: [...COLUMNS], names: unknown }));
  }
  for (const column of REQUIRED_COLUMNS) {
    if (columns[column] < 0) problem(problems, 'error', row, column, 'missing_column', msg('header.missing', { row, column, article: withArticle(column).split(' ')[0] }));
  }
}

/** One row in canonical column positions `at` (-1 = absent) → a node; null (and a problem) without an ID. */
export function readRow(cells: readonly unknown[], at: Record<Column, number>, read: CellReader): OkrNode | null {
  const cell = (column: Column): unknown => {
    const j = at[column];
    return j >= 0 ? cells[j] : undefined;
  };

  const id = read.text(cell('ID'));
  if (id === '') {
    read.report('ID', 'missing_id', msg('expect.id', {}), EMPTY_CELL, msg('hint.missing_id', {}));
    return null;
  }
  let title = read.text(cell('Title'));
  if (title === '' && at.Title >= 0) {
    read.report('Title', 'missing_title', msg('expect.title', {}), EMPTY_CELL, msg('hint.missing_title', { id }), 'warning');
    title = id;
  }

  const level = read.word('Level', cell('Level'), matchLevel, ACCEPTED_LEVELS);
  const explicitType = read.word('Type', cell('Type'), matchType, ACCEPTED_TYPES);
  const explicitKind = read.word('Kind', cell('Kind'), matchKind, ACCEPTED_KINDS);
  const baseline = read.number('Baseline', cell('Baseline'));
  const target = read.number('Target', cell('Target'));
  const low = read.number('Low', cell('Low'));
  const high = read.number('High', cell('High'));
  const { current, done } = readCurrent(cell('Current'), explicitKind, read);

  const type: NodeType =
    explicitType ?? (level === 'task' ? 'initiative' : explicitKind !== null || target !== null || current !== null || done !== null ? 'key_result' : 'objective');
  const kind = explicitKind ?? defaultKind(type, { baseline, target, current, done, low, high });

  return {
    id,
    parentId: read.text(cell('Parent')) || null,
    level,
    type,
    title: title || id,
    owner: read.text(cell('Owner')),
    kind,
    unit: read.text(cell('Unit')) || unitFromCells(cell('Target'), cell('Baseline'), cell('Current')),
    baseline,
    target,
    current,
    done,
    low,
    high,
    weight: readWeight(cell('Weight'), read),
    start: read.time('Start', cell('Start')),
    end: read.time('End', cell('End')),
    confidence: readConfidence(cell('Confidence'), read),
    metric: read.text(cell('Metric')),
    checkIns: [],
    row: read.row,
  };
}

/**
 * Current is a number, or for milestones done / not done. Without a Kind, a cell that
 * reads as TRUE/FALSE/done makes the row a milestone.
 */
function readCurrent(value: unknown, kind: KrKind | null, read: CellReader): { current: number | null; done: boolean | null } {
  if (kind === 'milestone') return { current: null, done: read.boolean('Current', value) };
  if (kind === null && (typeof value === 'boolean' || (typeof value === 'string' && !looksNumeric(value, read.decimalComma)))) {
    try {
      const done = toBoolean(value);
      if (done !== null) return { current: null, done };
    } catch {
      // Not a yes/no either: report it as the number it should have been.
    }
  }
  return { current: read.number('Current', value), done: null };
}

function looksNumeric(text: string, decimalComma: boolean): boolean {
  try {
    return toNumber(text, decimalComma) !== null;
  } catch {
    return false;
  }
}

interface KindEvidence {
  baseline: number | null;
  target: number | null;
  current: number | null;
  done: boolean | null;
  low: number | null;
  high: number | null;
}

/** A kind from the numbers when the Kind column is empty: objectives need none. */
function defaultKind(type: NodeType, e: KindEvidence): KrKind | null {
  if (e.done !== null) return 'milestone';
  if (type === 'objective') return null;
  // No baseline with a current value: measured from 0, as OKR_PROGRESS does (see nodeProgress).
  if (e.target !== null) return inferDirection(e.baseline ?? (e.current !== null ? 0 : null), e.target);
  if (e.low !== null && e.high !== null) return 'range';
  if (e.low !== null) return 'above';
  if (e.high !== null) return 'below';
  if (e.current !== null) return 'track';
  return null;
}

function readWeight(value: unknown, read: CellReader): number {
  const weight = read.number('Weight', value);
  if (weight === null) return 1;
  if (weight < 0) {
    read.report('Weight', 'negative_weight', msg('expect.weight', {}), foundValue(weight), msg('hint.weight', {}));
    return 1;
  }
  return weight;
}

/** 0–1, or 0–10 and 0–100 scales mapped to 0–1 (a value up to 1 is read as a fraction). */
function readConfidence(value: unknown, read: CellReader): number | null {
  const c = read.number('Confidence', value);
  if (c === null) return null;
  if (c >= 0 && c <= 1) return c;
  if (c > 1 && c <= 10) return c / 10;
  if (c > 10 && c <= 100) return c / 100;
  read.report('Confidence', 'bad_confidence', msg('expect.confidence', {}), foundValue(c), msg('hint.confidence', {}));
  return null;
}

/** "$" or "%" typed in a number cell stands in for an empty Unit column. */
function unitFromCells(...cells: unknown[]): string {
  for (const value of cells) {
    if (typeof value !== 'string') continue;
    if (value.includes('%')) return '%';
    const currency = /[$€£¥₹₽]/.exec(value);
    if (currency) return currency[0];
  }
  return '';
}
