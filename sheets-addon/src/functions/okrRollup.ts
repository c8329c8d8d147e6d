import { explain, rollupColumns, type Locale, type Problem } from '@aligned/core';
import { asRows, describeShape, rectangularWidth, type CellValue, type SheetsResult } from './grid';
import { InputError } from './InputError';
import { sheetLanguage } from './language';

/**
 * Rolled-up progress of every row of a cascade: its own progress when it has no children, else the weighted mean of its children's rolled-up progress.
 *
 * @param {Array<Array<string>>} ids The ID column: one ID per row.
 * @param {Array<Array<string>>} parents The Parent column: the ID of each row's parent, blank for a top-level goal.
 * @param {Array<Array<number>>} progress The Progress column: each row's own progress as a fraction (used when it has no children).
 * @param {Array<Array<number>>} weights Optional. The Weight column: blank means 1, 0 leaves a row out of its parent's progress.
 * @return {Array<Array<number>>} One rolled-up progress per row, the same shape as ids.
 * @customfunction
 */
export function OKR_ROLLUP(ids: unknown, parents: unknown, progress: unknown, weights?: unknown): SheetsResult {
  // Sheets always passes rectangles; a caller in code may not, and a ragged result cannot spill.
  const given: [string, unknown][] = [['ids', ids], ['parents', parents], ['progress', progress], ['weights', weights]];
  for (const [name, value] of given) {
    const rows = asRows(value);
    if (rows !== null) rectangularWidth(rows, name);
  }
  const idRows = asRows(ids);
  const idList = flatten(ids);
  const count = idList.length;
  const parentList = columnOf('parents', parents, count, false);
  const progressList = columnOf('progress', progress, count, false);
  const weightList = weights === undefined ? null : columnOf('weights', weights, count, true);

  const rolled = rollupColumns(idList, parentList, progressList, weightList, { firstRowNumber: 1 });
  const messages = problemsByRow(rolled.problems, idList, rolled.problems.length > 0 ? sheetLanguage() : 'en');

  const out: CellValue[] = [];
  for (let i = 0; i < count; i++) out.push(messages[i] ?? rolled[i] ?? '');
  if (idRows === null) {
    // A single row: Sheets shows a thrown message on the cell, like the other functions.
    if (messages[0] !== undefined) throw new InputError(messages[0]);
    return out[0];
  }
  return reshape(out, idRows);
}

function flatten(value: unknown): unknown[] {
  const rows = asRows(value);
  if (rows === null) return [value];
  const cells: unknown[] = [];
  for (const row of rows) for (const cell of row) cells.push(cell);
  return cells;
}

/** The argument as one value per row; a single value may stand for every row where `repeatable`. */
function columnOf(name: string, value: unknown, count: number, repeatable: boolean): unknown[] {
  const cells = flatten(value);
  if (cells.length === count) return cells;
  if (repeatable && asRows(value) === null) return new Array(count).fill(value);
  const rows = asRows(value);
  const size = rows === null ? 'a single cell' : describeShape({ rows: rows.length, cols: rows[0]?.length ?? 0 });
  throw new InputError(
    `OKR_ROLLUP: ids has ${count} cells but ${name} is ${size} (${cells.length} cells). Give columns of the same length, starting on the same row.`,
  );
}

/**
 * The message each row should show instead of a number. Rows are numbered from the first
 * row of the ranges given, which is how the core's messages count them here.
 */
function problemsByRow(problems: readonly Problem[], ids: readonly unknown[], language: Locale): (string | undefined)[] {
  const messages: (string | undefined)[] = [];
  if (problems.length === 0) return messages;
  const idText = ids.map((id) => (id === null || id === undefined ? '' : `${id}`.trim()));
  const mark = (i: number, message: string): void => {
    if (i >= 0 && i < ids.length && messages[i] === undefined) messages[i] = message;
  };
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const text = explain(problem, language);
    if ((problem.code === 'cycle' || problem.code === 'too_deep') && problem.ids) {
      // Every row of the loop (or of the too-deep chain) is left out, so every one says why.
      const involved = new Set(problem.ids);
      idText.forEach((id, i) => involved.has(id) && mark(i, text));
    } else if (problem.code === 'duplicate_id' && problem.ids) {
      // The first row with the ID is used; the later ones are the ones to fix.
      const id = problem.ids[0];
      const first = idText.indexOf(id);
      idText.forEach((other, i) => other === id && i !== first && mark(i, text));
    } else if (problem.row !== undefined) {
      mark(problem.row - 1, text);
    }
  }
  return messages;
}

function reshape(values: CellValue[], like: unknown[][]): CellValue[][] {
  let k = 0;
  return like.map((row) => row.map(() => values[k++]));
}
