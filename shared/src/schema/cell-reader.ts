import { inEnglishFrom } from '../i18n/english';
import { msg, toMessage, type Message } from '../i18n/message';
import type { Problem } from '../types';
import { isMissing, toBoolean, toNumber, toTime, ValueError } from '../values/index';
import { EN_SCHEMA, foundValue } from './schemaMessages';

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

  /**
   * Records a problem with the current row's cell. `expected`, `found` and `hint` are
   * catalogue messages (text passed as a string is shown as it is in every language);
   * the problem carries the English `message` and the `i18n` message for other languages.
   */
  report(column: string, code: string, expected: string | Message, found: string | Message, hint: string | Message, severity: Problem['severity'] = 'error'): void {
    problem(this.problems, severity, this.row, column, code, {
      code: 'schema.cell',
      params: { row: this.row, column, expected: toMessage(expected), found: toMessage(found), hint: toMessage(hint) },
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
      this.report(column, `bad_${column.toLowerCase()}`, msg('expect.word', { column: column as 'Level' | 'Type' | 'Kind', accepted }), foundValue(text), msg('hint.word', {}));
    }
    return value;
  }

  private fromValueError(column: string, code: string, error: unknown): void {
    if (!(error instanceof ValueError)) throw error;
    this.report(column, code, error.i18n?.expected ?? error.expected, error.i18n ? foundValue(error.value) : error.found, error.i18n?.hint ?? error.hint);
  }
}

/** Adds a problem whose sentence is a schema message: English in `message`, the message in `i18n`. */
export function problem(problems: Problem[], severity: Problem['severity'], row: number | undefined, column: string | undefined, code: string, message: Message, ids?: string[]): void {
  const found: Problem = { severity, row, code, message: inEnglishFrom(EN_SCHEMA, message), i18n: message };
  if (column !== undefined) found.column = column;
  if (ids !== undefined) found.ids = ids;
  problems.push(found);
}
