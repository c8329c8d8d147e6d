/**
 * The ABC OKR rows as a sheet: source columns typed as Sheets would hand them to a custom
 * function (numbers, text, Dates for date cells, '' for empty cells), then one formula per
 * computed column over the whole range. Every computed value comes from Code.js.
 */
import type { DemoPayload } from '../demoPayload';
import { asRange, callOverColumns, type CellValue } from './customFunctions';

/** The source columns shown (those the formulas read), by the core's column names; header matching ignores case. */
export const SOURCE_COLUMNS = [
  'ID',
  'Parent',
  'Level',
  'Title',
  'Kind',
  'Baseline',
  'Target',
  'Current',
  'Weight',
  'Start',
  'End',
] as const;
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export type ComputedKind = 'progress' | 'rollup' | 'status' | 'score' | 'forecast';
export type CellFormat = 'text' | 'number' | 'date' | 'percent' | 'score' | 'status';

export interface SheetColumn {
  letter: string;
  title: string;
  format: CellFormat;
  /** For computed columns: what it is, and the formula as typed in its first cell. */
  computed?: ComputedKind;
  formula?: string;
  values: CellValue[];
  /** Per-row Sheets number formats where they differ by row (the Score column: `0.0" projected"` while a period runs). */
  numberFormats?: string[];
}

export interface Sheet {
  asOf: Date;
  ids: string[];
  /** Level of each row (for the cascade indent). */
  levels: string[];
  columns: SheetColumn[];
}

const DATE_COLUMNS = new Set<SourceColumn>(['Start', 'End']);
const NUMBER_COLUMNS = new Set<SourceColumn>(['Baseline', 'Target', 'Current', 'Weight']);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The number format a sheet gives a score whose period is still running (as the add-on's cascade sheet does). */
export const PROJECTED_FORMAT = '0.0" projected"';

function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  }
  return letter;
}

/** What a sheet cell holds: Sheets passes a date cell as a Date (midnight, the sheet's zone: UTC here). */
function asCell(value: unknown, column: SourceColumn): CellValue {
  if (value === null || value === undefined) {
    return '';
  }
  if (DATE_COLUMNS.has(column)) {
    if (typeof value === 'number') {
      return new Date(value);
    }
    const iso = typeof value === 'string' ? ISO_DAY.exec(value.trim()) : null;
    if (iso) {
      return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    }
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

function findColumn(header: unknown[], name: string): number {
  return header.findIndex((h) => String(h).trim().toLowerCase() === name.toLowerCase());
}

export function buildSheet(demo: DemoPayload): Sheet {
  const [header = [], ...body] = demo.rows;
  const rows = body.length;
  const asOf = new Date(demo.params.asOf);
  const first = 2;
  const last = rows + 1;

  const columns: SheetColumn[] = [];
  const source = new Map<SourceColumn, SheetColumn>();
  for (const name of SOURCE_COLUMNS) {
    const index = findColumn(header, name);
    const column: SheetColumn = {
      letter: columnLetter(columns.length),
      title: name,
      format: DATE_COLUMNS.has(name) ? 'date' : NUMBER_COLUMNS.has(name) ? 'number' : 'text',
      values: body.map((row) => (index < 0 ? '' : asCell(row[index], name))),
    };
    columns.push(column);
    source.set(name, column);
  }
  const range = (column: SheetColumn) => `${column.letter}${first}:${column.letter}${last}`;
  const values = (name: SourceColumn) => asRange(source.get(name)!.values);
  const addComputed = (title: string, computed: ComputedKind, format: CellFormat, formula: (letter: string) => string, compute: () => CellValue[]) => {
    const letter = columnLetter(columns.length);
    const column: SheetColumn = { letter, title, format, computed, formula: formula(letter), values: compute() };
    columns.push(column);
    return column;
  };
  const col = (name: SourceColumn) => source.get(name)!;

  const progress = addComputed(
    'Progress',
    'progress',
    'percent',
    () => `=OKR_PROGRESS(${range(col('Current'))}, ${range(col('Target'))}, ${range(col('Baseline'))}, ${range(col('Kind'))})`,
    () => callOverColumns('OKR_PROGRESS', [values('Current'), values('Target'), values('Baseline'), values('Kind')], rows)
  );
  const rollup = addComputed(
    'Rolled up',
    'rollup',
    'percent',
    () => `=OKR_ROLLUP(${range(col('ID'))}, ${range(col('Parent'))}, ${range(progress)}, ${range(col('Weight'))})`,
    () => callOverColumns('OKR_ROLLUP', [values('ID'), values('Parent'), asRange(progress.values), values('Weight')], rows)
  );
  addComputed(
    'Status',
    'status',
    'status',
    () => `=OKR_STATUS(${range(rollup)}, ${range(col('Start'))}, ${range(col('End'))}, AS_OF)`,
    () => callOverColumns('OKR_STATUS', [asRange(rollup.values), values('Start'), values('End'), asOf], rows)
  );
  // The score as graded at the period's end: projected while the period runs, final from its End day.
  const scoreColumn = addComputed(
    'Score',
    'score',
    'score',
    () => `=OKR_PROJECTED_SCORE(${range(rollup)}, ${range(col('Start'))}, ${range(col('End'))}, AS_OF, ${range(col('Kind'))})`,
    () =>
      callOverColumns(
        'OKR_PROJECTED_SCORE',
        [asRange(rollup.values), values('Start'), values('End'), asOf, values('Kind')],
        rows
      )
  );
  scoreColumn.numberFormats = col('End').values.map((end) => (end instanceof Date && asOf < end ? PROJECTED_FORMAT : '0.0'));
  addComputed(
    'Forecast',
    'forecast',
    'number',
    () =>
      `=OKR_FORECAST(${range(col('Current'))}, ${range(col('Target'))}, ${range(col('Baseline'))}, ${range(col('Start'))}, ${range(col('End'))}, AS_OF)`,
    () =>
      callOverColumns(
        'OKR_FORECAST',
        [values('Current'), values('Target'), values('Baseline'), values('Start'), values('End'), asOf],
        rows
      )
  );

  return {
    asOf,
    ids: col('ID').values.map(String),
    levels: col('Level').values.map(String),
    columns,
  };
}
