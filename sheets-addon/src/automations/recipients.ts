/**
 * Who gets a key result's mail: the address in the row's Email column (or Owner email,
 * E-mail…), else the owner's line in a "People" sheet (columns Owner or Name, and Email),
 * else the Owner cell itself when it holds an address. Both sheets are only read. The people sheet
 * may be called People, Люди or Сотрудники.
 */
import { automationColumnForHeader, isEmailAddress, normalizeHeader, readAutomationColumns, type KrState, type Locale, type Problem } from '../commands/core';
import { UI_TEXT, type UiText } from '../i18n/index';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PEOPLE_SHEET = 'People';
/** The names the people sheet goes by, compared without case (the Russian ones too). */
const PEOPLE_SHEETS = new Set(['people', 'люди', 'сотрудники']);
const PERSON_HEADERS = new Set(['owner', 'name', 'person', 'who', 'assignee', 'владелец', 'имя', 'сотрудник', 'ответственный', 'исполнитель']);

export interface Directory {
  addressOf(kr: KrState): string;
  /** Cadence per key result from the "Check-in every" column. */
  cadenceOf(id: string): number | null;
  problems: Problem[];
}

export function buildDirectory(spreadsheet: Spreadsheet, table: readonly unknown[][], lang: Locale = 'en'): Directory {
  const columns = readAutomationColumns(table);
  const problems = [...columns.problems];
  const people = readPeople(spreadsheet, problems, UI_TEXT[lang]);
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

function readPeople(spreadsheet: Spreadsheet, problems: Problem[], text: UiText): Map<string, string> {
  const people = new Map<string, string>();
  const sheet = spreadsheet.getSheets().find((s) => PEOPLE_SHEETS.has(s.getName().trim().toLowerCase()));
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
      message: text.peopleNoColumns(sheet.getName(), header.filter((h) => String(h).trim() !== '').map((h) => `"${String(h)}"`).join(', ')),
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
        message: text.peopleBadEmail(sheet.getName(), r + 1, name, email),
      });
      continue;
    }
    if (!people.has(name.toLowerCase())) people.set(name.toLowerCase(), email);
  }
  return people;
}
