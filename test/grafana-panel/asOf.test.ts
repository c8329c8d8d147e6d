import { dateTime } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { asOfFor } from '../../grafana-panel/src/data/asOf';

const range = (from: string, to: string) => {
  const f = dateTime(from);
  const t = dateTime(to);
  return { from: f, to: t, raw: { from: f, to: t } };
};

describe('asOfFor', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');

  it('judges a range that runs into the future as of now', () => {
    expect(asOfFor(range('2026-10-01T00:00:00Z', '2026-12-31T23:59:59Z'), now)).toBe(now);
  });

  it('judges a past range as of its end', () => {
    const end = Date.parse('2026-06-30T23:59:59Z');
    expect(asOfFor(range('2026-04-01T00:00:00Z', '2026-06-30T23:59:59Z'), now)).toBe(end);
  });
});
