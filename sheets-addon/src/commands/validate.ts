/**
 * Extensions ▸ Aligned OKRs ▸ Validate: a sidebar listing every problem the core found in the
 * OKR sheet (duplicate IDs, unknown parents, cycles, target equal to baseline, text where a
 * number is needed, end before start, negative weights…), each with the address of its cell.
 * Clicking one calls selectCell, which takes the user there.
 */
import { addressExtent, cellAddress, columnLetter, ADDRESS_PATTERN } from './a1-notation';
import { understoodText } from '../i18n/core-text';
import { UI_TEXT, uiLanguage, type UiText } from '../i18n/index';
import { explain, type Column, type Problem } from './core';
import { MENU_TITLE, messageOf } from './menu-command';
import { loadOkrModel, type OkrModel } from './okr-model';

export interface ProblemItem {
  severity: 'error' | 'warning';
  /** Where selectCell goes: "'OKRs'!J7". */
  a1: string;
  /** What the list shows: "J7" or "Row 7". */
  where: string;
  message: string;
}

/** The sidebar lists at most this many; the rest are counted. */
export const MAX_LISTED = 500;

/** Menu item: opens the sidebar. */
export function showValidateSidebar(): void {
  const ui = SpreadsheetApp.getUi();
  let model: OkrModel;
  try {
    model = loadOkrModel(SpreadsheetApp.getActiveSpreadsheet());
  } catch (error) {
    ui.alert(MENU_TITLE, messageOf(error), ui.ButtonSet.OK);
    return;
  }
  const items = problemItems(model);
  const { text } = model;
  const template = HtmlService.createTemplateFromFile('Validate');
  const sheetName = model.sheet.getName();
  const rowCount = Math.max(0, model.table.length - 1);
  const more = Math.max(0, items.length - MAX_LISTED);
  template.t = text;
  template.understood = understoodText(model.parsed, model.lang);
  template.problems = items.slice(0, MAX_LISTED);
  // The sentences are made here (counts take their plural forms); the page prints them as text.
  template.summary = items.length === 0 ? text.vNone(sheetName, rowCount) : text.vSome(items.length, sheetName);
  template.moreText = more > 0 ? text.vMore(more) : '';
  ui.showSidebar(template.evaluate().setTitle(text.tValidate));
}

/** google.script.run: selects the cell a problem points to. */
export function selectCell(a1: unknown): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const text: UiText = UI_TEXT[uiLanguage(spreadsheet)];
  if (typeof a1 !== 'string' || a1.length > 300 || !ADDRESS_PATTERN.test(a1)) {
    throw new Error(text.vBadAddress(typeof a1 === 'string' ? `"${a1.slice(0, 60)}"` : typeof a1));
  }
  const sheetName = a1.slice(1, a1.lastIndexOf("'!")).replace(/''/g, "'");
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(text.vSheetGone(sheetName));
  // A stale list (rows deleted since Validate ran) or a crafted address may point past the grid;
  // Sheets would answer "Those rows are out of bounds." without saying which or what to do.
  const { row, column } = addressExtent(a1);
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  if (row < 1 || column < 1 || row > rows || column > columns) {
    const where = a1.slice(a1.lastIndexOf('!') + 1);
    throw new Error(text.vOutside(where, sheet.getName(), rows, columns, columnLetter(columns)));
  }
  spreadsheet.getRange(a1).activate();
}

export function problemItems(model: OkrModel): ProblemItem[] {
  const sheetName = model.sheet.getName();
  const lastColumn = model.table[0]?.length ?? 1;
  const rowOfId = new Map<string, number>();
  for (const node of model.parsed.nodes) if (node.row !== undefined && !rowOfId.has(node.id)) rowOfId.set(node.id, node.row);

  const items = model.problems.map((problem) => {
    const row = problem.row ?? firstRowOf(problem, rowOfId) ?? 1;
    const column = columnOf(problem, model.parsed.columns);
    return {
      severity: problem.severity,
      a1: cellAddress(sheetName, row, column, lastColumn),
      where: column === null ? model.text.vRow(row) : `${columnLetter(column)}${row}`,
      message: explain(problem, model.lang),
    };
  });
  // Errors first, then by row, so the list reads top to bottom like the sheet.
  return items
    .map((item, i) => ({ item, row: model.problems[i].row ?? 0 }))
    .sort((a, b) => (a.item.severity === b.item.severity ? a.row - b.row : a.item.severity === 'error' ? -1 : 1))
    .map((x) => x.item);
}

function firstRowOf(problem: Problem, rowOfId: Map<string, number>): number | undefined {
  for (const id of problem.ids ?? []) {
    const row = rowOfId.get(id);
    if (row !== undefined) return row;
  }
  return undefined;
}

/** 1-based sheet column of the problem's column, or null when it has none or the sheet lacks it. */
function columnOf(problem: Problem, columns: Record<Column, number>): number | null {
  if (!problem.column) return null;
  const index = (columns as Record<string, number>)[problem.column];
  return index === undefined || index < 0 ? null : index + 1;
}
