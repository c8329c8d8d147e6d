/**
 * The formula columns a person types next to their OKR rows: one formula per column over the
 * whole range, each calling one of the add-on's custom functions (Code.js). The source
 * columns are those of the user's OKR sheet in the double, found by header (ignoring case),
 * typed as Sheets hands them to a custom function (numbers, text, Dates for date cells, ''
 * for empty cells). Every computed value comes from Code.js.
 */
import { columnLetters } from '../../sheets-addon/double/index';
import { asRange, callOverColumns, type CellValue } from './customFunctions';

/** The source columns the formulas read, by the core's column names. */
export const SOURCE_COLUMNS = ['ID', 'Parent', 'Kind', 'Baseline', 'Target', 'Current', 'Weight', 'Start', 'End'] as const;
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export type ComputedKind = 'progress' | 'rollup' | 'status' | 'score' | 'forecast';
/** Number formats of the formula columns, as a person would set them. */
export const COMPUTED_FORMATS: Record<ComputedKind, string> = {
  progress: '0.0%',
  rollup: '0.0%',
  status: 'General',
  score: '0.0',
  forecast: '#,##0.##',
};

export interface ComputedColumn {
  /** 1-based sheet column. */
  column: number;
  letter: string;
  title: string;
  kind: ComputedKind;
  /** The formula as typed in row 2; it spills down the column. */
  formula: string;
  /** One value per data row (row 2 onwards). */
  values: CellValue[];
  /** Per-row number formats where they differ by row (the Score column: `0.0" projected"` while a period runs). */
  numberFormats?: string[];
}

/** The number format a person gives a score whose period is still running (as the add-on's cascade sheet does). */
export const PROJECTED_FORMAT = '0.0" projected"';

const DATE_COLUMNS = new Set<SourceColumn>(['Start', 'End']);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a cell holds: a date typed as "2026-01-01" is a date to Sheets (midnight, the sheet's zone: UTC here). */
function asCell(value: unknown, column: SourceColumn): CellValue {
  if (value === null || value === undefined) return '';
  if (DATE_COLUMNS.has(column) && typeof value === 'string') {
    const iso = ISO_DAY.exec(value.trim());
    if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

function findColumn(header: unknown[], name: string): number {
  return header.findIndex((h) => String(h).trim().toLowerCase() === name.toLowerCase());
}

/** True when a header row has the columns the formulas read. */
export function hasFormulaColumns(header: readonly unknown[] | undefined): boolean {
  return !!header && SOURCE_COLUMNS.every((name) => findColumn([...header], name) >= 0);
}

/** The formula columns after the table's last column, computed by Code.js over the table's rows. */
export function computedColumns(table: unknown[][], asOf: Date): ComputedColumn[] {
  const [header = [], ...body] = table;
  const rows = body.length;
  if (rows === 0) return [];
  const first = 2;
  const last = rows + 1;
  const sourceIndex = new Map(SOURCE_COLUMNS.map((name) => [name, findColumn(header, name)]));
  const sourceRange = (name: SourceColumn) => {
    const letter = columnLetters(sourceIndex.get(name)! + 1);
    return `${letter}${first}:${letter}${last}`;
  };
  const values = (name: SourceColumn) => {
    const index = sourceIndex.get(name)!;
    return asRange(body.map((row) => (index < 0 ? '' : asCell(row[index], name))));
  };
  const columns: ComputedColumn[] = [];
  const add = (title: string, kind: ComputedKind, formula: (range: (c: ComputedColumn) => string) => string, compute: () => CellValue[]) => {
    const column = header.length + columns.length + 1;
    const letter = columnLetters(column);
    const computed: ComputedColumn = { column, letter, title, kind, formula: '', values: [] };
    computed.formula = formula((c) => `${c.letter}${first}:${c.letter}${last}`);
    computed.values = compute();
    columns.push(computed);
    return computed;
  };

  const progress = add(
    'Progress',
    'progress',
    () => `=OKR_PROGRESS(${sourceRange('Current')}, ${sourceRange('Target')}, ${sourceRange('Baseline')}, ${sourceRange('Kind')})`,
    () => callOverColumns('OKR_PROGRESS', [values('Current'), values('Target'), values('Baseline'), values('Kind')], rows)
  );
  const rollup = add(
    'Rolled up',
    'rollup',
    (range) => `=OKR_ROLLUP(${sourceRange('ID')}, ${sourceRange('Parent')}, ${range(progress)}, ${sourceRange('Weight')})`,
    () => callOverColumns('OKR_ROLLUP', [values('ID'), values('Parent'), asRange(progress.values), values('Weight')], rows)
  );
  add(
    'Status',
    'status',
    (range) => `=OKR_STATUS(${range(rollup)}, ${sourceRange('Start')}, ${sourceRange('End')}, AS_OF)`,
    () => callOverColumns('OKR_STATUS', [asRange(rollup.values), values('Start'), values('End'), asOf], rows)
  );
  // The score as graded at the period's end: projected while the period runs, final from its End day.
  const score = add(
    'Score',
    'score',
    (range) => `=OKR_PROJECTED_SCORE(${range(rollup)}, ${sourceRange('Start')}, ${sourceRange('End')}, AS_OF, ${sourceRange('Kind')})`,
    () =>
      callOverColumns(
        'OKR_PROJECTED_SCORE',
        [asRange(rollup.values), values('Start'), values('End'), asOf, values('Kind')],
        rows
      )
  );
  score.numberFormats = values('End').map(([end]) => (end instanceof Date && asOf < end ? PROJECTED_FORMAT : COMPUTED_FORMATS.score));
  add(
    'Forecast',
    'forecast',
    () =>
      `=OKR_FORECAST(${sourceRange('Current')}, ${sourceRange('Target')}, ${sourceRange('Baseline')}, ${sourceRange('Start')}, ${sourceRange('End')}, AS_OF)`,
    () =>
      callOverColumns(
        'OKR_FORECAST',
        [values('Current'), values('Target'), values('Baseline'), values('Start'), values('End'), asOf],
        rows
      )
  );
  return columns;
}
