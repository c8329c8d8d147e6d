/**
 * Extensions ▸ Aligned OKRs ▸ Automations…: a sidebar to turn the automations on or off, edit
 * the rules (JSON, kept in the document's properties), see what would be sent now, send it
 * now, and read the end of the log. Every function here is a google.script.run target.
 */
import { renderMessage } from '../commands/core';
import { MENU_TITLE, messageOf } from '../commands/menu-command';
import { UI_TEXT, uiLanguage, type UiText } from '../i18n/index';
import { ensureClockTrigger, clockTriggers, hourlyRefreshWanted, releaseClockTrigger, setHourlyRefreshWanted } from './clock-trigger';
import { rebuildOnChangeOn, setRebuildOnChange } from './rebuild-on-change';
import { runAutomations, type AutomationRunResult } from './run';
import { automationsOn, documentProperties, loadRules, saveRules, setAutomationsOn } from './settings';

export interface AutomationsState {
  on: boolean;
  rebuildOnChange: boolean;
  rulesJson: string;
  problems: string[];
  /** What the rules would send now: recipient, subject, text body, and why not when they cannot. */
  preview: Array<{ to: string; rule: string; subject: string; body: string }>;
  unaddressed: string[];
  /** Key results not updated within their cadence: "KR1 Win deals: On track, updated 12 days ago (expected every 7 days)". */
  stale: string[];
  quotaText: string;
  log: Array<{ time: string; rule: string; krId: string; recipient: string; subject: string; result: string }>;
}

/** Menu item. */
export function showAutomationsSidebar(): void {
  const text = UI_TEXT[uiLanguage()];
  const template = HtmlService.createTemplateFromFile('Automations');
  template.t = text;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(text.tAutomations));
}

export function getAutomationsState(): AutomationsState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const props = documentProperties();
  const lang = uiLanguage(spreadsheet);
  const { json, problems } = loadRules(props, lang);
  let preview: AutomationRunResult | null = null;
  let previewProblem = '';
  try {
    preview = runAutomations(spreadsheet, { send: false });
  } catch (error) {
    previewProblem = messageOf(error);
  }
  return {
    on: automationsOn(props),
    rebuildOnChange: rebuildOnChangeOn(spreadsheet),
    rulesJson: json,
    problems: [...problems, ...(preview?.problems.filter((p) => !problems.includes(p)) ?? []), ...(previewProblem ? [previewProblem] : [])],
    preview: (preview?.mails ?? []).map((m) => ({ to: m.to, rule: m.ruleName, subject: m.content.subject, body: m.content.body })),
    unaddressed: (preview?.unaddressed ?? []).map((u) => renderMessage(u.reasonMessage, lang)),
    stale: preview?.stale ?? [],
    quotaText: quotaText(preview, UI_TEXT[lang]),
    log: (preview?.recentLog ?? []).map((e) => ({
      time: Number.isNaN(e.time.getTime()) ? '' : e.time.toISOString().replace('T', ' ').slice(0, 16),
      rule: e.rule,
      krId: e.krId,
      recipient: e.recipient,
      subject: e.subject,
      result: e.result,
    })),
  };
}

function quotaText(preview: AutomationRunResult | null, text: UiText): string {
  if (preview === null || preview.quotaLeft === null) return '';
  if (preview.quotaExhausted) return text.aQuotaLow(preview.quotaLeft, preview.mails.length);
  return text.aQuota(preview.quotaLeft);
}

export function saveAutomationRules(text: unknown): AutomationsState {
  const lang = uiLanguage();
  if (typeof text !== 'string') throw new Error(UI_TEXT[lang].rulesNotText);
  saveRules(text, undefined, lang);
  return getAutomationsState();
}

/** On: the shared hourly trigger exists and runs the rules. Off: nothing is sent; everything else keeps working. */
export function setAutomationsEnabled(on: unknown): AutomationsState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const props = documentProperties();
  if (on === true) {
    // Turning automations on must not start the hourly rebuild for someone who never asked for it.
    if (clockTriggers(spreadsheet).length === 0 || !hourlyRefreshWanted(props)) setHourlyRefreshWanted(false, props);
    setAutomationsOn(true, props);
    ensureClockTrigger(spreadsheet);
  } else {
    setAutomationsOn(false, props);
    releaseClockTrigger(spreadsheet, props);
  }
  return getAutomationsState();
}

export function setRebuildOnChangeEnabled(on: unknown): AutomationsState {
  setRebuildOnChange(SpreadsheetApp.getActiveSpreadsheet(), on === true);
  return getAutomationsState();
}

/** Run now: sends what the preview shows, logs it, and says what happened. */
export function runAutomationsNow(): { message: string; state: AutomationsState } {
  const result = runAutomations(SpreadsheetApp.getActiveSpreadsheet(), { send: true });
  const text = UI_TEXT[uiLanguage()];
  const sent = result.mails.filter((m) => m.result === 'sent').length;
  const parts = [text.aSent(sent)];
  const notSent = result.mails.length - sent;
  if (notSent > 0) parts.push(text.aNotSent(notSent));
  if (result.quotaExhausted) parts.push(text.aQuotaUsed);
  if (result.unaddressed.length > 0) parts.push(text.aNoAddress(result.unaddressed.length));
  if (result.deferred > 0) parts.push(text.aQuiet(result.deferred));
  const message = parts.join(' ');
  SpreadsheetApp.getActiveSpreadsheet().toast(message, MENU_TITLE, 8);
  return { message, state: getAutomationsState() };
}
