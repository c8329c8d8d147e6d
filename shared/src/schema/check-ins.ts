import type { CheckIn, OkrNode, Problem } from '../types';
import { isMissing } from '../values/index';
import { msg } from '../i18n/message';
import { CellReader, problem } from './cell-reader';
import { normalizeHeader } from './columns';
import { decimalComma } from './decimal-mark';

export interface CheckInParseResult {
  /** Check-ins per node ID, oldest first. */
  checkIns: Map<string, CheckIn[]>;
  problems: Problem[];
}

const CHECK_IN_HEADERS: Record<string, 'ID' | 'Date' | 'Value' | 'Confidence' | 'Comment' | 'User'> = {
  id: 'ID', keyresult: 'ID', kr: 'ID', okrid: 'ID',
  date: 'Date', time: 'Date', when: 'Date', day: 'Date', timestamp: 'Date',
  value: 'Value', current: 'Value', actual: 'Value', currentvalue: 'Value',
  confidence: 'Confidence', conf: 'Confidence',
  comment: 'Comment', note: 'Comment', notes: 'Comment',
  user: 'User', by: 'User', author: 'User', owner: 'User',
  // As a Russian check-in sheet names them.
  ключевойрезультат: 'ID', кр: 'ID', дата: 'Date', время: 'Date', значение: 'Value', факт: 'Value', текущеезначение: 'Value',
  уверенность: 'Confidence', комментарий: 'Comment', примечание: 'Comment', автор: 'User', пользователь: 'User',
};

/**
 * Reads a check-in table (header + rows of ID, Date, Value, optional Confidence, Comment,
 * User), the history behind trend forecasts. Problems carry row and column like parseRows.
 */
export function parseCheckIns(table: readonly unknown[], options: { timeZone?: string; firstRowNumber?: number; locale?: string } = {}): CheckInParseResult {
  const headerRow = options.firstRowNumber ?? 1;
  const problems: Problem[] = [];
  const checkIns = new Map<string, CheckIn[]>();
  const header = Array.isArray(table[0]) ? (table[0] as unknown[]) : [];
  const at: Partial<Record<string, number>> = {};
  header.forEach((name, j) => {
    const column = CHECK_IN_HEADERS[normalizeHeader(name)];
    if (column && at[column] === undefined) at[column] = j;
  });
  for (const column of ['ID', 'Date', 'Value']) {
    if (at[column] === undefined) {
      problem(problems, 'error', headerRow, column, 'missing_column', msg('checkins.missing_column', { row: headerRow, column }));
    }
  }
  if (problems.length > 0) return { checkIns, problems };

  const read = new CellReader(headerRow, problems, options.timeZone ?? 'UTC', decimalComma(options.locale, header));
  const cell = (cells: readonly unknown[], column: string): unknown => (at[column] === undefined ? undefined : cells[at[column] as number]);
  for (let r = 1; r < table.length; r++) {
    const cells = table[r];
    if (!Array.isArray(cells) || cells.every((c) => isMissing(c))) continue;
    read.row = headerRow + r;
    const id = read.text(cell(cells, 'ID'));
    const time = read.time('Date', cell(cells, 'Date'));
    if (id === '' || time === null) {
      problem(problems, 'error', read.row, undefined, 'bad_check_in', msg('checkins.incomplete', { row: read.row, noId: id === '' }));
      continue;
    }
    const confidence = read.number('Confidence', cell(cells, 'Confidence'));
    const checkIn: CheckIn = { time, value: read.number('Value', cell(cells, 'Value')) };
    if (confidence !== null) checkIn.confidence = confidence > 1 ? (confidence > 10 ? confidence / 100 : confidence / 10) : confidence;
    const comment = read.text(cell(cells, 'Comment'));
    if (comment !== '') checkIn.comment = comment;
    const user = read.text(cell(cells, 'User'));
    if (user !== '') checkIn.user = user;
    const list = checkIns.get(id);
    if (list) list.push(checkIn);
    else checkIns.set(id, [checkIn]);
  }
  for (const list of checkIns.values()) list.sort((a, b) => a.time - b.time);
  return { checkIns, problems };
}

/** Puts parsed check-ins onto their nodes (replacing what they had). */
export function attachCheckIns(nodes: readonly OkrNode[], checkIns: ReadonlyMap<string, CheckIn[]>): void {
  for (const node of nodes) {
    const list = checkIns.get(node.id);
    if (list) node.checkIns = list;
  }
}
