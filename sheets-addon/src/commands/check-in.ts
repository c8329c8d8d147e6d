/**
 * Extensions ▸ Aligned OKRs ▸ Check in: a sidebar where a person picks a key result and
 * records its new value, a confidence and a comment. recordCheckIn appends the check-in to
 * the add-on's "Check-ins" log. In a sheet kept in the row schema it also updates the one
 * Current cell of that key result, because the user asked for exactly that; in a sheet kept
 * in its own layout (outline, quarter groups, a mapping from Map columns…) it writes nothing
 * there, and the latest check-in is the key result's current value. The row is found by ID
 * at write time, never from a cached index.
 */
import { appendCheckIn } from './check-in-log';
import { checkCheckInForm } from './check-in-form';
import { formatNumber, type OkrNode } from './core';
import { withDocumentLock } from './lock';
import { MENU_TITLE, messageOf } from './menu-command';
import { readOkrSheet } from './okr-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckInChoice {
  id: string;
  title: string;
  /** "KR1.2 · Win 40 new customers". */
  label: string;
  /** The current value as text ("1,200 $"), or "" when there is none yet. */
  current: string;
}

/** Menu item: opens the sidebar. */
export function showCheckInSidebar(): void {
  const ui = SpreadsheetApp.getUi();
  let choices: CheckInChoice[];
  let understood: string;
  try {
    const { read } = readOkrSheet(SpreadsheetApp.getActiveSpreadsheet());
    if (read.question) throw new Error(read.question);
    choices = choicesFrom(read.nodes);
    understood = read.summary;
  } catch (error) {
    ui.alert(MENU_TITLE, messageOf(error), ui.ButtonSet.OK);
    return;
  }
  const template = HtmlService.createTemplateFromFile('CheckIn');
  template.choices = choices;
  template.understood = understood;
  ui.showSidebar(template.evaluate().setTitle('Aligned: check in'));
}

/** google.script.run: the key results a person can check in on. */
export function getCheckInChoices(): CheckInChoice[] {
  return checkInChoices(SpreadsheetApp.getActiveSpreadsheet());
}

/** google.script.run: records one check-in. Throws (to the sidebar's failure handler) with a clear message. */
export function recordCheckIn(form: unknown): { message: string } {
  const input = checkCheckInForm(form);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    // Read now, under the lock: rows may have moved since the sidebar opened.
    const { sheet, read: parsed } = readOkrSheet(spreadsheet);
    if (parsed.question) throw new Error(`${parsed.question} Nothing was recorded.`);
    const currentColumn = parsed.columns.Current;
    const rows = parsed.nodes.filter((node) => node.id === input.id);
    if (rows.length === 0) {
      throw new Error(`Key result "${input.id}" is no longer in the sheet "${sheet.getName()}" (it may have been renamed or deleted). Nothing was recorded: reopen the check-in sidebar.`);
    }
    if (rows.length > 1) {
      throw new Error(`ID "${input.id}" is used by rows ${rows.map((n) => n.row).join(', ')} of "${sheet.getName()}"; expected one row. Nothing was recorded: give each row its own ID.`);
    }
    const node = rows[0];
    if (!isCheckable(node)) {
      throw new Error(`"${input.id}" in row ${node.row} is ${node.type === 'objective' ? 'an objective' : 'an initiative'}; check-ins record a key result's value. Pick a key result.`);
    }
    if (!parsed.layout.schema) {
      appendCheckIn(spreadsheet, { time: new Date(), id: node.id, value: input.value, confidence: input.confidence, comment: input.comment, user: activeUserEmail() });
      return {
        message: `Recorded ${formatNumber(input.value)} for ${node.id} · ${node.title} in the Check-ins log. "${sheet.getName()}" is not changed: the cascade reads the latest check-in.`,
      };
    }
    if (currentColumn < 0 || node.row === undefined) {
      throw new Error(`The sheet "${sheet.getName()}" has no Current column; expected one to hold each key result's latest value. Add a column headed Current, then check in again. Nothing was recorded.`);
    }
    appendCheckIn(spreadsheet, {
      time: new Date(),
      id: node.id,
      value: input.value,
      confidence: input.confidence,
      comment: input.comment,
      user: activeUserEmail(),
    });
    sheet.getRange(node.row, currentColumn + 1).setValue(input.value);
    return { message: `Recorded ${formatNumber(input.value)} for ${node.id} (row ${node.row} of "${sheet.getName()}").` };
  });
}

export function checkInChoices(spreadsheet: Spreadsheet): CheckInChoice[] {
  const { read: parsed } = readOkrSheet(spreadsheet);
  if (parsed.question) throw new Error(parsed.question);
  return choicesFrom(parsed.nodes);
}

function choicesFrom(nodes: readonly OkrNode[]): CheckInChoice[] {
  const seen = new Set<string>();
  const choices: CheckInChoice[] = [];
  for (const node of nodes) {
    if (!isCheckable(node) || seen.has(node.id)) continue;
    seen.add(node.id);
    choices.push({
      id: node.id,
      title: node.title,
      label: `${node.id} · ${node.title}`,
      current: node.current === null ? '' : `${formatNumber(node.current)}${node.unit ? ' ' + node.unit : ''}`,
    });
  }
  return choices;
}

function isCheckable(node: OkrNode): boolean {
  return node.type === 'key_result' || node.type === 'kpi';
}

/** Empty when the add-on may not read the address (consumer accounts, missing scope). */
function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
