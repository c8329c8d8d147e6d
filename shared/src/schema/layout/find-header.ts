import { isMissing } from '../../values/index';
import { parsePeriod, type PeriodLabel } from './periods';
import { matchHeader, type HeaderMatch, type Role } from './roles';

/** How far down a header may sit under a title block. */
export const HEADER_SEARCH_ROWS = 20;

export interface ColumnInfo {
  /** 0-based index into a row. */
  index: number;
  /** What the column is called in messages: "Owner", "Q1-2026 Real"; "" when it has no header. */
  header: string;
  match: HeaderMatch | null;
  /** The period group the column sits under, when the header has a group row. */
  period: PeriodLabel | null;
}

export interface HeaderFound {
  /** 0-based index of the first and last header rows (equal for a one-row header). */
  top: number;
  bottom: number;
  columns: ColumnInfo[];
}

/**
 * Finds the header among the first 20 rows: the row naming the most different roles
 * (title blocks, notes and blank rows above it are passed over). The row above joins it
 * as a group row when it carries period titles ("Q1-2026" over Baseline / Real / Target)
 * or names columns the lower row leaves blank (a header merged over two rows).
 * null when no row names at least two roles.
 */
export function findHeader(table: readonly unknown[], fixedRow?: number): HeaderFound | null {
  let best = -1;
  let bestScore = 1;
  const last = fixedRow ?? Math.min(table.length, HEADER_SEARCH_ROWS) - 1;
  for (let r = fixedRow ?? 0; r <= last; r++) {
    const score = distinctRoles(table[r]);
    if (score > bestScore || (fixedRow !== undefined && r === fixedRow)) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) return null;
  const lower = table[best] as unknown[];
  const upper = best > 0 && Array.isArray(table[best - 1]) ? (table[best - 1] as unknown[]) : null;
  const grouped = upper !== null && joinsAbove(upper, lower);
  const top = grouped ? best - 1 : best;
  return { top, bottom: best, columns: describeColumns(grouped ? upper : null, lower, parsePeriod) };
}

function distinctRoles(row: unknown): number {
  if (!Array.isArray(row)) return 0;
  const roles = new Set<Role>();
  for (const cell of row) {
    const match = matchHeader(cell);
    if (match) roles.add(match.role);
  }
  return roles.size;
}

function joinsAbove(upper: readonly unknown[], lower: readonly unknown[]): boolean {
  let periods = 0;
  let named = 0;
  for (let j = 0; j < upper.length; j++) {
    if (isMissing(upper[j])) continue;
    if (parsePeriod(upper[j])) periods++;
    else if (isMissing(lower[j]) && matchHeader(upper[j])) named++;
  }
  return periods > 0 || named > 0;
}

/** Each column's header and role; `period` reads group titles (none for a one-row header). */
export function describeColumns(upper: readonly unknown[] | null, lower: readonly unknown[], readPeriod: (text: unknown) => PeriodLabel | null = () => null): ColumnInfo[] {
  const width = Math.max(lower.length, upper?.length ?? 0);
  const columns: ColumnInfo[] = [];
  let period: PeriodLabel | null = null;
  for (let j = 0; j < width; j++) {
    const above = upper && !isMissing(upper[j]) ? String(upper[j]).trim() : '';
    const below = !isMissing(lower[j]) ? String(lower[j]).trim() : '';
    // A group title covers the columns to its right until the next title (merged cells read as blank).
    if (above !== '') period = readPeriod(above);
    if (below !== '') {
      columns.push({ index: j, header: period ? `${period.label} ${below}` : below, match: matchHeader(below), period });
    } else {
      const text = period ? '' : above;
      columns.push({ index: j, header: oneLine(text), match: text === '' ? null : matchHeader(text), period: text === '' ? period : null });
    }
  }
  for (const column of columns) column.header = oneLine(column.header);
  return columns;
}

/** Headers on one line and short enough to quote (an instructions cell can be a paragraph). */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 37)}…` : line;
}
