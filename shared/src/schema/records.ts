import { isMissing } from '../values/index';
import { columnForHeader } from './columns';
import { parseRows, type ParseOptions, type ParseResult } from './parse-rows';

/**
 * Rows as objects (a Grafana table's rows, JSON from an API): `{ ID: 'KR1', Target: 100 }`.
 * The header is every key in order of first appearance. Row numbers count the records
 * from 1 unless `firstRowNumber` (the number of the imaginary header row) says otherwise.
 */
export function parseRecords(records: readonly unknown[], options: ParseOptions = {}): ParseResult {
  // Keys are grouped by the column they name, so records spelling a key differently
  // ("id" in one, "ID" in another, as JSON from several sources does) still line up.
  const header: string[] = [];
  const position = new Map<string, number>();
  const slotOfKey = new Map<string, number>();
  for (const record of records) {
    if (!isRecord(record)) continue;
    for (const key of Object.keys(record)) {
      if (slotOfKey.has(key)) continue;
      const name = columnForHeader(key) ?? key;
      let slot = position.get(name);
      if (slot === undefined) {
        slot = header.length;
        position.set(name, slot);
        header.push(name);
      }
      slotOfKey.set(key, slot);
    }
  }
  const table: unknown[] = [header];
  for (const record of records) {
    if (!isRecord(record)) {
      table.push(record);
      continue;
    }
    const cells = new Array<unknown>(header.length);
    for (const key of Object.keys(record)) {
      const slot = slotOfKey.get(key) as number;
      if (isMissing(cells[slot])) cells[slot] = record[key];
    }
    table.push(cells);
  }
  return parseRows(table, { firstRowNumber: 0, ...options });
}

/**
 * Column-oriented data (a Grafana DataFrame: field names and one value array per field).
 * Row numbers count from 1 unless `firstRowNumber` says otherwise.
 */
export function fromColumns(names: readonly unknown[], columns: readonly (ArrayLike<unknown> | null | undefined)[], options: ParseOptions = {}): ParseResult {
  let length = 0;
  for (const column of columns) if (column && column.length > length) length = column.length;
  const table: unknown[][] = [Array.from(names)];
  for (let r = 0; r < length; r++) {
    const cells = new Array<unknown>(names.length);
    for (let j = 0; j < names.length; j++) cells[j] = columns[j]?.[r];
    table.push(cells);
  }
  return parseRows(table, { firstRowNumber: 0, ...options });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
