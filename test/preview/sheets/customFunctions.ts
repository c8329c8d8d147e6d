/**
 * The add-on's custom functions as the page finds them: top-level functions of Code.js,
 * hence properties of `window`. A missing one is a build problem, said plainly.
 */
export type CellValue = number | string | boolean | Date;
export type Range = CellValue[][];
export type CustomFunction = (...args: unknown[]) => unknown;

export const FUNCTION_NAMES = ['OKR_PROGRESS', 'OKR_STATUS', 'OKR_SCORE', 'OKR_PROJECTED_SCORE', 'OKR_ROLLUP', 'OKR_FORECAST'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export function customFunction(name: FunctionName): CustomFunction {
  const fn = (window as unknown as Record<string, unknown>)[name];
  if (typeof fn !== 'function') {
    throw new Error(`sheets-addon/dist/Code.js defines no global function ${name}: rebuild the add-on with \`npm run build:sheets\`.`);
  }
  return fn as CustomFunction;
}

/**
 * Calls a custom function once over whole columns, as one formula over ranges does in
 * Sheets, and returns one value per row. A thrown error fills the column with its
 * message, as Sheets shows #ERROR! with that message on the formula cell.
 */
export function callOverColumns(name: FunctionName, args: Array<Range | CellValue>, rows: number): CellValue[] {
  let result: unknown;
  try {
    result = customFunction(name)(...args);
  } catch (error) {
    const message = `#ERROR! ${error instanceof Error ? error.message : String(error)}`;
    return new Array<CellValue>(rows).fill(message);
  }
  if (!Array.isArray(result)) {
    // One row in, one value out.
    return new Array<CellValue>(rows).fill(result as CellValue);
  }
  const out = (result as unknown[][]).map((row) => (Array.isArray(row) ? row[0] : row) as CellValue);
  if (out.length !== rows) {
    throw new Error(`${name} returned ${out.length} rows for ${rows} input rows.`);
  }
  return out;
}

/** A column of cells as the 2-D range Sheets passes (one row per cell). */
export function asRange(values: CellValue[]): Range {
  return values.map((value) => [value]);
}
