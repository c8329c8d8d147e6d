import type { Message } from '../../i18n/message';
import type { ColumnInfo } from './find-header';
import type { PeriodLabel } from './periods';
import { roleLabel, type Role } from './roles';

/** Which column the reader takes for each role, and what it passed over and why. */
export interface ChosenColumns {
  roles: Partial<Record<Role, ColumnInfo>>;
  /** "Owner: using 'Owner' (F); ignoring 'Team' (E)". */
  notes: string[];
  /** The same notes as catalogue messages, for other languages. */
  noteMessages: Message[];
  /** The period group read, when the header has several. */
  period: PeriodLabel | null;
  /** Why that period (for the summary), e.g. "Q4-2026, which contains today, is empty". */
  periodNote: string;
  /** Why that period, as a catalogue message; null when it contains today or was picked. */
  periodWhy: Message | null;
  periods: PeriodLabel[];
}

/** A1 column letters: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function describeColumn(column: ColumnInfo): string {
  return column.header === '' ? columnLetters(column.index) : `'${column.header}' (${columnLetters(column.index)})`;
}

/** describeColumn as a catalogue message. */
export function columnMessage(column: Pick<ColumnInfo, 'header' | 'index'>): Message {
  return { code: 'layout.column', params: { header: column.header, letter: columnLetters(column.index) } };
}

/**
 * One column per role among those `keep` accepts: an exact name wins over an alias (Owner
 * over Team, Type over Goal Type), then the leftmost; every column passed over is named.
 */
export function pickRoles(columns: readonly ColumnInfo[], keep: (column: ColumnInfo) => boolean = () => true): ChosenColumns {
  const roles: Partial<Record<Role, ColumnInfo>> = {};
  const passed = new Map<Role, ColumnInfo[]>();
  for (const column of columns) {
    if (!column.match || !keep(column)) continue;
    const role = column.match.role;
    const held = roles[role];
    if (!held) {
      roles[role] = column;
    } else if (column.match.exact && !held.match?.exact) {
      roles[role] = column;
      passed.set(role, [...(passed.get(role) ?? []), held]);
    } else {
      passed.set(role, [...(passed.get(role) ?? []), column]);
    }
  }
  const notes: string[] = [];
  const noteMessages: Message[] = [];
  for (const [role, dropped] of passed) {
    notes.push(`${roleLabel(role)}: using ${describeColumn(roles[role] as ColumnInfo)}; ignoring ${dropped.map(describeColumn).join(', ')}`);
    noteMessages.push({ code: 'layout.note', params: { role, using: columnMessage(roles[role] as ColumnInfo), ignoring: dropped.map(columnMessage) } });
  }
  return { roles, notes, noteMessages, period: null, periodNote: '', periodWhy: null, periods: [] };
}
