/**
 * Everything a command needs about the user's OKRs, computed by the core before anything is
 * written: the rows as read, the parsed nodes, the cascade, the evaluations and the problems.
 */
import {
  buildCascade,
  evaluateCascade,
  type Cascade,
  type CheckIn,
  type NodeEvaluation,
  type OkrNode,
  type ReadSheetResult,
  type Problem,
} from './core';
import { uiLanguage, UI_TEXT, type UiText } from '../i18n/index';
import { questionText } from '../i18n/core-text';
import type { Locale } from './core';
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
  /** What the core read, how (layout, columns) and the one-line summary a person can check. */
  parsed: ReadSheetResult;
  cascade: Cascade;
  evaluations: Map<string, NodeEvaluation>;
  checkIns: Map<string, CheckIn[]>;
  /** The add-on's sheets as found when the model was loaded (one metadata search per run). */
  owned: OwnedSheets;
  /** Parse problems, then cascade problems (duplicates, unknown parents, cycles). */
  problems: Problem[];
  /** The language the add-on writes in for this document (i18n/index.ts), and its words. */
  lang: Locale;
  text: UiText;
}

export function loadOkrModel(spreadsheet: Spreadsheet, asOf: number = Date.now()): OkrModel {
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || 'UTC';
  const lang = uiLanguage(spreadsheet);
  const owned = ownedSheets(spreadsheet);
  const { sheet, table, read: parsed } = readOkrSheet(spreadsheet, owned, { timeZone, today: asOf, lang });
  const question = questionText(parsed, lang);
  if (question) throw new Error(question);
  const checkIns = readCheckIns(spreadsheet, timeZone, owned);
  attachCheckIns(parsed.nodes, checkIns);
  if (!parsed.layout.schema) applyLatestCheckIns(parsed.nodes);
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
    lang,
    text: UI_TEXT[lang],
  };
}

function attachCheckIns(nodes: OkrNode[], checkIns: Map<string, CheckIn[]>): void {
  if (checkIns.size === 0) return;
  for (const node of nodes) {
    const list = checkIns.get(node.id);
    if (list) node.checkIns = [...node.checkIns, ...list];
  }
}

/**
 * In a sheet kept in its own layout the add-on writes nothing, so a check-in lives only in
 * the Check-ins log: its latest value is the key result's current value.
 */
function applyLatestCheckIns(nodes: OkrNode[]): void {
  for (const node of nodes) {
    if ((node.type !== 'key_result' && node.type !== 'kpi') || node.checkIns.length === 0) continue;
    const latest = node.checkIns[node.checkIns.length - 1];
    if (latest.value !== null) node.current = latest.value;
    if (node.kind === null && node.current !== null) node.kind = node.target === null ? 'track' : 'increase';
  }
}

/** Errors first, then warnings; used for the toast after a build and for the Validate sidebar. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
