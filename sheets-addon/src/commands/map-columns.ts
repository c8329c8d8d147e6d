/**
 * Extensions ▸ Aligned OKRs ▸ Map columns…: a sidebar where the user confirms or changes
 * which column holds which role (prefilled with what the reader detected), sees the first
 * rows as they will be read, and saves the mapping in the document's properties. Every
 * command reads the sheet through it afterwards (okr-sheet.ts). Nothing is written into
 * the user's sheet.
 */
import { checkMapping, clearMapping, loadMapping, mappedSheet, saveMapping, type SavedMapping } from './column-mapping';
import { questionText, understoodText } from '../i18n/core-text';
import { UI_TEXT, uiLanguage, type UiText } from '../i18n/index';
import { columnLetters, formatNumberIn, readSheet, ROLES, type ColumnMapping, type Locale, type OkrNode, type ReadSheetResult, type Role } from './core';
import { MENU_TITLE, messageOf } from './menu-command';
import { readOkrSheet, readerOptions } from './okr-sheet';
import { ownedSheets } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MappingState {
  sheets: { id: number; name: string }[];
  sheetId: number;
  sheetName: string;
  headerRow: number;
  /** Every column of the sheet: "C · Owner". */
  columns: { index: number; label: string }[];
  roles: { role: Role; label: string; index: number | null }[];
  periods: string[];
  period: string;
  /** True when the roles come from a saved mapping, false when detected. */
  saved: boolean;
  summary: string;
  /** The first rows as read: a header line, then up to PREVIEW_ROWS rows. */
  preview: string[][];
}

const PREVIEW_ROWS = 6;

/** Menu item: opens the sidebar (its script asks for the state with getColumnMapping). */
export function showMapColumnsSidebar(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const text = UI_TEXT[uiLanguage()];
    const template = HtmlService.createTemplateFromFile('MapColumns');
    template.t = text;
    ui.showSidebar(template.evaluate().setTitle(text.tMap));
  } catch (error) {
    ui.alert(MENU_TITLE, messageOf(error), ui.ButtonSet.OK);
  }
}

/** google.script.run: the mapping in force (saved, else detected) for a sheet (default: the OKR sheet). */
export function getColumnMapping(sheetId?: unknown): MappingState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = uiLanguage(spreadsheet);
  const text = UI_TEXT[lang];
  const saved = loadMapping();
  const sheet = pickSheet(spreadsheet, sheetId, saved, text);
  const table = sheet.getLastRow() < 1 ? [] : sheet.getDataRange().getValues();
  const useSaved = saved !== null && saved.sheetId === sheet.getSheetId();
  const read = readSheet(table, { ...context(spreadsheet, lang), sheetName: sheet.getName(), mapping: useSaved ? saved : null, period: useSaved ? saved.period : undefined });
  const headerRow = useSaved ? saved.headerRow : (read.layout.headerRows?.[1] ?? 1);
  const roleIndex = (role: Role): number | null => (useSaved ? (saved.roles[role] ?? null) : (read.layout.columns[role]?.index ?? null));
  return {
    sheets: userSheets(spreadsheet).map((s) => ({ id: s.getSheetId(), name: s.getName() })),
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    headerRow,
    columns: columnLabels(table, headerRow),
    roles: ROLES.map((role) => ({ role, label: text.roles[role] ?? role, index: roleIndex(role) })),
    periods: read.layout.periods,
    period: read.layout.period ?? '',
    saved: useSaved,
    summary: understoodText(read, lang),
    preview: preview(read, text, lang),
  };
}

/** google.script.run: how the sheet reads with the mapping in the form (nothing is saved). */
export function previewColumnMapping(form: unknown): { summary: string; preview: string[][] } {
  const lang = uiLanguage();
  const { read } = readWithForm(form, lang);
  return { summary: understoodText(read, lang), preview: preview(read, UI_TEXT[lang], lang) };
}

/** google.script.run: saves the mapping after checking that it reads at least one goal. */
export function saveColumnMapping(form: unknown): { message: string } {
  const lang = uiLanguage();
  const text = UI_TEXT[lang];
  const { mapping, read } = readWithForm(form, lang);
  const question = questionText(read, lang);
  if (question) throw new Error(question);
  if (read.nodes.length === 0) throw new Error(text.mcNoGoal(mapping.sheetName, mapping.headerRow));
  saveMapping(mapping);
  return { message: text.mcSaved(understoodText(read, lang)) };
}

/** google.script.run: forgets the saved mapping; commands detect the layout again. */
export function clearColumnMapping(): { message: string } {
  clearMapping();
  return { message: UI_TEXT[uiLanguage()].mcCleared };
}

function readWithForm(form: unknown, lang: Locale): { mapping: SavedMapping; read: ReadSheetResult } {
  const text = UI_TEXT[lang];
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const checked = checkMapping(form);
  const sheet = mappedSheet(spreadsheet, checked);
  if (!sheet || ownedSheets(spreadsheet).has(sheet.getSheetId())) {
    throw new Error(sheet ? text.mcOwnSheet(sheet.getName()) : text.mcSheetGone);
  }
  const mapping: SavedMapping = { ...checked, sheetName: sheet.getName() };
  const table = sheet.getLastRow() < 1 ? [] : sheet.getDataRange().getValues();
  const read = readSheet(table, { ...context(spreadsheet, lang), sheetName: sheet.getName(), mapping: mapping as ColumnMapping, period: mapping.period });
  return { mapping, read };
}

function context(spreadsheet: Spreadsheet, lang: Locale): ReturnType<typeof readerOptions> & { timeZone: string; today: number } {
  return { ...readerOptions(spreadsheet, lang), timeZone: spreadsheet.getSpreadsheetTimeZone() || 'UTC', today: Date.now() };
}

function userSheets(spreadsheet: Spreadsheet): Sheet[] {
  const owned = ownedSheets(spreadsheet);
  return spreadsheet.getSheets().filter((s) => !owned.has(s.getSheetId()));
}

function pickSheet(spreadsheet: Spreadsheet, sheetId: unknown, saved: SavedMapping | null, text: UiText): Sheet {
  const sheets = userSheets(spreadsheet);
  if (sheetId !== undefined && sheetId !== null && sheetId !== '') {
    const wanted = sheets.find((s) => s.getSheetId() === Number(sheetId));
    if (wanted) return wanted;
  }
  if (saved) {
    const sheet = mappedSheet(spreadsheet, saved);
    if (sheet && sheets.includes(sheet)) return sheet;
  }
  try {
    return readOkrSheet(spreadsheet).sheet;
  } catch {
    const active = spreadsheet.getActiveSheet();
    const mine = sheets.find((s) => s.getSheetId() === active.getSheetId());
    if (mine) return mine;
    if (sheets.length > 0) return sheets[0];
    throw new Error(text.mcOnlyOwn);
  }
}

/** "C · Owner" for every column, from the header row (or the group row above it when blank). */
function columnLabels(table: unknown[][], headerRow: number): { index: number; label: string }[] {
  const header = table[headerRow - 1] ?? [];
  const above = table[headerRow - 2] ?? [];
  const width = table.reduce((w, row) => Math.max(w, row.length), 0);
  const labels: { index: number; label: string }[] = [];
  let group = '';
  for (let j = 0; j < width; j++) {
    const top = String(above[j] ?? '').trim();
    if (top !== '') group = top.length > 20 ? '' : top;
    const text = String(header[j] ?? '').replace(/\s+/g, ' ').trim() || top;
    const name = (group && text !== group ? `${group} ${text}` : text).slice(0, 40);
    labels.push({ index: j, label: name ? `${columnLetters(j)} · ${name}` : columnLetters(j) });
  }
  return labels;
}

function preview(read: ReadSheetResult, text: UiText, lang: Locale): string[][] {
  const titles = new Map(read.nodes.map((n) => [n.id, n.title]));
  const rows: string[][] = [[...text.previewHeader]];
  for (const node of read.nodes.slice(0, PREVIEW_ROWS)) {
    rows.push([String(node.row ?? ''), typeWord(node, text), node.title, node.parentId === null ? '' : (titles.get(node.parentId) ?? node.parentId), node.owner, values(node, lang)]);
  }
  return rows;
}

function typeWord(node: OkrNode, text: UiText): string {
  const word = { objective: text.typeObjective, key_result: text.typeKeyResult, initiative: text.typeInitiative, kpi: text.typeKpi }[node.type];
  return word ?? node.type;
}

function values(node: OkrNode, lang: Locale): string {
  const show = (v: number | null): string => (v === null ? '–' : formatNumberIn(v, lang));
  if (node.current === null && node.target === null) return '';
  return `${show(node.current)} → ${show(node.target)}${node.unit ? ' ' + node.unit : ''}`;
}
