/**
 * The built artefact, dist/Code.js, run the way Apps Script runs it: one script in one
 * global scope (node:vm), with only the services a test provides. Builds first when dist/
 * is missing or older than its sources.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppsScriptGlobalsPlugin } from '../../sheets-addon/build/AppsScriptGlobalsPlugin.mjs';
import { readEntryExports } from '../../sheets-addon/build/readEntryExports.mjs';
import {
  ADDON_DIR,
  basicGlobals,
  CODE_JS,
  contextDate,
  DIST_DIR,
  ensureBuilt,
  forbiddenService,
  LIBRARY_GLOBAL,
  loadCodeJs,
} from '../../sheets-addon/build/sandbox';

/** The custom functions of the contract, with their documented parameter names. */
const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  OKR_PROGRESS: ['current', 'target', 'baseline', 'kind', 'cap'],
  OKR_RANGE: ['value', 'low', 'high', 'critical_low', 'critical_high'],
  OKR_EXPECTED: ['start_date', 'end_date', 'as_of'],
  OKR_STATUS: ['progress', 'start_date', 'end_date', 'as_of'],
  OKR_SCORE: ['progress'],
  OKR_PROJECTED_SCORE: ['progress', 'start_date', 'end_date', 'as_of', 'kind'],
  OKR_FORECAST: ['current', 'target', 'baseline', 'start_date', 'end_date', 'as_of'],
  OKR_ROLLUP: ['ids', 'parents', 'progress', 'weights'],
  OKR_AGGREGATE: ['dates', 'values', 'aggregation', 'window', 'as_of'],
  OKR_HEALTH: ['value', 'low', 'high'],
};

/** Services that need authorisation (or are pointless) in a custom function. */
const FORBIDDEN = [
  'SpreadsheetApp',
  'PropertiesService',
  'CacheService',
  'UrlFetchApp',
  'DriveApp',
  'DocumentApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'ScriptApp',
  'LockService',
  'HtmlService',
];

let code = '';
let source: ts.SourceFile;

interface TopLevelFunction {
  name: string;
  params: string[];
  jsDoc: string | null;
}

function topLevelFunctions(file: ts.SourceFile): Map<string, TopLevelFunction> {
  const found = new Map<string, TopLevelFunction>();
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const comments = ts.getLeadingCommentRanges(file.text, statement.getFullStart()) ?? [];
    const docs = comments.map((c) => file.text.slice(c.pos, c.end)).filter((t) => t.startsWith('/**'));
    found.set(statement.name.text, {
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText(file)),
      jsDoc: docs.length > 0 ? docs[docs.length - 1] : null,
    });
  }
  return found;
}

/** Parameter names of the exported functions declared in the TypeScript sources of the custom functions. */
function declaredParameters(): Map<string, string[]> {
  const declared = new Map<string, string[]>();
  const dir = join(ADDON_DIR, 'src', 'functions');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const file = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.ES2020, true);
    for (const statement of file.statements) {
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (exported && ts.isFunctionDeclaration(statement) && statement.name) {
        declared.set(statement.name.text, statement.parameters.map((p) => p.name.getText(file)));
      }
    }
  }
  return declared;
}

function freshContext(extra: Record<string, unknown> = {}) {
  const ctx = loadCodeJs({ ...basicGlobals('Etc/UTC'), ...extra });
  const CtxDate = contextDate(ctx);
  return { ctx, day: (iso: string) => new CtxDate(`${iso}T00:00:00Z`) };
}

beforeAll(() => {
  ensureBuilt();
  code = readFileSync(CODE_JS, 'utf8');
  source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
});

describe('dist/Code.js as Apps Script sees it', () => {
  it('starts with the @OnlyCurrentDoc annotation', () => {
    expect(code.startsWith('/** @OnlyCurrentDoc */')).toBe(true);
  });

  it('holds no module syntax: no import, export or require', () => {
    for (const statement of source.statements) {
      expect(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)).toBe(false);
      const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
      expect(modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)).toBe(false);
    }
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('is made of top-level functions, the library variable and the bundle itself', () => {
    for (const statement of source.statements) {
      const allowed =
        ts.isFunctionDeclaration(statement) ||
        (ts.isVariableStatement(statement) &&
          statement.declarationList.declarations.every((d) => d.name.getText(source) === LIBRARY_GLOBAL)) ||
        ts.isExpressionStatement(statement) ||
        ts.isEmptyStatement(statement);
      expect(allowed, statement.getText(source).slice(0, 80)).toBe(true);
    }
  });

  it('declares every custom function at the top level with its JSDoc and real parameter names', () => {
    const functions = topLevelFunctions(source);
    const declared = declaredParameters();
    for (const [name, params] of Object.entries(CUSTOM_FUNCTIONS)) {
      const fn = functions.get(name);
      expect(fn, name).toBeDefined();
      expect(fn!.params, name).toEqual(params);
      expect(declared.get(name), `${name} in src/functions`).toEqual(params);
      const doc = fn!.jsDoc ?? '';
      expect(doc, name).toContain('@customfunction');
      expect(doc, name).toMatch(/@return \{[^}]+\} \S/);
      // First line of the block: a one-line description.
      expect(doc.split('\n')[1], name).toMatch(/^ \* [A-Z].+\.$/);
      const documented = [...doc.matchAll(/@param \{[^}]+\} (\w+)/g)].map((m) => m[1]);
      expect(documented, name).toEqual(params);
    }
  });

  it('gives every export of the library (custom functions and commands) a top-level function that forwards to it', () => {
    const { ctx } = freshContext();
    const library = ctx[LIBRARY_GLOBAL] as Record<string, unknown>;
    const exported = Object.keys(library).filter((k) => typeof library[k] === 'function');
    expect(exported).toEqual(expect.arrayContaining(Object.keys(CUSTOM_FUNCTIONS)));
    const functions = topLevelFunctions(source);
    for (const name of exported) {
      expect(functions.has(name), name).toBe(true);
      expect(typeof ctx[name], name).toBe('function');
      expect(ctx[name], name).not.toBe(library[name]);
      expect(name.endsWith('_'), `${name} would be private in Apps Script`).toBe(false);
    }
    // The stub passes its arguments through: same answer as the library function.
    expect(ctx.OKR_PROGRESS(31, 43, 12)).toBe((library.OKR_PROGRESS as (...a: unknown[]) => unknown)(31, 43, 12));
  });

  // The current spreadsheet only, the sidebars and menus, and (for the optional hourly
  // refresh) the right to install a time-driven trigger, and (for automations) the right to
  // send mail as the user: nothing that reads other files or the user's mailbox.
  it('ships the manifest with V8, a time zone and exactly the four minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(typeof manifest.timeZone).toBe('string');
    expect(() => new Intl.DateTimeFormat('en', { timeZone: manifest.timeZone })).not.toThrow();
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('copies every sidebar from src/html to dist, unchanged, and nothing else', () => {
    const htmlDir = join(ADDON_DIR, 'src', 'html');
    const html = existsSync(htmlDir) ? readdirSync(htmlDir).filter((f) => f.endsWith('.html')) : [];
    const shipped = readdirSync(DIST_DIR).filter((f) => f.endsWith('.html'));
    expect(shipped.sort()).toEqual(html.sort());
    for (const file of html) {
      expect(readFileSync(join(DIST_DIR, file), 'utf8')).toBe(readFileSync(join(ADDON_DIR, 'src', 'html', file), 'utf8'));
    }
    const expected = new Set(['Code.js', 'appsscript.json', ...html]);
    expect(readdirSync(DIST_DIR).filter((f) => !expected.has(f))).toEqual([]);
  });
});

describe('custom functions without authorised services', () => {
  it('compute every function while every authorised service throws, reading at most the sheet time zone', () => {
    const touched: string[] = [];
    const forbidden = Object.fromEntries(FORBIDDEN.map((name) => [name, forbiddenService(name, touched)]));
    const { ctx, day } = freshContext(forbidden);
    const [jan1, dec31, jul2] = [day('2026-01-01'), day('2026-12-31'), day('2026-07-02')];
    expect(ctx.OKR_PROGRESS(31, 43, 12)).toBeCloseTo(19 / 31, 12);
    expect(ctx.OKR_RANGE(11, 2, 10, 0, 12)).toBeCloseTo(0.5, 12);
    expect(ctx.OKR_EXPECTED(jan1, dec31, jul2)).toBeCloseTo(182 / 365, 12);
    expect(ctx.OKR_STATUS(0.45, jan1, dec31, jul2)).toBe('On track');
    expect(ctx.OKR_SCORE(0.65)).toBe(0.7);
    expect(ctx.OKR_FORECAST(30, 100, 0, jan1, dec31, jul2)).toBeCloseTo(30 / (182 / 365), 9);
    expect(ctx.OKR_ROLLUP([['O'], ['K1'], ['K2']], [[''], ['O'], ['O']], [[''], [0.5], [1]])).toEqual([[0.75], [0.5], [1]]);
    expect(ctx.OKR_AGGREGATE([[jan1], [jul2]], [[5], [7]], 'sum', 'YTD', jul2)).toBe(12);
    expect(ctx.OKR_HEALTH(5, 0, 10)).toBe('Healthy');
    // Only the read-only spreadsheet time zone lookup may be tried (and it failed safely here).
    expect(new Set(touched)).toEqual(new Set(['SpreadsheetApp.getActiveSpreadsheet']));
  });

  it('work with no Session and no SpreadsheetApp at all (UTC days)', () => {
    const ctx = loadCodeJs({});
    const CtxDate = contextDate(ctx);
    expect(ctx.OKR_EXPECTED(new CtxDate('2026-01-01T00:00:00Z'), new CtxDate('2026-12-31T00:00:00Z'), new CtxDate('2026-07-02T12:00:00Z'))).toBeCloseTo(
      182 / 365,
      12,
    );
  });

  it("take day boundaries in the spreadsheet's time zone when it can be read", () => {
    const spreadsheet = { getSpreadsheetTimeZone: () => 'Asia/Tokyo' };
    const { ctx } = freshContext({ SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } });
    const CtxDate = contextDate(ctx);
    // Sheets hands a Tokyo date cell as midnight in Tokyo, which is still the previous day in UTC.
    const april1Tokyo = new CtxDate('2026-04-01T00:00:00+09:00');
    const april15Tokyo = new CtxDate('2026-04-15T00:00:00+09:00');
    expect(ctx.OKR_AGGREGATE([[april1Tokyo]], [[1]], 'count', 'MTD', april15Tokyo)).toBe(1);
    const utcOnly = freshContext();
    expect(utcOnly.ctx.OKR_AGGREGATE([[april1Tokyo]], [[1]], 'count', 'MTD', april15Tokyo)).toBe(0);
  });

  it("fall back to the script's time zone when the spreadsheet's cannot be read", () => {
    const ctx = loadCodeJs({ ...basicGlobals('Asia/Tokyo'), SpreadsheetApp: forbiddenService('SpreadsheetApp', []) });
    const CtxDate = contextDate(ctx);
    expect(ctx.OKR_AGGREGATE([[new CtxDate('2026-04-01T00:00:00+09:00')]], [[1]], 'count', 'MTD', new CtxDate('2026-04-15T00:00:00+09:00'))).toBe(1);
  });
});

describe('custom functions called the way Sheets calls them', () => {
  it('OKR_PROGRESS: single values, text numbers, percentages, blanks, booleans and errors', () => {
    const { ctx } = freshContext();
    expect(ctx.OKR_PROGRESS('1,200', '2,000', '$400')).toBeCloseTo(0.5, 12);
    expect(ctx.OKR_PROGRESS(0.3, '40 %', 0.2)).toBeCloseTo(0.5, 12);
    expect(ctx.OKR_PROGRESS('', 100)).toBe('');
    expect(ctx.OKR_PROGRESS(true, '', '', 'milestone')).toBe(1);
    expect(ctx.OKR_PROGRESS('not done', '', '', 'Milestone')).toBe(0);
    expect(ctx.OKR_PROGRESS(150, 100, 0, 'auto', 0)).toBeCloseTo(1.5, 12);
    expect(() => ctx.OKR_PROGRESS(5, 100, 100)).toThrow(
      'target equals baseline (100): there is no distance to measure progress along; set a different baseline.',
    );
    expect(() => ctx.OKR_PROGRESS(true, 100)).toThrow(/current: expected a number .* found TRUE/);
    expect(() => ctx.OKR_PROGRESS(5, 100, 0, 'sideways')).toThrow(/kind: expected one of "auto", .* found "sideways"/);
  });

  it('OKR_PROGRESS over a range: one output per cell, errors as text, the rest computed', () => {
    const { ctx } = freshContext();
    const out = ctx.OKR_PROGRESS([[31], [''], ['abc'], [50], [12]], [[43], [43], [43], [43], [12]], 12);
    expect(out).toHaveLength(5);
    expect(out[0][0]).toBeCloseTo(19 / 31, 12);
    expect(out[1][0]).toBe('');
    expect(out[2][0]).toMatch(/^current: expected a number/);
    expect(out[3][0]).toBe(1);
    expect(out[4][0]).toBe('target equals baseline (12): there is no distance to measure progress along; set a different baseline.');
  });

  it('reports mismatched range sizes naming both arguments', () => {
    const { ctx } = freshContext();
    expect(() => ctx.OKR_PROGRESS([[1], [2], [3]], [[10], [20]])).toThrow(
      'OKR_PROGRESS: current is 3 rows × 1 column but target is 2 rows × 1 column. Give ranges of the same size, or a single cell to use for every row.',
    );
  });

  it('OKR_EXPECTED, OKR_STATUS and OKR_FORECAST with Date cells, serial numbers and ISO text', () => {
    const { ctx, day } = freshContext();
    const [jan1, dec31] = [day('2026-01-01'), day('2026-12-31')];
    expect(ctx.OKR_EXPECTED(jan1, dec31, day('2026-07-02'))).toBeCloseTo(182 / 365, 12);
    expect(ctx.OKR_EXPECTED(46023, 46387, 46205)).toBeCloseTo(182 / 365, 12);
    expect(ctx.OKR_EXPECTED('2026-01-01', '2026-12-31', '2026-07-02')).toBeCloseTo(182 / 365, 12);
    const statuses = ctx.OKR_STATUS([[1], [0.45], [0.1], [''], [0.5]], jan1, dec31, [[day('2026-07-02')], [day('2026-07-02')], [day('2026-07-02')], [day('2026-07-02')], [day('2025-12-01')]]);
    expect(statuses).toEqual([['Achieved'], ['On track'], ['Off track'], ['No data'], ['Not started']]);
    expect(() => ctx.OKR_EXPECTED(dec31, jan1)).toThrow('end_date (2026-01-01) is before start_date (2026-12-31); swap them.');
    expect(() => ctx.OKR_FORECAST(10, 100, 0, jan1, dec31, jan1)).toThrow(/no pace yet/);
    expect(ctx.OKR_FORECAST([[10], ['']], 100, 0, jan1, dec31, day('2026-07-02'))).toEqual([[10 / (182 / 365)], ['']]);
  });

  it('OKR_SCORE, OKR_RANGE and OKR_HEALTH over ranges', () => {
    const { ctx } = freshContext();
    expect(ctx.OKR_SCORE([[0.65, 1.3], [-0.2, '']])).toEqual([[0.7, 1], [0, '']]);
    expect(ctx.OKR_RANGE([[5], [11], [14], ['']], 2, 10, 0, 12)).toEqual([[1], [0.5], [0], ['']]);
    expect(() => ctx.OKR_RANGE(5, 10, 2)).toThrow('low (10) is above high (2); swap them.');
    expect(ctx.OKR_HEALTH([[5], [10.5], [12], ['']], 0, 10)).toEqual([['Healthy'], ['Watch'], ['Unhealthy'], ['No data']]);
  });

  it('OKR_ROLLUP through a cascade, with a loop reported on its rows', () => {
    const { ctx } = freshContext();
    const out = ctx.OKR_ROLLUP(
      [['CO'], ['O1'], ['K1'], ['K2'], ['O2'], ['A'], ['B']],
      [[''], ['CO'], ['O1'], ['O1'], ['CO'], ['B'], ['A']],
      [[''], [''], ['50 %'], [1], [0.25], [0.1], [0.1]],
      [[1], [1], [1], [1], [3], [1], [1]],
    );
    expect(out[0][0]).toBeCloseTo((0.75 * 1 + 0.25 * 3) / 4, 12);
    expect(out.slice(1, 5)).toEqual([[0.75], [0.5], [1], [0.25]]);
    expect(out[5][0]).toMatch(/loop/);
    expect(out[6][0]).toBe(out[5][0]);
  });

  it('OKR_AGGREGATE over dated values, windows including the whole as_of day', () => {
    const { ctx } = freshContext();
    const CtxDate = contextDate(ctx);
    const dates = [[new CtxDate('2026-06-30T10:00:00Z')], [new CtxDate('2026-07-01T00:00:00Z')], [new CtxDate('2026-07-02T23:59:00Z')], [''], ['']];
    const values = [[2], ['3'], [4], [''], ['']];
    const asOf = new CtxDate('2026-07-02T00:00:00Z');
    expect(ctx.OKR_AGGREGATE(dates, values, 'sum', 'MTD', asOf)).toBe(7);
    expect(ctx.OKR_AGGREGATE(dates, values, [['count'], ['max'], ['last']], 'MTD', asOf)).toEqual([[2], [4], [4]]);
    expect(ctx.OKR_AGGREGATE(dates, values, 'sum', 'previous month', asOf)).toBe(2);
    expect(ctx.OKR_AGGREGATE(dates, values, 'avg', '7D', new CtxDate('2026-08-30T00:00:00Z'))).toBe('');
    expect(() => ctx.OKR_AGGREGATE(dates, values, 'sum', 'fortnight', asOf)).toThrow(/window: expected one of "WTD"/);
  });
});

describe('the top-level stub generator (sheets-addon/build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aligned-stubs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write(
    'entry.ts',
    [
      "export * from './functions';",
      "export { renamed as onOpen } from './commands';",
      "export const VERSION = '1';",
      'export type Shape = { rows: number };',
    ].join('\n'),
  );
  write(
    'functions.ts',
    [
      '/**',
      '   * Doubles a number.',
      '   * @param {number} input The number.',
      '   * @return {number} Twice the number.',
      '   * @customfunction',
      '   */',
      'export function DOUBLE(input: number, factor = 2): number { return input * factor; }',
      '/** Opens the sidebar. */',
      'export const showSidebar = (title: string, ...rest: unknown[]) => [title, rest.length];',
      'export function withObject({ a }: { a: number }) { return a; }',
      'export interface NotAValue { x: number }',
    ].join('\n'),
  );
  write('commands.ts', '/** Builds the menu. */\nexport function renamed(e: unknown) { return e; }\n');

  it('finds every exported function through re-exports and renames, with parameter names and JSDoc', () => {
    const { functions, others } = readEntryExports(join(dir, 'entry.ts'));
    const byName = Object.fromEntries(functions.map((f) => [f.name, f]));
    expect(Object.keys(byName).sort()).toEqual(['DOUBLE', 'onOpen', 'showSidebar', 'withObject']);
    expect(others).toEqual(['VERSION']);
    expect(byName.DOUBLE.params).toEqual(['input', 'factor']);
    expect(byName.DOUBLE.jsDoc).toBe(
      '/**\n * Doubles a number.\n * @param {number} input The number.\n * @return {number} Twice the number.\n * @customfunction\n */',
    );
    expect(byName.showSidebar.params).toEqual(['title', '...rest']);
    expect(byName.showSidebar.jsDoc).toBe('/** Opens the sidebar. */');
    expect(byName.withObject.params).toEqual(['arg1']);
    expect(byName.onOpen.params).toEqual(['e']);
    expect(byName.onOpen.jsDoc).toBe('/** Builds the menu. */');
  });

  it('writes stubs that forward every argument to the library global, and warns about non-functions', () => {
    const warnings: string[] = [];
    const stubs = new AppsScriptGlobalsPlugin({ entry: join(dir, 'entry.ts'), globalName: 'Lib' }).renderStubs((w) => warnings.push(w));
    expect(warnings).toEqual([expect.stringContaining('"VERSION" is exported from the entry but is not a function')]);
    expect(stubs).toContain('function DOUBLE(input, factor) {\n  return Lib.DOUBLE(input, factor);\n}');
    expect(stubs).toContain('function showSidebar(title, ...rest) {\n  return Lib.showSidebar(title, ...rest);\n}');
    const ctx = vm.createContext({});
    vm.runInContext(`var Lib = { DOUBLE: (x, f) => x * (f === undefined ? 2 : f), showSidebar: (t, ...r) => t + r.length, withObject: (o) => o.a, onOpen: (e) => e };\n${stubs}`, ctx);
    expect(vm.runInContext('DOUBLE(4)', ctx)).toBe(8);
    expect(vm.runInContext('DOUBLE(4, 3)', ctx)).toBe(12);
    expect(vm.runInContext('showSidebar("x", 1, 2)', ctx)).toBe('x2');
    expect(vm.runInContext('withObject({ a: 5 })', ctx)).toBe(5);
  });

  it('refuses names Apps Script would treat as private or that clash with the library global', () => {
    write('private.ts', 'export function helper_() { return 1; }\n');
    expect(() => new AppsScriptGlobalsPlugin({ entry: join(dir, 'private.ts'), globalName: 'Lib' }).renderStubs(() => {})).toThrow(
      /"helper_" .* cannot be called by Apps Script: names ending in "_" are private there/,
    );
    write('clash.ts', 'export function Lib() { return 1; }\n');
    expect(() => new AppsScriptGlobalsPlugin({ entry: join(dir, 'clash.ts'), globalName: 'Lib' }).renderStubs(() => {})).toThrow(
      /"Lib" .* has the same name as the library global/,
    );
  });
});
