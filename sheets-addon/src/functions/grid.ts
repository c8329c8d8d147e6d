import { InputError, messageOf } from './InputError';
import { overflowError } from './overflow';

/** What one output cell can hold. Blank is `''`, the way Sheets writes an empty cell. */
export type CellValue = number | string | boolean;

/** What a custom function hands back to Sheets: one value, or rows of values that spill. */
export type SheetsResult = CellValue | CellValue[][];

/** One argument as Sheets passed it (a cell's value, or a range as rows of values), with its documented name. */
export interface NamedArgument {
  name: string;
  value: unknown;
}

/** Rows × columns of an argument; a single value is 1 × 1. */
export interface Shape {
  rows: number;
  cols: number;
}

/**
 * Sheets passes a range as rows of values; a literal array or a caller in code may hand a flat
 * list, read here as one row (what `={1, 2, 3}` is in a sheet). Anything else is a single value.
 */
export function asRows(value: unknown): unknown[][] | null {
  if (!Array.isArray(value)) return null;
  if (value.length > 0 && value.every(Array.isArray)) return value as unknown[][];
  return [value];
}

export function describeShape({ rows, cols }: Shape): string {
  if (rows === 1 && cols === 1) return 'a single cell';
  return `${rows} ${rows === 1 ? 'row' : 'rows'} × ${cols} ${cols === 1 ? 'column' : 'columns'}`;
}

/**
 * Computes a custom function cell by cell, the way one call over whole ranges should.
 *
 * Sheets makes one server call per formula, so a column of 50,000 key results must be one
 * call over ranges, not 50,000 calls. Arguments may mix single values and ranges: a single
 * value is used for every cell, a one-row or one-column range is repeated along the other
 * axis, and every other range must have the output's size.
 *
 * `compute` gets the cell's argument values in the order given (the array is reused between
 * cells, so it must not be kept) and returns the output, `null` for a blank cell.
 * - Only single values: the result is returned, and an error is thrown for Sheets to show.
 * - Any range: rows of results; a cell whose inputs are wrong holds the error's message as
 *   text, and every other cell is still computed.
 */
export function overCells(
  functionName: string,
  args: readonly NamedArgument[],
  compute: (cell: unknown[]) => CellValue | null,
): SheetsResult {
  const count = args.length;
  const grids: (unknown[][] | null)[] = new Array(count);
  const cell: unknown[] = new Array(count);
  let anyRange = false;
  for (let a = 0; a < count; a++) {
    const rows = asRows(args[a].value);
    grids[a] = rows;
    if (rows === null) cell[a] = args[a].value;
    else anyRange = true;
  }

  if (!anyRange) {
    try {
      return finish(compute(cell), functionName);
    } catch (error) {
      throw new Error(messageOf(error, functionName), { cause: error });
    }
  }

  const { rows, cols } = outputShape(functionName, args, grids);
  // Per argument: does it vary down the rows / across the columns, or is it repeated?
  const alongRows = grids.map((g) => g !== null && g.length > 1);
  const alongCols = grids.map((g) => g !== null && g[0].length > 1);

  // Array literals, not `new Array(n)`: a global lookup per row costs more than the arithmetic in
  // some hosts (node:vm contexts, where the tests and benchmarks run the bundle).
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c < cols; c++) {
      for (let a = 0; a < count; a++) {
        const g = grids[a];
        if (g !== null) cell[a] = g[alongRows[a] ? r : 0][alongCols[a] ? c : 0];
      }
      try {
        line.push(finish(compute(cell), functionName));
      } catch (error) {
        line.push(messageOf(error, functionName));
      }
    }
    out.push(line);
  }
  return out;
}

/** The output size, or an error naming the two arguments whose sizes cannot be combined. */
function outputShape(functionName: string, args: readonly NamedArgument[], grids: (unknown[][] | null)[]): Shape {
  let rows = 1;
  let cols = 1;
  let rowsFrom = -1;
  let colsFrom = -1;
  const shapes = grids.map((g, a) => {
    const shape = g === null ? { rows: 1, cols: 1 } : { rows: g.length, cols: rectangularWidth(g, args[a].name) };
    if (shape.rows > rows) [rows, rowsFrom] = [shape.rows, a];
    if (shape.cols > cols) [cols, colsFrom] = [shape.cols, a];
    return shape;
  });
  for (let a = 0; a < grids.length; a++) {
    const { rows: r, cols: c } = shapes[a];
    const other = r !== 1 && r !== rows ? rowsFrom : c !== 1 && c !== cols ? colsFrom : -1;
    if (other >= 0) {
      throw new InputError(
        `${functionName}: ${args[other].name} is ${describeShape(shapes[other])} but ${args[a].name} is ` +
          `${describeShape(shapes[a])}. Give ranges of the same size, or a single cell to use for every row.`,
      );
    }
  }
  return { rows, cols };
}

/** The width of a range, or an error naming the argument when its rows differ in length or it is empty. */
export function rectangularWidth(rows: unknown[][], name: string): number {
  const width = rows[0].length;
  for (let r = 1; r < rows.length; r++) {
    if (rows[r].length !== width) {
      throw new InputError(`${name}: row ${r + 1} of the range has ${rows[r].length} cells but row 1 has ${width}; give a rectangular range.`);
    }
  }
  if (width === 0) throw new InputError(`${name}: the range is empty; give at least one cell.`);
  return width;
}

/** Blank for nothing; never NaN or Infinity on screen. */
function finish(value: CellValue | null, functionName: string): CellValue {
  if (value === null) return '';
  if (typeof value === 'number' && value - value !== 0) {
    // ±Infinity from finite inputs is an overflow the inputs caused; NaN would be our fault.
    if (value === value) throw overflowError('inputs');
    throw new Error(`${functionName} produced ${value} instead of a number`);
  }
  return value;
}
