/**
 * Extensions ▸ Aligned OKRs ▸ Build cascade: the user's OKR rows become the "OKR Cascade"
 * sheet. Everything is computed first; only then is the add-on's own sheet written, in a
 * handful of block calls. The user's rows are read once and never written.
 */
import { cascadeColumn, cascadeTable, CASCADE_HEADER, type CascadeColumn } from './cascade-table';
import { understoodText } from '../i18n/core-text';
import { explain } from './core';
import { runMenuCommand } from './menu-command';
import { countProblems, loadOkrModel, type OkrModel } from './okr-model';
import { ownedSheet } from './owned-sheets';
import { prepareBlock } from './safe-cell-text';
import { resetOwnedSheet, styleHeader, writeBlock } from './sheet-writer';
import { scoreRules } from './score-colours';
import { statusRules } from './status-colours';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const COLUMN_WIDTHS: [CascadeColumn, number][] = [
  // Wide enough for the longest type word in either language ("Ключевой результат").
  ['Type', 130],
  ['Title', 320],
  ['Bar', 110],
  ['Explanation', 480],
];

/** Menu item. */
export function buildCascadeSheet(): void {
  runMenuCommand((spreadsheet) => {
    const model = loadOkrModel(spreadsheet);
    const sheet = writeCascade(model);
    sheet.activate();
    return buildSummary(model, model.text.sCascade, sheet.getName());
  });
}

/** Writes the cascade sheet from a loaded model; returns the sheet. Throws before writing when there is nothing to show. */
export function writeCascade(model: OkrModel): Sheet {
  const table = cascadeTable(model.cascade, model.evaluations, model.lang);
  const rows = table.values.length - 1;
  if (rows === 0) throw new Error(nothingToBuild(model));

  const columns = CASCADE_HEADER.length;
  // Every value fitted and formatted before the sheet is made or cleared.
  const block = prepareBlock(table.values);
  const sheet = ownedSheet(model.spreadsheet, 'cascade', model.owned, model.lang);
  resetOwnedSheet(sheet, rows + 1, columns);
  writeBlock(sheet, 1, 1, block);
  styleHeader(sheet, columns);

  sheet.getRange(2, cascadeColumn('Current'), rows, 2).setNumberFormats(table.valueFormats);
  sheet.getRange(2, cascadeColumn('Progress'), rows, 1).setNumberFormat('0%');
  sheet.getRange(2, cascadeColumn('Score'), rows, 1).setNumberFormats(table.scoreFormats);
  sheet.getRange(2, cascadeColumn('Bar'), rows, 1).setFontColor('#1a73e8');
  sheet.setConditionalFormatRules([
    ...statusRules(sheet.getRange(2, cascadeColumn('Status'), rows, 1), model.lang),
    ...scoreRules(sheet.getRange(2, cascadeColumn('Score'), rows, 1)),
  ]);
  for (const [name, width] of COLUMN_WIDTHS) sheet.setColumnWidth(cascadeColumn(name), width);
  return sheet;
}

function nothingToBuild(model: OkrModel): string {
  const { text } = model;
  const first = model.problems.find((p) => p.severity === 'error');
  return (
    text.nothingToBuild(understoodText(model.parsed, model.lang), model.sheet.getName()) +
    (first ? text.firstProblem(explain(first, model.lang)) : text.addRows) +
    text.unchanged
  );
}

export function buildSummary(model: OkrModel, what: string, sheetName: string): string {
  const { text } = model;
  const { errors, warnings } = countProblems(model.problems);
  const issues = errors + warnings === 0 ? '' : text.issues(errors, warnings, model.sheet.getName(), text.menuPath(text.mValidate));
  // The first line says what was understood, so a person can check the reading before the numbers.
  return text.built(understoodText(model.parsed, model.lang), what, sheetName, model.evaluations.size) + issues;
}
