/**
 * The "Aligned log": an add-on-owned, append-only sheet with one row per action taken or
 * refused (time, rule, event key, key result, recipient, subject, result). It is also the
 * memory that makes actions happen once: an event key logged as sent to a recipient is
 * never sent to them again, whoever runs the add-on and however often.
 */
import { safeCellValue } from '../commands/safe-cell-text';
import { findOwnedSheet, ownedSheet, type OwnedSheets } from '../commands/owned-sheets';
import type { Locale } from '../commands/core';
import { EN } from '../i18n/en';
import { UI_TEXT } from '../i18n/index';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The columns (English header; rows are read by position, so a log made in any language reads the same). */
export const LOG_HEADER = EN.logHeader;

/**
 * The result text of a mail that went out; only such rows count as "already sent". Results are
 * codes, the same in every language, so switching language never sends a mail twice.
 */
export const SENT = 'sent';

export interface LogEntry {
  time: Date;
  rule: string;
  eventKey: string;
  krId: string;
  recipient: string;
  subject: string;
  result: string;
}

export interface ActionLog {
  /** Whether this event already went to this recipient. */
  wasSent(eventKey: string, recipient: string): boolean;
  /** Whether exactly this outcome is already on the log (refusals are logged once, not every hour). */
  has(eventKey: string, recipient: string, result: string): boolean;
  /** The last rows, newest last, for the sidebar. */
  recent: LogEntry[];
}

/** Reads the log once per run (one getValues); an absent log is empty. */
export function readLog(spreadsheet: Spreadsheet, owned?: OwnedSheets): ActionLog {
  const sheet = findOwnedSheet(spreadsheet, 'log', owned);
  const sent = new Set<string>();
  const outcomes = new Set<string>();
  const recent: LogEntry[] = [];
  if (sheet !== null && sheet.getLastRow() > 1) {
    const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, LOG_HEADER.length).getValues();
    rows.forEach((row, i) => {
      const [time, rule, key, krId, recipient, subject, result] = row.map((cell) => (cell instanceof Date ? cell : String(cell ?? '')));
      const k = unquote(String(key));
      const to = unquote(String(recipient)).toLowerCase();
      const r = unquote(String(result));
      if (r === SENT) sent.add(`${k} ${to}`);
      outcomes.add(`${k} ${to} ${r}`);
      if (i >= rows.length - 20) {
        recent.push({ time: time instanceof Date ? time : new Date(NaN), rule: String(rule), eventKey: k, krId: String(krId), recipient: String(recipient), subject: String(subject), result: r });
      }
    });
  }
  return {
    wasSent: (eventKey, recipient) => sent.has(`${eventKey} ${recipient.toLowerCase()}`),
    has: (eventKey, recipient, result) => outcomes.has(`${eventKey} ${recipient.toLowerCase()} ${result}`),
    recent,
  };
}

/** Appends rows after the last one; makes the sheet (with its header) on first use. Never rewrites a row. */
export function appendLog(spreadsheet: Spreadsheet, entries: readonly LogEntry[], lang: Locale = 'en'): void {
  if (entries.length === 0) return;
  const sheet = ownedSheet(spreadsheet, 'log', undefined, lang);
  if (sheet.getLastRow() === 0) {
    sheet.getRange(1, 1, 1, LOG_HEADER.length).setValues([[...UI_TEXT[lang].logHeader]]).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  const rows = entries.map((e) => [e.time, e.rule, e.eventKey, e.krId, e.recipient, e.subject, e.result].map(safeCellValue));
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, LOG_HEADER.length).setValues(rows);
}

/** safeCellText may have protected a value with an apostrophe; getValues returns it without. */
function unquote(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}
