/**
 * Every menu command (and every google.script.run target) on generated hostile spreadsheets,
 * through the built dist/Code.js in node:vm against the Apps Script double.
 *
 * Each spreadsheet has an OKR table with columns in any order under alias names, IDs that repeat,
 * loop and look like dates or formulas, cells of every kind (numbers at the edges, dates valid and
 * invalid, number-like, date-like, formula-looking and 60,000-character text), and sheets of the
 * user's whose names differ from the add-on's only in letter case. After all commands:
 * - every user cell (value, formula, format) is what it was, except the one Current cell a
 *   successful check-in asked for, which holds the recorded number;
 * - no user sheet is gone; nothing the add-on wrote is a formula or longer than a cell holds;
 * - every message a person sees (alert, thrown to a sidebar, thrown by the trigger) is worded for
 *   them: no raw JavaScript error, no NaN/undefined/Infinity.
 *
 * FUZZ_SEED=… reproduces another run; FUZZ_SHEETS=… changes the number of spreadsheets (default 60).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_JS, DIST_DIR, ensureBuilt } from '../../sheets-addon/build/sandbox';
import { OWNED_KEY } from '../../sheets-addon/src/commands/owned-sheets';
import { createDouble, type AppsScriptDouble } from './double/index';
import { putTable } from './double/fixtures';
import { edgeNumber, hostileDate, hostileScalar, hostileText, RAW_ERROR } from './hostile-input';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_702);
const SHEETS = Number(process.env.FUZZ_SHEETS ?? 60);
const MAX_CELL_CHARACTERS = 50_000;

let code = '';
beforeAll(() => {
  ensureBuilt();
  code = readFileSync(CODE_JS, 'utf8');
});

const HEADERS: Record<string, string[]> = {
  ID: ['ID', 'Key', 'id', 'OKR ID'],
  Parent: ['Parent', 'Aligns to', 'parent id'],
  Level: ['Level'],
  Type: ['Type'],
  Title: ['Title', 'Name', 'TITLE'],
  Owner: ['Owner'],
  Kind: ['Kind', 'Direction'],
  Unit: ['Unit'],
  Baseline: ['Baseline', 'Start value'],
  Target: ['Target', 'Goal value'],
  Current: ['Current', 'Actual'],
  Low: ['Low'],
  High: ['High'],
  Weight: ['Weight', 'Weighting'],
  Start: ['Start', 'Start date'],
  End: ['End', 'Due date'],
  Confidence: ['Confidence'],
};
const ID_POOL = ['O1', 'O2', 'K1', 'K2', 'K3', '3/4', '=1+1', "'x", '15%', '2026-07-01', '$1,200', 'TRUE', ' O1 ', 'L'.repeat(60_000)];

const idLike = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ID_POOL) }, { weight: 1, arbitrary: hostileScalar });
const cellFor = (column: string): fc.Arbitrary<unknown> => {
  switch (column) {
    case 'ID':
    case 'Parent':
      return fc.oneof({ weight: 4, arbitrary: idLike }, { weight: 1, arbitrary: fc.constant('') });
    case 'Type':
      return fc.constantFrom('objective', 'key result', 'kpi', 'initiative', '', 'KR', 'nonsense', 'Objective');
    case 'Kind':
      return fc.constantFrom('increase', 'decrease', 'above', 'below', 'range', 'milestone', 'track', '', 'up', 'junk');
    case 'Level':
      return fc.constantFrom('mission', 'annual', 'quarterly', 'weekly', 'task', '', 'odd');
    case 'Start':
    case 'End':
      return fc.oneof(hostileDate, fc.constantFrom('2026-01-01', '2026-12-31', '3/4', '20260101', ''), edgeNumber);
    case 'Title':
    case 'Owner':
    case 'Unit':
      return hostileText;
    default:
      return fc.oneof({ weight: 3, arbitrary: edgeNumber }, { weight: 1, arbitrary: hostileScalar });
  }
};

interface HostileBook {
  okrSheetName: string;
  table: unknown[][];
  others: { name: string; table: unknown[][] }[];
  checkIn: { pick: number; value: unknown; confidence: unknown; comment: unknown; id: unknown };
  address: string;
  order: string[];
}

const COMMANDS = ['onOpen', 'insertSampleOkrs', 'buildCascadeSheet', 'buildDashboardSheet', 'showCheckInSidebar', 'showValidateSidebar', 'checkIn', 'selectCell', 'toggleHourlyRefresh', 'refreshAll', 'buildCascadeSheet', 'buildDashboardSheet'];

const hostileBook: fc.Arbitrary<HostileBook> = fc
  .record({
    columns: fc.shuffledSubarray(Object.keys(HEADERS), { minLength: 1 }),
    keepRequired: fc.boolean(),
    aliasPick: fc.nat(),
    rowCount: fc.integer({ min: 0, max: 25 }),
    okrSheetName: fc.constantFrom('OKRs', 'okrs', 'Plan 2026', "Bob's OKRs", 'OKR CASCADE'),
    others: fc.array(
      fc.record({
        name: fc.constantFrom('okr cascade', 'CHECK-INS', 'Okr Dashboard', 'okrs (2)', 'OKR Cascade (aligned)', 'Notes'),
        table: fc.array(fc.array(hostileScalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    checkIn: fc.record({
      pick: fc.nat(),
      value: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map(String) }, { weight: 1, arbitrary: hostileScalar }),
      confidence: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('', '7', '10') }, { weight: 1, arbitrary: hostileScalar }),
      comment: hostileScalar,
      id: hostileScalar,
    }),
    address: fc.constantFrom("'OKRs'!A2", "'okrs'!B3", "'OKRs'!A99999", "'Plan 2026'!ZZ1", "'Nope'!A1", 'A1', "'OKRs'!A1:B2", 42 as unknown as string),
    order: fc.shuffledSubarray(COMMANDS, { minLength: COMMANDS.length, maxLength: COMMANDS.length }),
  })
  .chain((spec) => {
    const columns = spec.keepRequired ? [...new Set(['ID', 'Title', ...spec.columns])] : spec.columns;
    const header = columns.map((c, i) => HEADERS[c][(spec.aliasPick + i) % HEADERS[c].length]);
    const row = fc.tuple(...columns.map(cellFor));
    return fc.array(row, { minLength: spec.rowCount, maxLength: spec.rowCount }).map((rows) => ({
      okrSheetName: spec.okrSheetName,
      table: [header, ...rows],
      // Names Sheets would refuse as duplicates of each other are dropped, as Sheets would refuse them.
      others: spec.others.filter(
        (o, i, all) => o.name.toLowerCase() !== spec.okrSheetName.toLowerCase() && all.findIndex((p) => p.name.toLowerCase() === o.name.toLowerCase()) === i,
      ),
      checkIn: spec.checkIn,
      address: spec.address,
      order: spec.order,
    }));
  });

type Globals = Record<string, (...args: unknown[]) => unknown>;

let shared: { context: vm.Context; DateType: DateConstructor } | null = null;

/**
 * A fresh double for each spreadsheet in one script context: Code.js looks its services up as
 * globals at call time, so swapping them is a new world without loading the bundle again.
 */
function load(): { gas: AppsScriptDouble; g: Globals } {
  if (shared === null) {
    const context = vm.createContext({ console });
    shared = { context, DateType: vm.runInContext('Date', context) as DateConstructor };
    Object.assign(context, createDouble({ htmlDir: DIST_DIR, DateType: shared.DateType }).globals);
    vm.runInContext(code, context, { filename: 'Code.js' });
  }
  const gas = createDouble({ htmlDir: DIST_DIR, DateType: shared.DateType });
  Object.assign(shared.context, gas.globals);
  return { gas, g: shared.context as unknown as Globals };
}

const unquoted = (message: string) => message.replace(/"[^"]*"/g, '""');

function messageProblem(where: string, message: unknown): string | null {
  if (typeof message !== 'string' || message.trim() === '') return `${where}: no message (${String(message)})`;
  if (message.length > MAX_CELL_CHARACTERS) return `${where}: a message of ${message.length} characters`;
  return RAW_ERROR.test(unquoted(message)) ? `${where}: raw message "${message.slice(0, 400)}"` : null;
}

/** How much of the add-on the generated spreadsheets reached (so the run is not all error paths). */
const reached = { cascades: 0, dashboards: 0, checkIns: 0, alerts: 0 };

/** Runs one generated spreadsheet through every command; returns what went wrong, or []. */
function runBook(book: HostileBook): string[] {
  const { gas, g } = load();
  const problems: string[] = [];
  const ss = gas.spreadsheet;
  const okrSheet = putTable(gas, book.okrSheetName, book.table);
  for (const other of book.others) putTable(gas, other.name, other.table);
  ss.setActiveSheet(okrSheet);
  const userSheets = ss.getSheets();
  const before = new Map(userSheets.map((s) => [s._sheetId, s._snapshot()]));
  let recorded = 0;

  const attempt = (name: string, run: () => unknown): void => {
    try {
      run();
    } catch (error) {
      const message = error instanceof Error || Object.prototype.toString.call(error) === '[object Error]' ? (error as Error).message : error;
      const problem = messageProblem(`${name} threw`, message);
      if (problem) problems.push(problem);
    }
  };

  for (const command of book.order) {
    switch (command) {
      case 'checkIn':
        attempt('recordCheckIn', () => {
          let choices: { id: string }[] = [];
          try {
            choices = g.getCheckInChoices() as { id: string }[];
          } catch {
            // no OKR sheet: the form's own id is used
          }
          const id = choices.length > 0 ? choices[book.checkIn.pick % choices.length].id : book.checkIn.id;
          const result = g.recordCheckIn({ id, value: book.checkIn.value, confidence: book.checkIn.confidence, comment: book.checkIn.comment }) as { message: string };
          const problem = messageProblem('recordCheckIn result', result?.message);
          if (problem) problems.push(problem);
          if (/^Recorded /.test(result.message)) recorded++;
        });
        break;
      case 'selectCell':
        attempt('selectCell', () => g.selectCell(book.address));
        break;
      case 'refreshAll':
        attempt('refreshAll', () => gas.fireTimeTrigger({ getUniqueId: () => 'hourly' }, g.refreshAll));
        break;
      case 'onOpen':
        attempt('onOpen', () => gas.as('NONE', () => g.onOpen({ authMode: 'NONE' })));
        break;
      default:
        attempt(command, () => g[command]());
    }
  }

  for (const event of gas.ui.events) {
    if (event.kind !== 'alert') continue;
    const problem = messageProblem('alert', event.message);
    if (problem) problems.push(problem);
  }

  // The user's cells: unchanged, but for the Current cell of each successful check-in.
  const owned = new Set(ss._metadata.filter((m) => m._key === OWNED_KEY).map((m) => m._sheet?._sheetId));
  for (const sheet of userSheets) {
    if (!ss.getSheetById(sheet._sheetId)) {
      problems.push(`user sheet "${sheet._name}" is gone`);
      continue;
    }
    if (owned.has(sheet._sheetId)) problems.push(`user sheet "${sheet._name}" was claimed by the add-on`);
    const was = before.get(sheet._sheetId)!;
    const now = sheet._snapshot();
    if (now.formulas.join() !== was.formulas.join()) problems.push(`formulas of "${sheet._name}" changed`);
    if (now.formats !== was.formats) problems.push(`formats of "${sheet._name}" changed`);
    if (now.maxRows !== was.maxRows || now.maxColumns !== was.maxColumns) problems.push(`grid of "${sheet._name}" changed`);
    const changed: string[] = [];
    const rows = Math.max(now.values.length, was.values.length);
    for (let r = 0; r < rows; r++) {
      const a = was.values[r] ?? [];
      const b = now.values[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        const x = a[c] ?? '';
        const y = b[c] ?? '';
        const same = Object.is(x, y) || x === y || (x instanceof Date && y instanceof Date && (x.getTime() === y.getTime() || (Number.isNaN(x.getTime()) && Number.isNaN(y.getTime()))));
        if (!same) changed.push(`R${r + 1}C${c + 1}: ${String(x).slice(0, 40)} → ${String(y).slice(0, 40)}`);
      }
    }
    const allowed = sheet === okrSheet ? recorded : 0;
    const numeric = changed.length <= allowed && (allowed === 0 || changed.every((d) => /→ -?[\d.e+-]+$/.test(d)));
    if (!numeric) problems.push(`cells of "${sheet._name}" changed: ${changed.slice(0, 5).join('; ')}`);
  }

  reached.checkIns += recorded;
  reached.alerts += gas.ui.events.filter((e) => e.kind === 'alert').length;
  for (const m of ss._metadata) {
    if (m._key !== OWNED_KEY) continue;
    if (m._value === 'cascade') reached.cascades++;
    if (m._value === 'dashboard') reached.dashboards++;
  }

  // What the add-on wrote: never a formula, never beyond a cell.
  for (const sheet of ss.getSheets()) {
    if (!owned.has(sheet._sheetId)) continue;
    if (sheet._formulas.size > 0) problems.push(`the add-on's sheet "${sheet._name}" holds formulas`);
    for (const row of sheet._rows) {
      for (const value of row ?? []) {
        if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) problems.push(`the add-on wrote ${value.length} characters to a cell`);
        if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`the add-on wrote ${value}`);
      }
    }
  }
  return problems;
}

describe(`every menu command on ${SHEETS} generated hostile spreadsheets (seed ${SEED})`, () => {
  it('leaves every user cell as it was and shows only worded messages', () => {
    let books = 0;
    const started = Date.now();
    const details = fc.check(
      fc.property(hostileBook, (book) => {
        books++;
        const problems = runBook(book);
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
      }),
      { seed: SEED, numRuns: SHEETS, endOnFailure: true },
    );
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const example = fc.stringify(details.counterexample).slice(0, 2000);
      throw new Error(`Failed (seed ${details.seed}, path "${details.counterexamplePath}"):\n${cause.slice(0, 2000)}\nBook: ${example}`);
    }
    expect(books).toBe(SHEETS);
    console.info(`fuzz.commands: ${books} spreadsheets × ${COMMANDS.length} commands in ${Date.now() - started} ms; reached ${JSON.stringify(reached)}`);
    expect(reached.cascades).toBeGreaterThan(SHEETS / 4);
    expect(reached.dashboards).toBeGreaterThan(SHEETS / 4);
    expect(reached.checkIns).toBeGreaterThan(0);
  }, 300_000);
});
