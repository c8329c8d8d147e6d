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
import { questionText, understoodText } from '../i18n/core-text';
import { UI_TEXT, uiLanguage, type UiText } from '../i18n/index';
import { formatNumberIn, type Locale, type OkrNode } from './core';
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
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = uiLanguage(spreadsheet);
  let choices: CheckInChoice[];
  let understood: string;
  try {
    const { read } = readOkrSheet(spreadsheet, undefined, { lang });
    const question = questionText(read, lang);
    if (question) throw new Error(question);
    choices = choicesFrom(read.nodes, lang);
    understood = understoodText(read, lang);
  } catch (error) {
    ui.alert(MENU_TITLE, messageOf(error), ui.ButtonSet.OK);
    return;
  }
  const template = HtmlService.createTemplateFromFile('CheckIn');
  template.choices = choices;
  template.understood = understood;
  template.t = UI_TEXT[lang];
  ui.showSidebar(template.evaluate().setTitle(UI_TEXT[lang].tCheckIn));
}

/** google.script.run: the key results a person can check in on. */
export function getCheckInChoices(): CheckInChoice[] {
  return checkInChoices(SpreadsheetApp.getActiveSpreadsheet());
}

/** google.script.run: records one check-in. Throws (to the sidebar's failure handler) with a clear message. */
export function recordCheckIn(form: unknown): { message: string } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = uiLanguage(spreadsheet);
  const text: UiText = UI_TEXT[lang];
  const input = checkCheckInForm(form, text);
  return withDocumentLock(() => {
    // Read now, under the lock: rows may have moved since the sidebar opened.
    const { sheet, read: parsed } = readOkrSheet(spreadsheet, undefined, { lang });
    const question = questionText(parsed, lang);
    if (question) throw new Error(question + text.ciNotRecorded);
    const currentColumn = parsed.columns.Current;
    const rows = parsed.nodes.filter((node) => node.id === input.id);
    if (rows.length === 0) throw new Error(text.ciGone(input.id, sheet.getName()));
    if (rows.length > 1) throw new Error(text.ciTwice(input.id, rows.map((n) => n.row).join(', '), sheet.getName()));
    const node = rows[0];
    if (!isCheckable(node)) throw new Error(text.ciNotKr(input.id, node.row ?? 0, node.type === 'objective'));
    const value = formatNumberIn(input.value, lang);
    if (!parsed.layout.schema) {
      appendCheckIn(spreadsheet, { time: new Date(), id: node.id, value: input.value, confidence: input.confidence, comment: input.comment, user: activeUserEmail() }, lang);
      return { message: text.ciLogged(value, `${node.id} · ${node.title}`, sheet.getName()) };
    }
    if (currentColumn < 0 || node.row === undefined) throw new Error(text.ciNoCurrentColumn(sheet.getName()));
    appendCheckIn(spreadsheet, {
      time: new Date(),
      id: node.id,
      value: input.value,
      confidence: input.confidence,
      comment: input.comment,
      user: activeUserEmail(),
    }, lang);
    sheet.getRange(node.row, currentColumn + 1).setValue(input.value);
    return { message: text.ciWritten(value, node.id, node.row, sheet.getName()) };
  }, text);
}

export function checkInChoices(spreadsheet: Spreadsheet): CheckInChoice[] {
  const lang = uiLanguage(spreadsheet);
  const { read: parsed } = readOkrSheet(spreadsheet, undefined, { lang });
  const question = questionText(parsed, lang);
  if (question) throw new Error(question);
  return choicesFrom(parsed.nodes, lang);
}

function choicesFrom(nodes: readonly OkrNode[], lang: Locale): CheckInChoice[] {
  const seen = new Set<string>();
  const choices: CheckInChoice[] = [];
  for (const node of nodes) {
    if (!isCheckable(node) || seen.has(node.id)) continue;
    seen.add(node.id);
    choices.push({
      id: node.id,
      title: node.title,
      label: `${node.id} · ${node.title}`,
      current: node.current === null ? '' : `${formatNumberIn(node.current, lang)}${node.unit ? ' ' + node.unit : ''}`,
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
