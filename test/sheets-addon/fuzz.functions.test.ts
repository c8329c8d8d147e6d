/**
 * Fuzzing the nine custom functions through the built dist/Code.js, as Sheets calls them:
 * seeded, generated single values and 2-D ranges of blanks, null, NaN, ±Infinity, huge and tiny
 * numbers, −0, booleans, dates (invalid ones too), serials, number-like and date-like text, long
 * text and mismatched or ragged shapes.
 *
 * Every call must end in what Sheets can show: a finite number, a string, a boolean, a Date or a
 * non-empty rectangular 2-D array of those, or a thrown Error whose message is worded for the
 * user (no raw JavaScript error, no NaN/undefined/Infinity, within the cell limit). Where the
 * functions' documentation defines the result, it is checked against the core.
 *
 * FUZZ_SEED=… reproduces another run; FUZZ_CALLS=… changes the number of calls (default 10,800).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { linearProgress, score } from '@aligned/core';
import { CODE_JS, ensureBuilt } from '../../sheets-addon/build/sandbox';
import { createDouble } from './double/index';
import { hostileArgument, hostileScalar, RAW_ERROR } from './hostile-input';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_702);
const CALLS = Number(process.env.FUZZ_CALLS ?? 10_800);
const MAX_CELL_CHARACTERS = 50_000;

/** The functions and how many arguments each takes (the rest optional). */
const FUNCTIONS: Record<string, { required: number; all: number }> = {
  OKR_PROGRESS: { required: 2, all: 5 },
  OKR_RANGE: { required: 3, all: 5 },
  OKR_EXPECTED: { required: 2, all: 3 },
  OKR_STATUS: { required: 3, all: 4 },
  OKR_SCORE: { required: 1, all: 1 },
  OKR_FORECAST: { required: 5, all: 6 },
  OKR_ROLLUP: { required: 3, all: 4 },
  OKR_AGGREGATE: { required: 4, all: 5 },
  OKR_HEALTH: { required: 3, all: 3 },
};
const NAMES = Object.keys(FUNCTIONS);

type CustomFunction = (...args: unknown[]) => unknown;
let fns: Record<string, CustomFunction>;

beforeAll(() => {
  ensureBuilt();
  const context = vm.createContext({ console });
  const DateType = vm.runInContext('Date', context) as DateConstructor;
  const gas = createDouble({ DateType, timeZone: 'America/New_York' });
  Object.assign(context, gas.globals);
  vm.runInContext(readFileSync(CODE_JS, 'utf8'), context, { filename: 'Code.js' });
  fns = Object.fromEntries(NAMES.map((name) => [name, (context as Record<string, CustomFunction>)[name]]));
});

/** fc.assert, with a counterexample cut short (a 60,000-character text would flood the report). */
function check<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const details = fc.check(property, params);
  if (!details.failed) return;
  const example = fc.stringify(details.counterexample).slice(0, 1500);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`Property failed (seed ${details.seed}, path "${details.counterexamplePath}"): ${cause.slice(0, 1500)}\nCounterexample: ${example}`);
}

const tag = (v: unknown) => Object.prototype.toString.call(v);

/** Why a value cannot be shown in a cell, or null when it can. */
function cellProblem(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : `non-finite number ${v}`;
  if (typeof v === 'boolean') return null;
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_CHARACTERS) return `text of ${v.length} characters`;
    return RAW_ERROR.test(unquoted(v)) ? `raw text "${v.slice(0, 200)}"` : null;
  }
  if (tag(v) === '[object Date]') return Number.isNaN((v as Date).getTime()) ? 'invalid Date' : null;
  return `a ${v === null ? 'null' : typeof v} (${tag(v)})`;
}

/** Quoted user input may say anything ("NaN", "undefined"); only Aligned's own words are checked. */
function unquoted(message: string): string {
  return message.replace(/"[^"]*"/g, '""');
}

/** Why a function's outcome is not something Sheets can show, or null. */
function outcomeProblem(outcome: { value?: unknown; error?: unknown }): string | null {
  if ('error' in outcome) {
    const e = outcome.error;
    if (tag(e) !== '[object Error]') return `threw a non-Error ${String(e)}`;
    const message = (e as Error).message;
    if (message.length === 0 || message.length > MAX_CELL_CHARACTERS) return `message of ${message.length} characters`;
    return RAW_ERROR.test(unquoted(message)) ? `raw message "${message.slice(0, 300)}"` : null;
  }
  const v = outcome.value;
  if (!Array.isArray(v)) return cellProblem(v);
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) return 'an empty or flat array';
  const width = v[0].length;
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== width) return 'a ragged array';
    for (const cell of row) {
      const problem = cellProblem(cell);
      if (problem) return `cell: ${problem}`;
    }
  }
  return null;
}

function call(name: string, args: unknown[]): { value?: unknown; error?: unknown } {
  try {
    return { value: fns[name](...args) };
  } catch (error) {
    return { error };
  }
}

/** Arguments for a function: every required one, then optional ones left off or given. */
function argumentsFor(name: string): fc.Arbitrary<unknown[]> {
  const { required, all } = FUNCTIONS[name];
  return fc
    .tuple(fc.array(hostileArgument, { minLength: all, maxLength: all }), fc.integer({ min: required, max: all }))
    .map(([args, count]) => args.slice(0, count));
}

describe(`${CALLS} generated calls across the nine custom functions (seed ${SEED})`, () => {
  it('every outcome is a value Sheets can show or a message worded for the user', () => {
    const perFunction = Math.ceil(CALLS / NAMES.length);
    let calls = 0;
    for (const [i, name] of NAMES.entries()) {
      check(
        fc.property(argumentsFor(name), (args) => {
          calls++;
          const problem = outcomeProblem(call(name, args));
          if (problem) throw new Error(`${name}: ${problem}`);
        }),
        { seed: SEED + i, numRuns: perFunction, endOnFailure: false },
      );
    }
    expect(calls).toBeGreaterThanOrEqual(10_000);
  });
});

describe('documented results under generated input', () => {
  const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });

  it('OKR_PROGRESS(current, target, baseline) is the core\'s (c − s) ÷ (t − s), clamped to [0, 1]', () => {
    check(
      fc.property(finite, finite, finite, (c, t, s) => {
        fc.pre(t !== s && (t > s ? t - s : s - t) > 1e-9);
        expect(fns.OKR_PROGRESS(c, t, s)).toBe(linearProgress(c, s, t, 1));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('a blank current is a blank cell, whatever else is in the row', () => {
    check(
      fc.property(fc.constantFrom('', null, '  '), hostileScalar, hostileScalar, (blank, t, s) => {
        const outcome = call('OKR_PROGRESS', [[[blank]], [[t]], [[s]]]);
        const cell = (outcome.value as unknown[][] | undefined)?.[0]?.[0];
        // Blank current: blank, unless an argument itself is wrong (then its message).
        expect(cell === '' || (typeof cell === 'string' && !RAW_ERROR.test(unquoted(cell)))).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('OKR_SCORE is the core\'s grade, from 0.0 to 1.0 in tenths', () => {
    check(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (p) => {
        const grade = fns.OKR_SCORE(p) as number;
        expect(grade).toBe(score(p));
        expect(grade).toBeGreaterThanOrEqual(0);
        expect(grade).toBeLessThanOrEqual(1);
        expect(Math.round(grade * 10) / 10).toBe(grade);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('OKR_EXPECTED over serial days is the elapsed fraction, between 0 and 1', () => {
    check(
      fc.property(fc.integer({ min: 1, max: 99_000 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: -50, max: 1000 }), (start, length, offset) => {
        fc.pre(start + offset >= 1);
        const e = fns.OKR_EXPECTED(start, start + length, start + offset) as number;
        const total = length + 1;
        const expected = offset <= 0 ? 0 : offset >= total ? 1 : offset / total;
        expect(e).toBeCloseTo(expected, 12);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('ranges give one result per cell, in the shape of the largest range', () => {
    check(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), (rows, cols) => {
        const grid = (v: unknown) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
        const out = fns.OKR_PROGRESS(grid(5), 10, grid(0)) as unknown[][];
        expect(out).toEqual(grid(0.5));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
