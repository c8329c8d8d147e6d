import { toNumber } from '../../values/index';
import type { ColumnInfo } from './find-header';
import type { Role } from './roles';
import { cellText, outlineKey } from './structure';

/**
 * Columns recognised by what they hold when their header says nothing (no header, a
 * merged instructions cell, "#"): an outline numbering, or the goals' titles.
 */

function unassigned(columns: readonly ColumnInfo[], roles: Partial<Record<Role, ColumnInfo>>): ColumnInfo[] {
  const taken = new Set<number>();
  for (const column of Object.values(roles)) if (column) taken.add(column.index);
  return columns.filter((c) => !taken.has(c.index) && (c.match === null || c.match.role === 'Outline'));
}

/**
 * Columns whose cells are outline numbers (1, 1.1, "1.2.3"): most filled cells, nearly all
 * different (a column of 0s left by a formula is not an outline), and some nested.
 */
export function outlineCandidates(columns: readonly ColumnInfo[], roles: Partial<Record<Role, ColumnInfo>>, rows: readonly (readonly unknown[])[]): ColumnInfo[] {
  const found: ColumnInfo[] = [];
  for (const column of unassigned(columns, roles)) {
    let filled = 0;
    let keys = 0;
    let nested = 0;
    const distinct = new Set<string>();
    for (const row of rows) {
      const cell = row[column.index];
      const key = outlineKey(cell);
      if (key === null) {
        if (cellText(cell) === '') continue;
        filled++;
        // More than a fifth of all rows filled with something else: keys * 10 >= filled * 8 cannot hold.
        if ((filled - keys) * 5 > rows.length) break;
        continue;
      }
      filled++;
      keys++;
      distinct.add(key);
      if (key.includes('.')) nested++;
    }
    if (keys >= 2 && keys * 10 >= filled * 8 && distinct.size * 10 >= keys * 9 && nested > 0) found.push(column);
  }
  return found;
}

/** The column with the most words in it (not numbers): the titles, when no header names them. */
export function titleCandidate(columns: readonly ColumnInfo[], roles: Partial<Record<Role, ColumnInfo>>, rows: readonly (readonly unknown[])[]): ColumnInfo | null {
  let best: ColumnInfo | null = null;
  let bestCount = 0;
  for (const column of unassigned(columns, roles)) {
    let count = 0;
    for (const row of rows) {
      const cell = row[column.index];
      if (typeof cell !== 'string' || cell.trim().length < 3 || isNumberText(cell)) continue;
      count++;
    }
    if (count > bestCount) {
      best = column;
      bestCount = count;
    }
  }
  return bestCount >= 1 ? best : null;
}

/**
 * Depth by column: the title column and the blank-headed columns right of it, when rows
 * put their text in one of them only (objectives in A, key results in B…).
 */
export function depthColumns(title: ColumnInfo, columns: readonly ColumnInfo[], roles: Partial<Record<Role, ColumnInfo>>, rows: readonly (readonly unknown[])[]): number[] {
  const free = new Set(unassigned(columns, roles).filter((c) => c.header === '').map((c) => c.index));
  const run = [title.index];
  for (let j = title.index + 1; free.has(j) && run.length < 3; j++) {
    let alone = 0;
    for (const row of rows) {
      if (cellText(row[j]) !== '' && run.every((k) => cellText(row[k]) === '')) alone++;
    }
    if (alone === 0) break;
    run.push(j);
  }
  return run;
}

function isNumberText(text: string): boolean {
  try {
    return toNumber(text) !== null;
  } catch {
    return false;
  }
}
