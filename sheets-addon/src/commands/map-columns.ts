/**
 * Extensions ▸ Aligned OKRs ▸ Map columns…: a sidebar where the user confirms or changes
 * which column holds which role (prefilled with what the reader detected), sees the first
 * rows as they will be read, and saves the mapping in the document's properties. Every
 * command reads the sheet through it afterwards (okr-sheet.ts). Nothing is written into
 * the user's sheet.
 */
import { checkMapping, clearMapping, loadMapping, mappedSheet, saveMapping, type SavedMapping } from './column-mapping';
import { columnLetters, formatNumber, readSheet, roleLabel, ROLES, type ColumnMapping, type OkrNode, type ReadSheetResult, type Role } from './core';
import { MENU_TITLE, messageOf } from './menu-command';
import { readOkrSheet } from './okr-sheet';
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
    const template = HtmlService.createTemplateFromFile('MapColumns');
    ui.showSidebar(template.evaluate().setTitle('Aligned: map columns'));
  } catch (error) {
    ui.alert(MENU_TITLE, messageOf(error), ui.ButtonSet.OK);
  }
}

/** google.script.run: the mapping in force (saved, else detected) for a sheet (default: the OKR sheet). */
export function getColumnMapping(sheetId?: unknown): MappingState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const saved = loadMapping();
  const sheet = pickSheet(spreadsheet, sheetId, saved);
  const table = sheet.getLastRow() < 1 ? [] : sheet.getDataRange().getValues();
  const useSaved = saved !== null && saved.sheetId === sheet.getSheetId();
  const read = readSheet(table, { ...context(spreadsheet), sheetName: sheet.getName(), mapping: useSaved ? saved : null, period: useSaved ? saved.period : undefined });
  const headerRow = useSaved ? saved.headerRow : (read.layout.headerRows?.[1] ?? 1);
  const roleIndex = (role: Role): number | null => (useSaved ? (saved.roles[role] ?? null) : (read.layout.columns[role]?.index ?? null));
  return {
    sheets: userSheets(spreadsheet).map((s) => ({ id: s.getSheetId(), name: s.getName() })),
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    headerRow,
    columns: columnLabels(table, headerRow),
    roles: ROLES.map((role) => ({ role, label: roleLabel(role), index: roleIndex(role) })),
    periods: read.layout.periods,
    period: read.layout.period ?? '',
    saved: useSaved,
    summary: read.summary,
    preview: preview(read),
  };
}

/** google.script.run: how the sheet reads with the mapping in the form (nothing is saved). */
export function previewColumnMapping(form: unknown): { summary: string; preview: string[][] } {
  const { read } = readWithForm(form);
  return { summary: read.summary, preview: preview(read) };
}

/** google.script.run: saves the mapping after checking that it reads at least one goal. */
export function saveColumnMapping(form: unknown): { message: string } {
  const { mapping, read } = readWithForm(form);
  if (read.question) throw new Error(read.question);
  if (read.nodes.length === 0) {
    throw new Error(`With this mapping no goal is read from '${mapping.sheetName}' (expected rows with a title below header row ${mapping.headerRow}). Check the header row and the Title column. Nothing was saved.`);
  }
  saveMapping(mapping);
  return { message: `Saved. ${read.summary} Every command now reads the sheet this way.` };
}

/** google.script.run: forgets the saved mapping; commands detect the layout again. */
export function clearColumnMapping(): { message: string } {
  clearMapping();
  return { message: 'Mapping cleared: commands detect the layout again.' };
}

function readWithForm(form: unknown): { mapping: SavedMapping; read: ReadSheetResult } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const checked = checkMapping(form);
  const sheet = mappedSheet(spreadsheet, checked);
  if (!sheet || ownedSheets(spreadsheet).has(sheet.getSheetId())) {
    throw new Error(`Map columns, sheet: expected one of your sheets, found ${sheet ? `the add-on's own sheet '${sheet.getName()}'` : 'a sheet that no longer exists'}. Pick your OKR sheet.`);
  }
  const mapping: SavedMapping = { ...checked, sheetName: sheet.getName() };
  const table = sheet.getLastRow() < 1 ? [] : sheet.getDataRange().getValues();
  const read = readSheet(table, { ...context(spreadsheet), sheetName: sheet.getName(), mapping: mapping as ColumnMapping, period: mapping.period });
  return { mapping, read };
}

function context(spreadsheet: Spreadsheet): { timeZone: string; today: number } {
  return { timeZone: spreadsheet.getSpreadsheetTimeZone() || 'UTC', today: Date.now() };
}

function userSheets(spreadsheet: Spreadsheet): Sheet[] {
  const owned = ownedSheets(spreadsheet);
  return spreadsheet.getSheets().filter((s) => !owned.has(s.getSheetId()));
}

function pickSheet(spreadsheet: Spreadsheet, sheetId: unknown, saved: SavedMapping | null): Sheet {
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
    throw new Error('Map columns: expected a sheet of yours with OKR rows, found only the add-on\'s own sheets. Add or select your OKR sheet first.');
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

function preview(read: ReadSheetResult): string[][] {
  const titles = new Map(read.nodes.map((n) => [n.id, n.title]));
  const rows: string[][] = [['Row', 'Type', 'Title', 'Parent', 'Owner', 'Current → Target']];
  for (const node of read.nodes.slice(0, PREVIEW_ROWS)) {
    rows.push([String(node.row ?? ''), typeWord(node), node.title, node.parentId === null ? '' : (titles.get(node.parentId) ?? node.parentId), node.owner, values(node)]);
  }
  return rows;
}

function typeWord(node: OkrNode): string {
  return node.type === 'key_result' ? 'Key result' : node.type === 'kpi' ? 'KPI' : node.type.charAt(0).toUpperCase() + node.type.slice(1);
}

function values(node: OkrNode): string {
  const show = (v: number | null): string => (v === null ? '–' : formatNumber(v));
  if (node.current === null && node.target === null) return '';
  return `${show(node.current)} → ${show(node.target)}${node.unit ? ' ' + node.unit : ''}`;
}
