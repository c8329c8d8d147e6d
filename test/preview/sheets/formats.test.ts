/** Number formats and conditional-format rules as Sheets shows and applies them. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ruleStyleFor, type RuleLike } from './conditionalFormat';
import { formatValue } from './numberFormat';

describe('formatValue', () => {
  it('shows the patterns the add-on sets as Sheets does', () => {
    expect(formatValue(0.456, '0%')).toBe('46%');
    expect(formatValue(0.4567, '0.0%')).toBe('45.7%');
    expect(formatValue(3.14159, '0.0')).toBe('3.1');
    expect(formatValue(1234567.891, '#,##0')).toBe('1,234,568');
    expect(formatValue(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(formatValue(1234.5, '#,##0.##')).toBe('1,234.5');
    expect(formatValue(new Date(Date.UTC(2026, 2, 5, 9, 7)), 'yyyy-mm-dd hh:mm')).toBe('2026-03-05 09:07');
    expect(formatValue(new Date(Date.UTC(2026, 2, 5)), 'yyyy-mm-dd')).toBe('2026-03-05');
    expect(formatValue(12.5, 'General')).toBe('12.5');
    expect(formatValue('', '0%')).toBe('');
    expect(formatValue(true, null)).toBe('TRUE');
    expect(formatValue('On track', '0%')).toBe('On track');
  });

  it('never shows NaN, undefined or Infinity for any number under any of these formats (seeded)', () => {
    const formats = ['0%', '0.0%', '0.0', '#,##0', '#,##0.00', 'General', 'yyyy-mm-dd'];
    fc.assert(
      fc.property(fc.double(), fc.constantFrom(...formats), (value, format) => {
        expect(formatValue(value, format)).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { seed: 15, numRuns: 500 }
    );
  });
});

function rule(type: string, values: unknown[], background: string, range = { row: 2, column: 3, rows: 5, columns: 1 }): RuleLike {
  return {
    getRanges: () => [{ getRow: () => range.row, getColumn: () => range.column, getNumRows: () => range.rows, getNumColumns: () => range.columns }],
    getBooleanCondition: () => ({
      getCriteriaType: () => type,
      getCriteriaValues: () => values,
      getBackground: () => background,
      getFontColor: () => '#000000',
      getBold: () => null,
    }),
  };
}

describe('ruleStyleFor', () => {
  const rules = [rule('TEXT_EQUAL_TO', ['On track'], '#ceead6'), rule('TEXT_CONTAINS', ['risk'], '#fef7cd'), rule('NUMBER_LESS_THAN', [0.5], '#fad2cf')];

  it('applies the first rule whose range holds the cell and whose condition it meets', () => {
    expect(ruleStyleFor(rules, 2, 3, 'On track', 'On track')?.background).toBe('#ceead6');
    expect(ruleStyleFor(rules, 3, 3, 'on TRACK', 'on TRACK')?.background).toBe('#ceead6');
    expect(ruleStyleFor(rules, 3, 3, 'At risk', 'At risk')?.background).toBe('#fef7cd');
    expect(ruleStyleFor(rules, 4, 3, 0.2, '20%')?.background).toBe('#fad2cf');
    expect(ruleStyleFor(rules, 4, 3, 0.7, '70%')).toBeNull();
  });

  it('leaves cells outside the ranges alone', () => {
    expect(ruleStyleFor(rules, 1, 3, 'On track', 'On track')).toBeNull();
    expect(ruleStyleFor(rules, 7, 3, 'On track', 'On track')).toBeNull();
    expect(ruleStyleFor(rules, 2, 4, 'On track', 'On track')).toBeNull();
  });

  it('never applies a custom formula (no formula engine), rather than guessing', () => {
    expect(ruleStyleFor([rule('CUSTOM_FORMULA', ['=TRUE'], '#ff0000')], 2, 3, 'x', 'x')).toBeNull();
  });
});
