import { describeColumns } from './layout/find-header';
import { pickRoles } from './layout/pick-roles';
import { readLayout, readSchema, type ReadSheetOptions, type ReadSheetResult } from './read-layout';

/**
 * Reads OKR rows from a table whose first row is its header (a Grafana table frame, a CSV):
 * the same layouts as readSheet (schema, outline, fill-down, depth, indentation, prefixes,
 * types, progress given directly), without what only spreadsheets have: title blocks,
 * two-row headers with period groups, header words in other languages, status and
 * confidence words, and the summary line (empty here). Kept apart so that the
 * Grafana panel's bundle carries only what a table can hold.
 */
export function readTable(table: readonly unknown[], options: ReadSheetOptions = {}): ReadSheetResult {
  const schema = readSchema(table, options, null);
  if (schema) return schema;
  const rows = Array.isArray(table) ? table : [];
  const first = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : null;
  const header = first && first.some((cell) => typeof cell === 'string' && cell.trim() !== '') ? { top: 0, bottom: 0, columns: describeColumns(null, first) } : null;
  return readLayout(rows, header, options, (columns) => pickRoles(columns), {}, null);
}
