/**
 * Everything a command needs about the user's OKRs, computed by the core before anything is
 * written: the rows as read, the parsed nodes, the cascade, the evaluations and the problems.
 */
import {
  buildCascade,
  evaluateCascade,
  parseRows,
  type Cascade,
  type CheckIn,
  type NodeEvaluation,
  type OkrNode,
  type ParseResult,
  type Problem,
} from './core';
import { readCheckIns } from './check-in-log';
import { readOkrSheet } from './okr-sheet';
import { ownedSheets, type OwnedSheets } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OkrModel {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  table: unknown[][];
  timeZone: string;
  asOf: number;
  parsed: ParseResult;
  cascade: Cascade;
  evaluations: Map<string, NodeEvaluation>;
  checkIns: Map<string, CheckIn[]>;
  /** The add-on's sheets as found when the model was loaded (one metadata search per run). */
  owned: OwnedSheets;
  /** Parse problems, then cascade problems (duplicates, unknown parents, cycles). */
  problems: Problem[];
}

export function loadOkrModel(spreadsheet: Spreadsheet, asOf: number = Date.now()): OkrModel {
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || 'UTC';
  const owned = ownedSheets(spreadsheet);
  const { sheet, table } = readOkrSheet(spreadsheet, owned);
  const parsed = parseRows(table, { timeZone, firstRowNumber: 1 });
  const checkIns = readCheckIns(spreadsheet, timeZone, owned);
  attachCheckIns(parsed.nodes, checkIns);
  const cascade = buildCascade(parsed.nodes);
  const evaluations = evaluateCascade(cascade, { asOf, timeZone });
  return {
    spreadsheet,
    sheet,
    table,
    timeZone,
    asOf,
    parsed,
    cascade,
    evaluations,
    checkIns,
    owned,
    problems: [...parsed.problems, ...cascade.problems],
  };
}

function attachCheckIns(nodes: OkrNode[], checkIns: Map<string, CheckIn[]>): void {
  if (checkIns.size === 0) return;
  for (const node of nodes) {
    const list = checkIns.get(node.id);
    if (list) node.checkIns = [...node.checkIns, ...list];
  }
}

/** Errors first, then warnings; used for the toast after a build and for the Validate sidebar. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
