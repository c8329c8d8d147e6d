import { msg, verbatim } from '../i18n/message';
import { problem } from '../schema/cell-reader';
import { foundValue } from '../schema/schemaMessages';
import type { Problem } from '../types';
import { toNumber, ValueError } from '../values/index';
import { linkIds } from './link';
import { rollupIndexed } from './rollup-indexed';
import type { MissingPolicy } from './types';

export interface RollupColumnsOptions {
  /** Sheet row number of the first entry, for messages (default 1). */
  firstRowNumber?: number;
  cap?: number;
  missingAs?: MissingPolicy;
  maxDepth?: number;
}

/** One value per input row, plus the problems found (cycles, duplicates, bad cells). */
export type RollupColumnsResult = (number | null)[] & { problems: Problem[] };

/**
 * OKR_ROLLUP: every row's progress rolled up through the whole cascade described by the
 * ID and Parent columns. A row without children keeps its own progress; a row with children
 * gets the weighted mean of its children's rolled-up progress (each clamped to [0, cap]).
 *
 * Cells may be numbers or text ("58 %"), and one-cell arrays (a Sheets column) are
 * unwrapped. Rows in a cycle, later duplicate IDs and rows without any data give null, and
 * every such case is listed in `problems` with its row number.
 */
export function rollupColumns(
  ids: readonly unknown[],
  parents: readonly unknown[],
  progress: readonly unknown[],
  weights?: readonly unknown[] | null,
  options: RollupColumnsOptions = {},
): RollupColumnsResult {
  const firstRow = options.firstRowNumber ?? 1;
  const n = ids.length;
  const problems: Problem[] = [];
  const idText: string[] = new Array(n);
  const parentText: (string | null)[] = new Array(n);
  const own = new Float64Array(n);
  const weight = new Float64Array(n);

  for (let i = 0; i < n; i++) {
    idText[i] = idOf(ids[i]);
    // Rows without an ID take no part in the graph: they cannot be anyone's parent.
    parentText[i] = idText[i] === '' ? null : idOf(parents[i]);
    own[i] = readCell(progress[i], i, 'Progress', problems, firstRow) ?? NaN;
    const w = weights ? readCell(weights[i], i, 'Weight', problems, firstRow) : null;
    if (w !== null && w < 0) {
      const row = firstRow + i;
      problem(problems, 'error', row, 'Weight', 'negative_weight', msg('schema.cell', { row, column: 'Weight', expected: msg('expect.weight', {}), found: foundValue(w), hint: msg('hint.weight_rollup', {}) }));
    }
    weight[i] = w === null ? 1 : w;
  }

  const linked = linkIds(
    idText,
    parentText,
    (i) => ({ id: idText[i], parentId: idOf(parents[i]), row: firstRow + i }),
    options.maxDepth,
  );
  problems.push(...linked.problems);
  const values = rollupIndexed(linked, own, weight, options);

  const result = new Array<number | null>(n) as RollupColumnsResult;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    result[i] = v === v ? v : null;
  }
  result.problems = problems;
  return result;
}

// Module constants, not globals: in Apps Script (and node:vm) every global name in a loop
// (Array, String) is looked up on the global object each time, which dominated OKR_ROLLUP.
const isArray = Array.isArray;
const toText = String;

function unwrap(cell: unknown): unknown {
  return isArray(cell) && cell.length === 1 ? cell[0] : cell;
}

function idOf(cell: unknown): string {
  const value = unwrap(cell);
  if (typeof value === 'string') return value.trim(); // the usual cell: no conversion needed
  if (value === null || value === undefined) return '';
  return toText(value).trim();
}

function readCell(cell: unknown, i: number, column: string, problems: Problem[], firstRow: number): number | null {
  try {
    return toNumber(unwrap(cell));
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    const row = firstRow + i;
    const { expected, hint } = error.i18n ?? { expected: verbatim(error.expected), hint: verbatim(error.hint) };
    problem(problems, 'error', row, column, 'bad_number', msg('schema.cell', { row, column, expected, found: error.i18n ? foundValue(error.value) : verbatim(error.found), hint }));
    return null;
  }
}
