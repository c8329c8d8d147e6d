import type { OkrNode } from '../types';
import type { CellReader } from './cell-reader';
import { chooseColumns } from './layout/choose-columns';
import { matchConfidenceWord, matchStatusWord } from './layout/cell-words';
import { findHeader } from './layout/find-header';
import { useHeaderLanguages } from './layout/header-languages';
import { readLayout, readSchema, summaryMessage, type ReadSheetOptions, type ReadSheetResult } from './read-layout';
import { msg } from '../i18n/message';

/**
 * Reads OKR rows as people keep them in a spreadsheet. A sheet in the row schema (header in
 * its first row naming ID and Title) is read by parseRows exactly as before. Any other sheet:
 * the header is found in the first 20 rows (one or two rows, under a title block), columns
 * are matched in six languages or recognised by their content, the period group containing
 * today is read, IDs and parents come from an outline, fill-down, depth, indentation,
 * prefixes or a type column, and progress, confidence and status words typed in the sheet
 * are read too. Unsure readings return a question instead of nodes.
 */
export function readSheet(table: readonly unknown[], options: ReadSheetOptions = {}): ReadSheetResult {
  useHeaderLanguages();
  const schema = readSchema(table, options, summaryMessage);
  if (schema) return schema;
  const rows = Array.isArray(table) ? table : [];
  const header = findHeader(rows, options.mapping ? options.mapping.headerRow - (options.firstRowNumber ?? 1) : undefined);
  const choose = (columns: Parameters<typeof chooseColumns>[0], cells: Parameters<typeof chooseColumns>[1]) =>
    chooseColumns(columns, cells, { today: options.today ?? Date.now(), timeZone: options.timeZone ?? 'UTC', period: options.period });
  return readLayout(rows, header, options, choose, { status: readStatus, confidence: matchConfidenceWord }, summaryMessage);
}

/** A status typed in the sheet becomes the node's reported status; other words are reported, never guessed. */
function readStatus(node: OkrNode, text: string, reader: CellReader): void {
  const code = matchStatusWord(text);
  if (code === null) {
    reader.report('Status', 'bad_status', msg('expect.status', {}), msg('schema.found', { kind: 'text', text }), msg('hint.status', {}), 'warning');
    return;
  }
  node.reportedStatus = { code, text };
}
