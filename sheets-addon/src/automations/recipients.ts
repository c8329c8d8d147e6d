/**
 * Who gets a key result's mail: the address in the row's Email column (or Owner email,
 * E-mail…), else the owner's line in a "People" sheet (columns Owner or Name, and Email),
 * else the Owner cell itself when it holds an address. Both sheets are only read.
 */
import { automationColumnForHeader, isEmailAddress, normalizeHeader, readAutomationColumns, type KrState, type Problem } from '../commands/core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PEOPLE_SHEET = 'People';
const PERSON_HEADERS = new Set(['owner', 'name', 'person', 'who', 'assignee']);

export interface Directory {
  addressOf(kr: KrState): string;
  /** Cadence per key result from the "Check-in every" column. */
  cadenceOf(id: string): number | null;
  problems: Problem[];
}

export function buildDirectory(spreadsheet: Spreadsheet, table: readonly unknown[][]): Directory {
  const columns = readAutomationColumns(table);
  const problems = [...columns.problems];
  const people = readPeople(spreadsheet, problems);
  return {
    addressOf: (kr) => {
      const own = columns.byId.get(kr.id)?.email ?? '';
      if (own !== '') return own;
      const owner = kr.owner.trim();
      const listed = people.get(owner.toLowerCase());
      if (listed !== undefined) return listed;
      return isEmailAddress(owner) ? owner : '';
    },
    cadenceOf: (id) => columns.byId.get(id)?.cadenceDays ?? null,
    problems,
  };
}

function readPeople(spreadsheet: Spreadsheet, problems: Problem[]): Map<string, string> {
  const people = new Map<string, string>();
  const sheet = spreadsheet.getSheets().find((s) => s.getName().trim().toLowerCase() === PEOPLE_SHEET.toLowerCase());
  if (sheet === undefined || sheet.getLastRow() < 2) return people;
  const rows = sheet.getDataRange().getValues();
  const header = rows[0];
  const personAt = header.findIndex((h) => PERSON_HEADERS.has(normalizeHeader(h)));
  const emailAt = header.findIndex((h) => automationColumnForHeader(h) === 'Email');
  if (personAt < 0 || emailAt < 0) {
    problems.push({
      severity: 'warning',
      row: 1,
      code: 'people_header',
      message: `Sheet "${sheet.getName()}", row 1: expected an Owner (or Name) column and an Email column, found ${header.filter((h) => String(h).trim() !== '').map((h) => `"${String(h)}"`).join(', ') || 'no headers'}. Owners are not looked up there until both exist.`,
    });
    return people;
  }
  for (let r = 1; r < rows.length; r++) {
    const name = String(rows[r][personAt] ?? '').trim();
    const email = String(rows[r][emailAt] ?? '').trim();
    if (name === '' && email === '') continue;
    if (!isEmailAddress(email)) {
      problems.push({
        severity: 'warning',
        row: r + 1,
        column: 'Email',
        code: 'bad_email',
        message: `Sheet "${sheet.getName()}", row ${r + 1}, column Email: expected an e-mail address such as ana@example.com for "${name}", found "${email}". No mail goes to ${name || 'this person'} until it is corrected.`,
      });
      continue;
    }
    if (!people.has(name.toLowerCase())) people.set(name.toLowerCase(), email);
  }
  return people;
}
