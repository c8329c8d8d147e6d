import type { Message } from '../../i18n/message';
import { isMissing } from '../../values/index';
import type { ColumnInfo } from './find-header';
import { periodContains, periodOrder, periodStarted, type PeriodLabel } from './periods';
import { pickRoles, type ChosenColumns } from './pick-roles';
import type { Role } from './roles';

/** The roles whose cells decide whether a period group holds data. */
const VALUE_ROLES: ReadonlySet<Role> = new Set<Role>(['Baseline', 'Target', 'Current', 'Progress']);

export interface ChooseOptions {
  today: number;
  timeZone: string;
  /** A period the user picked by its label ("Q2-2026"); default: the one containing today. */
  period?: string;
}

/**
 * Picks one column per role. With period groups, the group containing today is read (or
 * the one the user picked); when that group is still empty, the latest group already
 * started that has values, so a sheet filled in for Q1 is not read as blank in Q4.
 * Among columns naming the same role, an exact name wins over an alias, then the leftmost.
 */
export function chooseColumns(columns: readonly ColumnInfo[], rows: readonly (readonly unknown[])[], options: ChooseOptions): ChosenColumns {
  const periods = distinctPeriods(columns);
  const { period, note, why } = pickPeriod(periods, columns, rows, options);
  const { roles, notes, noteMessages } = pickRoles(columns, (column) => !column.period || !period || column.period.label === period.label);
  return { roles, notes, noteMessages, period, periodNote: note, periodWhy: why, periods };
}

function distinctPeriods(columns: readonly ColumnInfo[]): PeriodLabel[] {
  const seen = new Map<string, PeriodLabel>();
  for (const column of columns) if (column.period && !seen.has(column.period.label)) seen.set(column.period.label, column.period);
  return [...seen.values()];
}

function pickPeriod(
  periods: PeriodLabel[],
  columns: readonly ColumnInfo[],
  rows: readonly (readonly unknown[])[],
  options: ChooseOptions,
): { period: PeriodLabel | null; note: string; why: Message | null } {
  if (periods.length === 0) return { period: null, note: '', why: null };
  if (options.period) {
    const wanted = periods.find((p) => p.label.toLowerCase() === options.period?.trim().toLowerCase());
    if (wanted) return { period: wanted, note: 'picked', why: null };
  }
  const current = periods.find((p) => periodContains(p, options.today, options.timeZone));
  if (current && hasValues(current, columns, rows)) return { period: current, note: 'contains today', why: null };
  const started = periods
    .filter((p) => periodStarted(p, options.today, options.timeZone) && hasValues(p, columns, rows))
    .sort((a, b) => periodOrder(b) - periodOrder(a));
  const fallback = started[0] ?? periods.find((p) => hasValues(p, columns, rows)) ?? current ?? periods[0];
  if (fallback === current) return { period: fallback, note: 'contains today', why: null };
  if (current) return { period: fallback, note: `${current.label}, which contains today, is empty`, why: { code: 'period.today_empty', params: { period: current.label } } };
  return { period: fallback, note: 'no group contains today', why: { code: 'period.none_today', params: {} } };
}

function hasValues(period: PeriodLabel, columns: readonly ColumnInfo[], rows: readonly (readonly unknown[])[]): boolean {
  for (const column of columns) {
    if (column.period?.label !== period.label || !column.match || !VALUE_ROLES.has(column.match.role)) continue;
    for (const row of rows) {
      const cell = row[column.index];
      // A 0 left in every row by a template formula is not a value anyone entered.
      if (!isMissing(cell) && cell !== 0 && !(typeof cell === 'string' && /^[-–—.]$/.test(cell.trim()))) return true;
    }
  }
  return false;
}
