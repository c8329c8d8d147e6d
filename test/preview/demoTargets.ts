/** Reading the dashboard's targets from the demo's OKR rows. Plain TypeScript: used by the host page and the tests. */

/**
 * The Target of the quarterly key result on `metric` whose period holds `asOf`, read from
 * the OKR rows as a Grafana query variable would read it from the OKR table.
 */
export function quarterTarget(rows: unknown[][], metric: string, asOf: number): string | null {
  const [header = [], ...body] = rows;
  const at = (name: string) => header.findIndex((h) => String(h).toLowerCase() === name.toLowerCase());
  const [level, type, metricCol, start, end, target] = ['Level', 'Type', 'Metric', 'Start', 'End', 'Target'].map(at);
  const day = (value: unknown) => Date.parse(`${String(value)}T00:00:00Z`);
  const row = body.find(
    (r) =>
      r[level] === 'quarterly' &&
      r[type] === 'key_result' &&
      r[metricCol] === metric &&
      day(r[start]) <= asOf &&
      asOf <= day(r[end])
  );
  return row && row[target] !== '' && row[target] !== null ? String(row[target]) : null;
}
