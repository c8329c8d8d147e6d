import { type DataFrame, type Field, FieldType } from '@grafana/data';
import { HEADER_ALIASES } from '@aligned/core';

/**
 * The OKR rows of a table query, in the shape the core's `parseRows` reads:
 * a header row of column names, then one array per data row.
 */
export interface OkrTable {
  frame: DataFrame;
  table: unknown[][];
}

/** Header text → canonical column, as the core's parser matches it (case, spaces and punctuation ignored). */
function canonicalColumn(header: string): string | undefined {
  const key = header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return Object.prototype.hasOwnProperty.call(HEADER_ALIASES, key) ? HEADER_ALIASES[key] : undefined;
}

/** True when one of the frame's columns is the canonical column (e.g. 'Baseline'), under any of its names. */
export function hasColumn(frame: DataFrame, canonical: string): boolean {
  return frame.fields.some((f) => canonicalColumn(f.name) === canonical);
}

/** A frame holds OKR rows when it has an ID column and a Title or Parent column. */
export function isOkrFrame(frame: DataFrame): boolean {
  const columns = new Set(frame.fields.map((f) => canonicalColumn(f.name)));
  return columns.has('ID') && (columns.has('Title') || columns.has('Parent'));
}

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
 * Time fields hold epoch ms, which `parseRows` accepts for Start and End.
 */
export function frameToTable(frame: DataFrame): OkrTable {
  const header = frame.fields.map((f) => f.name);
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
