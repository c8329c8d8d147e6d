export interface CsvOptions {
  /** Field separator (default ','). */
  separator?: string;
  /**
   * Prefix text starting with =, +, - or @ with a single quote so that a spreadsheet
   * opening the file shows it as text instead of running it as a formula (default true).
   * Numbers are never touched.
   */
  guardFormulas?: boolean;
}

/**
 * Writes a table as CSV (RFC 4180): fields with the separator, quotes or line breaks are
 * quoted and inner quotes doubled; lines end with CRLF. Dates are written as ISO text,
 * missing values (null, undefined, NaN) as empty fields.
 */
export function toCsv(table: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const guard = options.guardFormulas ?? true;
  const lines: string[] = [];
  for (const row of table) {
    const fields: string[] = [];
    for (const cell of row) fields.push(csvField(cell, separator, guard));
    lines.push(fields.join(separator));
  }
  return lines.length === 0 ? '' : lines.join('\r\n') + '\r\n';
}

function csvField(cell: unknown, separator: string, guard: boolean): string {
  let text: string;
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    text = String(cell);
  } else if (cell instanceof Date) {
    text = Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  } else if (typeof cell === 'boolean') {
    text = cell ? 'TRUE' : 'FALSE';
  } else {
    text = String(cell);
    if (guard && /^[=+\-@]/.test(text)) text = `'${text}`;
  }
  const needsQuotes = text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r') || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
