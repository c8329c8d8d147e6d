import { type DataFrame, type Field, FieldType } from '@grafana/data';
import { matchHeader, type Role } from '@aligned/core';

/**
 * The OKR rows of a table query, in the shape the core's `readSheet` reads:
 * a header row of column names, then one array per data row.
 */
export interface OkrTable {
  frame: DataFrame;
  table: unknown[][];
}

const TITLE_ROLES: ReadonlySet<Role> = new Set<Role>(['Title', 'Objective', 'KeyResult']);

/**
 * A frame holds OKR rows when its columns name a title (Title, Objective or Key result, in
 * any of the core's six languages) and one more OKR column (ID, Parent, Owner, Target…):
 * the same layouts the Sheets add-on reads.
 */
export function isOkrFrame(frame: DataFrame): boolean {
  // Asked on every render (the display choice, the overlay's mapping): answered once per frame's fields.
  const known = detected.get(frame.fields);
  const names = frame.fields.map((f) => f.name).join('\u0000');
  if (known && known.names === names) return known.okr;
  const roles = new Set(frame.fields.map((f) => matchHeader(f.name)?.role));
  roles.delete(undefined);
  const okr = [...roles].some((r) => TITLE_ROLES.has(r as Role)) && roles.size >= 2;
  detected.set(frame.fields, { names, okr });
  return okr;
}

/** isOkrFrame's answers, per fields array, with the names they were given for (a renamed field is asked again). */
const detected = new WeakMap<readonly Field[], { names: string; okr: boolean }>();

/**
 * Picks the frame with the OKR rows: the one whose refId the user named, else the first
 * frame that looks like OKR rows. `undefined` when there is none (the view says so).
 */
export function findOkrFrame(series: readonly DataFrame[], refId: string): DataFrame | undefined {
  if (refId !== '') {
    return series.find((f) => f.refId === refId);
  }
  return series.find(isOkrFrame);
}

/**
 * DataFrame → header + rows. Each field's own name is the header (the query's column name):
 * display-name overrides are for humans and must not break column matching.
 * Time fields hold epoch ms, which the core's reader accepts for Start and End.
 */
export function frameToTable(frame: DataFrame): OkrTable {
  // Grafana names a column that has no name "Field 2"; the reader treats it as the blank
  // header it was (depth by column puts key results under such a column).
  const header = frame.fields.map((f) => (/^Field \d+$/.test(f.name) ? '' : f.name));
  const table: unknown[][] = [header];
  const length = frame.length ?? frame.fields[0]?.values.length ?? 0;
  for (let row = 0; row < length; row++) {
    table.push(frame.fields.map((field) => cellValue(field, row)));
  }
  return { frame, table };
}

function cellValue(field: Field, row: number): unknown {
  const value = field.values[row];
  // Booleans arrive typed from some data sources; the parser reads milestone text such as "TRUE".
  if (field.type === FieldType.boolean && typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  return value ?? null;
}
