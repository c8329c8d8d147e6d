import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaceholder, numberWithUnit } from '@aligned/core/schema/layout/cell-words';
import { outlineKey } from '@aligned/core/schema/layout/structure';
import { toNumber } from '@aligned/core/values/index';

/**
 * The outline reader skips regular expressions for the common cells (plain "1.2.3", plain
 * numbers): these oracles are the expressions it used before, and the answers must not move.
 */
const OUTLINE = /^\s*(\d+(?:\.\d+)*)\.?\s*$/;
function outlineOracle(cell: unknown): string | null {
  if (typeof cell === 'number') return cell > 0 && cell - cell === 0 ? String(cell) : null;
  if (typeof cell !== 'string') return null;
  return OUTLINE.exec(cell)?.[1] ?? null;
}

const UNIT = /^\s*([-+−]?[\d.,\s\u00a0]*\d)\s*([\p{L}°][\p{L}°./]*)\s*$/u;
function unitOracle(text: string, decimalComma: boolean): { value: number; unit: string } | null {
  const m = UNIT.exec(text);
  if (!m) return null;
  try {
    const value = toNumber(m[1], decimalComma);
    return value === null ? null : { value, unit: m[2] };
  } catch {
    return null;
  }
}

const PLACEHOLDER = /^(?:-+|–|—|n\/?a|tbd|\?|\.)$/i;

describe('outline reading fast paths give the same answers (seeded)', () => {
  it('outlineKey: digits and dots, spaces, other digits, numbers', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[\d.]{0,8}$/),
      fc.stringMatching(/^[\s\d.a٣]{0,8}$/),
      fc.string(),
      fc.double(),
      fc.constantFrom('', '.', '1.', '1..', '..1', ' 1.2 ', '1.2.', '1.2..', '٣.1', '\u00a01.1', 7, 1.1, -1, 0),
    );
    fc.assert(fc.property(cell, (c) => {
      expect(outlineKey(c)).toBe(outlineOracle(c));
    }), { numRuns: 20_000, seed: 21 });
  });

  it('numberWithUnit: numbers, percents, units, trailing spaces of every kind', () => {
    const text = fc.oneof(
      fc.stringMatching(/^[\d., %a°/\u00a0\t]{0,9}$/),
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom('93 dias', '12 %', '1,200 users ', '4.5 h', '5 ', ' 7 km\u00a0', '1.2k', '3 м', '2 шт.', '1 200 руб. '),
    );
    fc.assert(fc.property(text, fc.boolean(), (t, comma) => {
      expect(numberWithUnit(t, comma)).toEqual(unitOracle(t, comma));
    }), { numRuns: 20_000, seed: 22 });
  });

  it('isPlaceholder: dashes, n/a, TBD, ?, ., with spaces and control characters around', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\u0010', '\u0019', '-', '–', '—', 'n', 'N', 'a', 'A', '/', 't', 'T', 'b', 'D', '?', '.', '0', '9', 'Q', '$'), maxLength: 5 }),
      fc.string({ maxLength: 5 }),
      fc.constantFrom('', '-', '---', ' – ', '—', 'n/a', 'N/A', 'na', 'TBD', ' ? ', '.', 'n', 'tb', '\tN/a\n', '0', 'Q2'),
    );
    fc.assert(fc.property(text, (t) => {
      expect(isPlaceholder(t)).toBe(PLACEHOLDER.test(t.trim()));
    }), { numRuns: 20_000, seed: 23 });
  });
});
