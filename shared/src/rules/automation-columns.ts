import type { Problem } from '../types';
import { normalizeHeader } from '../schema/columns';
import { isMissing } from '../values/isMissing';
import { ValueError } from '../values/ValueError';
import { inEnglishFrom } from '../i18n/english';
import { msg } from '../i18n/message';
import { DEFAULT_CADENCE_DAYS, parseCadence } from './cadence';
import { EN_EVENTS } from './eventMessages';

/** The optional columns automations read beside the OKR schema. */
export type AutomationColumn = 'Check-in every' | 'Email';

/** Header spellings (after normalizeHeader) of the optional automation columns. */
export const AUTOMATION_HEADER_ALIASES: Readonly<Record<string, AutomationColumn>> = Object.freeze({
  checkinevery: 'Check-in every',
  checkincadence: 'Check-in every',
  checkinfrequency: 'Check-in every',
  updateevery: 'Check-in every',
  reviewevery: 'Check-in every',
  email: 'Email',
  owneremail: 'Email',
  emailaddress: 'Email',
  mail: 'Email',
  owneremailaddress: 'Email',
  // As a Russian sheet heads them.
  отмечатькаждые: 'Check-in every',
  частотаотметок: 'Check-in every',
  периодичность: 'Check-in every',
  почта: 'Email',
  электроннаяпочта: 'Email',
  почтавладельца: 'Email',
});

/** The automation column a header names ("E-mail", "Owner email"), or null. */
export function automationColumnForHeader(text: unknown): AutomationColumn | null {
  const key = normalizeHeader(text);
  return Object.prototype.hasOwnProperty.call(AUTOMATION_HEADER_ALIASES, key) ? AUTOMATION_HEADER_ALIASES[key] : null;
}

export interface AutomationFields {
  /** Check-in cadence in days; null means the default. */
  cadenceDays: number | null;
  /** The owner's address from the row, '' when none. */
  email: string;
}

export interface AutomationColumnsResult {
  /** Per row ID (first row of an ID wins, like the cascade). */
  byId: Map<string, AutomationFields>;
  problems: Problem[];
}

const ID_HEADERS = new Set(['id', 'key', 'okrid', 'goalid']);

/**
 * Reads the optional "Check-in every" and "Email" columns of the same table parseRows
 * reads (`table[0]` is the header). A bad cadence is reported with its row and read as the
 * default; an address without "@" is reported and ignored. Tables without these columns
 * give an empty map and no problems.
 */
export function readAutomationColumns(table: readonly unknown[], options: { firstRowNumber?: number } = {}): AutomationColumnsResult {
  const headerRow = options.firstRowNumber ?? 1;
  const byId = new Map<string, AutomationFields>();
  const problems: Problem[] = [];
  const header = Array.isArray(table[0]) ? (table[0] as unknown[]) : [];
  let idAt = -1;
  let cadenceAt = -1;
  let emailAt = -1;
  header.forEach((name, j) => {
    if (idAt < 0 && ID_HEADERS.has(normalizeHeader(name))) idAt = j;
    const column = automationColumnForHeader(name);
    if (column === 'Check-in every' && cadenceAt < 0) cadenceAt = j;
    if (column === 'Email' && emailAt < 0) emailAt = j;
  });
  if (idAt < 0 || (cadenceAt < 0 && emailAt < 0)) return { byId, problems };

  for (let r = 1; r < table.length; r++) {
    const cells = table[r];
    if (!Array.isArray(cells) || isMissing(cells[idAt])) continue;
    const id = String(cells[idAt]).trim();
    if (id === '' || byId.has(id)) continue;
    const row = headerRow + r;
    byId.set(id, { cadenceDays: cadenceAt < 0 ? null : readCadenceCell(cells[cadenceAt], row, problems), email: emailAt < 0 ? '' : readEmailCell(cells[emailAt], row, problems) });
  }
  return { byId, problems };
}

function readCadenceCell(value: unknown, row: number, problems: Problem[]): number | null {
  try {
    return parseCadence(value);
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    const message = msg('automation.bad_cadence', { row, found: error.found, raw: String(value), days: DEFAULT_CADENCE_DAYS });
    problems.push({ severity: 'warning', row, column: 'Check-in every', code: 'bad_cadence', message: inEnglishFrom(EN_EVENTS, message), i18n: message });
    return null;
  }
}

function readEmailCell(value: unknown, row: number, problems: Problem[]): string {
  if (isMissing(value)) return '';
  const text = String(value).trim();
  if (isEmailAddress(text)) return text;
  const message = msg('automation.bad_email', { row, text: text.slice(0, 60) });
  problems.push({ severity: 'warning', row, column: 'Email', code: 'bad_email', message: inEnglishFrom(EN_EVENTS, message), i18n: message });
  return '';
}

/** One address, loosely: something@domain.tld, no spaces, no list separators. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/.test(text);
}
