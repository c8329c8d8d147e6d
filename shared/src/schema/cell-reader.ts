import type { Problem } from '../types';
import { describeValue, isMissing, toBoolean, toNumber, toTime, ValueError } from '../values/index';

/**
 * Reads the cells of one row and records every problem with its row and column.
 *
 * A bad cell becomes null (or the column's default) and reading goes on, so one typo
 * never costs the whole row. Messages follow one pattern:
 * `Row 7, column Target: expected …, found "abc". <what to do>`.
 */
export class CellReader {
  constructor(
    /** The sheet row being read; parseRows moves one reader down the table. */
    public row: number,
    private readonly problems: Problem[],
    private readonly timeZone: string,
    /** Text numbers are written with a decimal comma ("1 200,5"), as a Russian sheet holds them. */
    readonly decimalComma = false,
  ) {}

  report(column: string, code: string, expected: string, found: string, hint: string, severity: Problem['severity'] = 'error'): void {
    this.problems.push({
      severity,
      row: this.row,
      column,
      code,
      message: `Row ${this.row}, column ${column}: expected ${expected}, found ${found}. ${hint}`,
    });
  }

  text(cell: unknown): string {
    if (isMissing(cell)) return '';
    if (typeof cell === 'string') return cell.trim();
    if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    return String(cell).trim();
  }

  number(column: string, cell: unknown): number | null {
    try {
      return toNumber(cell, this.decimalComma);
    } catch (error) {
      this.fromValueError(column, 'bad_number', error);
      return null;
    }
  }

  time(column: string, cell: unknown): number | null {
    try {
      return toTime(cell, this.timeZone);
    } catch (error) {
      this.fromValueError(column, 'bad_date', error);
      return null;
    }
  }

  boolean(column: string, cell: unknown): boolean | null {
    try {
      return toBoolean(cell);
    } catch (error) {
      this.fromValueError(column, 'bad_boolean', error);
      return null;
    }
  }

  /** One of a closed list of words; null (and a problem) for anything else. */
  word<T>(column: string, cell: unknown, match: (text: string) => T | null, accepted: string): T | null {
    const text = this.text(cell);
    if (text === '') return null;
    const value = match(text);
    if (value === null) {
      this.report(column, `bad_${column.toLowerCase()}`, `one of ${accepted}`, describeValue(text), 'Pick one of these words or clear the cell to use the default.');
    }
    return value;
  }

  private fromValueError(column: string, code: string, error: unknown): void {
    if (!(error instanceof ValueError)) throw error;
    this.report(column, code, error.expected, error.found, error.hint);
  }
}
