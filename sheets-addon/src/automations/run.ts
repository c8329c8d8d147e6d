/**
 * One automations run: evaluate the OKRs with the core, compare with the last run, plan the
 * mails the rules ask for, and (unless previewing) send them, log every outcome, and
 * remember this evaluation for the next run. The user's sheets are only read.
 */
import { cascadeDigest, explain, planMails, renderMessage, statusLabel, takeSnapshot, type AutomationEvent, type PlannedMail, type Unaddressed } from '../commands/core';
import { BUSY_MESSAGE, withDocumentLock } from '../commands/lock';
import { messageOf } from '../commands/menu-command';
import { loadOkrModel } from '../commands/okr-model';
import { appendLog, readLog, SENT, type LogEntry } from './log-sheet';
import { renderMail, type MailContent } from './mail-body';
import { buildDirectory } from './recipients';
import { loadPending, loadRules, loadSnapshot, savePending, saveSnapshot } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const QUOTA_EXHAUSTED = 'not sent: the daily e-mail quota of this Google account is used up (it refills within 24 hours); will retry on a later run';
export const NO_ADDRESS = 'not sent: no e-mail address for the owner';

export interface MailOutcome {
  to: string;
  ruleName: string;
  content: MailContent;
  /** "sent", "would be sent" (preview), or why not. */
  result: string;
}

export interface AutomationRunResult {
  mails: MailOutcome[];
  unaddressed: Unaddressed[];
  /** Events waiting for quiet hours to end. */
  deferred: number;
  /** MailApp's remaining daily quota when the run began; null in a preview that could not ask. */
  quotaLeft: number | null;
  quotaExhausted: boolean;
  /** Rule and sheet problems (each names where and what to do). */
  problems: string[];
  /** Key results not updated within their cadence, with their status beside it. */
  stale: string[];
  recentLog: LogEntry[];
}

/** Plans what the rules would send now, and sends it when `send` is true. */
export function runAutomations(spreadsheet: Spreadsheet, options: { send: boolean; asOf?: number }): AutomationRunResult {
  return withDocumentLock(() => run(spreadsheet, options.send, options.asOf ?? Date.now()));
}

function run(spreadsheet: Spreadsheet, send: boolean, asOf: number): AutomationRunResult {
  const model = loadOkrModel(spreadsheet, asOf);
  // Mails, problems and the preview speak the document's language (the add-on's language rule).
  const lang = model.lang;
  const directory = buildDirectory(spreadsheet, model.table, lang);
  const now = takeSnapshot(model.cascade.nodes, model.evaluations, { asOf, cadenceDays: directory.cadenceOf });
  const { rules, problems: ruleProblems } = loadRules(undefined, lang);
  const log = readLog(spreadsheet, model.owned);
  let digested: ReturnType<typeof cascadeDigest> | null = null;
  const digest = () => (digested ??= cascadeDigest(model.cascade, model.evaluations));
  const plan = planMails(loadSnapshot(), now, rules, {
    asOf,
    timeZone: model.timeZone,
    addressOf: directory.addressOf,
    alreadySent: log.wasSent,
    digestLines: () => digest().lines,
    digestMessages: () => digest().lineMessages,
    pending: loadPending(),
  });
  const links = { spreadsheetUrl: spreadsheet.getUrl(), spreadsheetName: spreadsheet.getName() };
  const problems = [...ruleProblems, ...directory.problems.map((p) => explain(p, lang))];
  const quotaLeft = readQuota();
  const result: AutomationRunResult = {
    mails: [],
    unaddressed: plan.unaddressed,
    deferred: plan.deferred.length,
    quotaLeft,
    quotaExhausted: quotaLeft !== null && quotaLeft < plan.mails.length,
    problems,
    stale: [...now.states.values()]
      .filter((kr) => kr.stale)
      .map((kr) => `${kr.id} ${kr.title}: ${statusLabel(kr.status, lang)}, ${renderMessage(kr.staleness.i18n, lang)} ${model.text.aExpectedEvery(kr.staleness.cadenceDays)}`),
    recentLog: log.recent,
  };
  if (!send) {
    result.mails = plan.mails.map((mail) => ({ to: mail.to, ruleName: mail.ruleName, content: renderMail(mail, links, lang), result: 'would be sent' }));
    return result;
  }

  const entries: LogEntry[] = [];
  const retry: AutomationEvent[] = [...plan.deferred];
  for (const mail of plan.mails) {
    const content = renderMail(mail, links, lang);
    const outcome = deliver(mail, content);
    if (outcome !== SENT) retry.push(...mail.events);
    if (outcome === QUOTA_EXHAUSTED) result.quotaExhausted = true;
    result.mails.push({ to: mail.to, ruleName: mail.ruleName, content, result: outcome });
    for (const key of uniqueKeys(mail)) {
      if (outcome !== SENT && log.has(key.eventKey, mail.to, outcome)) continue;
      entries.push({ time: new Date(asOf), rule: mail.ruleName, eventKey: key.eventKey, krId: key.krId, recipient: mail.to, subject: content.subject, result: outcome });
    }
  }
  for (const u of plan.unaddressed) {
    const outcome = `${NO_ADDRESS}: ${u.reason}`;
    if (log.has(u.eventKey, '', outcome)) continue;
    entries.push({ time: new Date(asOf), rule: ruleName(rules, u.ruleId), eventKey: u.eventKey, krId: u.krId, recipient: '', subject: '', result: outcome });
  }
  const dropped = savePending(retry);
  for (const e of dropped) {
    entries.push({ time: new Date(asOf), rule: '(pending)', eventKey: e.key, krId: e.kr.id, recipient: '', subject: '', result: 'dropped: too many alerts waiting for quiet hours to end' });
  }
  appendLog(spreadsheet, entries, lang);
  saveSnapshot(now);
  return result;
}

/** The quota first, then one send; an exhausted quota or a failure is an outcome, never a throw. */
function deliver(mail: PlannedMail, content: MailContent): string {
  const left = readQuota();
  if (left !== null && left < 1) return QUOTA_EXHAUSTED;
  try {
    MailApp.sendEmail({ to: mail.to, subject: content.subject, body: content.body, htmlBody: content.htmlBody, name: 'Aligned OKRs' });
    return SENT;
  } catch (error) {
    return `not sent: ${messageOf(error)}`;
  }
}

function readQuota(): number | null {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch {
    return null;
  }
}

function uniqueKeys(mail: PlannedMail): Array<{ eventKey: string; krId: string }> {
  const seen = new Set<string>();
  const keys: Array<{ eventKey: string; krId: string }> = [];
  for (const item of mail.items) {
    if (seen.has(item.eventKey)) continue;
    seen.add(item.eventKey);
    keys.push({ eventKey: item.eventKey, krId: item.krId });
  }
  return keys;
}

function ruleName(rules: ReadonlyArray<{ id: string; name: string }>, id: string): string {
  return rules.find((r) => r.id === id)?.name ?? id;
}

/** For the time-driven trigger: never throws (there is nobody to show it to); failures go to the log. */
export function runScheduledAutomations(spreadsheet: Spreadsheet): void {
  try {
    runAutomations(spreadsheet, { send: true });
  } catch (error) {
    if (messageOf(error) === BUSY_MESSAGE) return; // someone else is updating: the next hour's run catches up
    try {
      const result = `failed: ${messageOf(error)}`;
      // The same failure every hour (no OKR sheet yet, say) is logged once, not 24 times a day.
      if (readLog(spreadsheet).has('', '', result)) return;
      appendLog(spreadsheet, [{ time: new Date(), rule: '(run)', eventKey: '', krId: '', recipient: '', subject: '', result }]);
    } catch {
      console.error(`Aligned automations: ${messageOf(error)}`);
    }
  }
}
