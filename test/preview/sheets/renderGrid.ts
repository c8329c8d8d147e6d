/**
 * Draws one sheet of the double as Sheets shows it: column letters and row numbers, the
 * column widths and frozen rows the add-on set, each cell's value under its number format,
 * its font weight, colour, background and alignment, then the conditional-format rules on
 * top (first matching rule wins). Every cell is text (textContent); the raw value stays in
 * data-value for anyone (or any test) who wants the number itself.
 */
import { scoreBand, STATUS_LABELS as CORE_STATUS_LABELS } from '@aligned/core';
import type { SheetDouble } from '../../sheets-addon/double/index';
import { columnLetters } from '../../sheets-addon/double/index';
import { ruleStyleFor, type RuleLike } from './conditionalFormat';
import type { ComputedColumn } from './sheetModel';
import { COMPUTED_FORMATS } from './sheetModel';
import { formatValue } from './numberFormat';

export const ROW_HEIGHT = 21;
export const DEFAULT_COLUMN_WIDTH = 100;
const ROW_HEADER_WIDTH = 46;

/** What a status column of a custom function answers; other text there is a message. */
/** The core's status words, as OKR_STATUS writes them (compared without case). */
const STATUS_LABELS = new Set(Object.values(CORE_STATUS_LABELS).map((label) => label.toLowerCase()));

export interface GridOptions {
  /** Rows and columns to draw at least (charts may reach past the data). */
  minRows: number;
  minColumns: number;
  /** The formula columns of the user's OKR sheet, drawn after its data. */
  computed: ComputedColumn[];
  /** The selected cell (1-based), if any. */
  selected: { row: number; column: number } | null;
  onSelect(row: number, column: number, formula: string, shown: string): void;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function rawValue(value: unknown): string {
  return isDate(value) ? value.toISOString() : String(value ?? '');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The width Sheets gives a column: what the add-on set, the default otherwise (auto-resize: fit the text). */
function columnWidth(sheet: SheetDouble, column: number): number | null {
  const width = sheet.getColumnWidth(column);
  return width > 0 ? width : null;
}

function alignmentOf(value: unknown, explicit: unknown): string {
  if (typeof explicit === 'string' && explicit !== '') return explicit.toLowerCase() === 'normal' ? 'left' : explicit.toLowerCase();
  if (typeof value === 'number' || isDate(value)) return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}

export interface DrawnGrid {
  table: HTMLTableElement;
  /** The top-left corner of a cell, in px from the table's top-left. */
  cellOrigin(row: number, column: number): { x: number; y: number };
}

export function renderGrid(sheet: SheetDouble, options: GridOptions): DrawnGrid {
  const lastRow = sheet.getLastRow();
  const dataColumns = sheet.getLastColumn();
  const computedEnd = options.computed.length > 0 ? options.computed[options.computed.length - 1].column : 0;
  const rows = Math.min(sheet.getMaxRows(), Math.max(lastRow + 5, options.minRows));
  const columns = Math.max(Math.min(sheet.getMaxColumns(), Math.max(dataColumns + 1, options.minColumns)), computedEnd + 1);
  const computedByColumn = new Map(options.computed.map((c) => [c.column, c]));
  const rules = sheet.getConditionalFormatRules() as unknown as RuleLike[];
  const frozen = sheet.getFrozenRows();
  const values = lastRow > 0 && dataColumns > 0 ? sheet.getRange(1, 1, lastRow, dataColumns).getValues() : [];
  const formulas = lastRow > 0 && dataColumns > 0 ? sheet.getRange(1, 1, lastRow, dataColumns).getFormulas() : [];

  const widths: number[] = [];
  const table = document.createElement('table');
  table.className = 'sheet';
  table.setAttribute('aria-label', `Sheet ${sheet.getName()}`);
  const colgroup = document.createElement('colgroup');
  const rowHeaderCol = document.createElement('col');
  rowHeaderCol.style.width = `${ROW_HEADER_WIDTH}px`;
  colgroup.append(rowHeaderCol);
  for (let c = 1; c <= columns; c++) {
    const col = document.createElement('col');
    const width = computedByColumn.has(c) ? 110 : columnWidth(sheet, c);
    widths.push(width ?? DEFAULT_COLUMN_WIDTH);
    col.style.width = `${width ?? DEFAULT_COLUMN_WIDTH}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  // A fixed layout keeps each column at its set width only when the table's width is theirs summed.
  table.style.width = `${ROW_HEADER_WIDTH + widths.reduce((sum, w) => sum + w, 0)}px`;

  const head = document.createElement('thead');
  const letters = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'corner';
  letters.append(corner);
  for (let c = 1; c <= columns; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetters(c);
    th.scope = 'col';
    letters.append(th);
  }
  head.append(letters);
  table.append(head);

  const body = document.createElement('tbody');
  for (let r = 1; r <= rows; r++) {
    const tr = document.createElement('tr');
    tr.dataset.row = String(r);
    if (r <= frozen) tr.className = 'frozen';
    const rowHeader = document.createElement('th');
    rowHeader.className = 'rownum';
    rowHeader.scope = 'row';
    rowHeader.textContent = String(r);
    tr.append(rowHeader);
    for (let c = 1; c <= columns; c++) {
      const computed = computedByColumn.get(c);
      const td = document.createElement('td');
      td.dataset.a1 = `${columnLetters(c)}${r}`;
      let value: unknown = '';
      let shown = '';
      let formula = '';
      if (computed) {
        value = r === 1 ? computed.title : (computed.values[r - 2] ?? '');
        shown = r === 1 ? computed.title : formatValue(value, computed.numberFormats?.[r - 2] ?? COMPUTED_FORMATS[computed.kind]);
        formula = r === 1 ? '' : r === 2 ? computed.formula : `${computed.formula}   (spills from ${computed.letter}2)`;
        td.classList.add('computed');
        td.dataset.col = slug(computed.title);
        if (r === 1) td.classList.add('header');
        if (r > 1 && typeof value === 'string' && value !== '' && (computed.kind !== 'status' || !STATUS_LABELS.has(value.toLowerCase()))) {
          td.classList.add('error');
          td.title = value;
        }
        const band = r > 1 && computed.kind === 'score' && typeof value === 'number' ? scoreBand(value) : null;
        // The core's score bands, as a person colours them in a sheet.
        if (band) td.classList.add(`band-${band}`);
        if (r > 1 && computed.kind === 'status' && typeof value === 'string' && STATUS_LABELS.has(value.toLowerCase())) {
          td.classList.add(`status-${slug(value)}`);
        }
        td.style.textAlign = alignmentOf(value, null);
      } else if (c <= dataColumns && r <= lastRow) {
        value = values[r - 1][c - 1];
        formula = formulas[r - 1][c - 1];
        const format = sheet._format(r, c, 'numberFormat') as string | undefined;
        shown = formatValue(value, format);
        const header = values[0]?.[c - 1];
        if (header !== undefined && header !== '') td.dataset.col = slug(String(header));
        const fontWeight = sheet._format(r, c, 'fontWeight');
        const fontColor = sheet._format(r, c, 'fontColor');
        const background = sheet._format(r, c, 'background');
        if (typeof fontWeight === 'string') td.style.fontWeight = fontWeight;
        if (typeof fontColor === 'string') td.style.color = fontColor;
        if (typeof background === 'string') td.style.backgroundColor = background;
        const rule = ruleStyleFor(rules, r, c, value, shown);
        if (rule) {
          if (rule.background) td.style.backgroundColor = rule.background;
          if (rule.fontColor) td.style.color = rule.fontColor;
          if (rule.bold !== null) td.style.fontWeight = rule.bold ? 'bold' : 'normal';
          td.dataset.rule = 'true';
        }
        td.style.textAlign = alignmentOf(value, sheet._format(r, c, 'horizontalAlignment'));
        if (sheet._format(r, c, 'wrap') === true) td.classList.add('wrap');
      }
      td.dataset.value = rawValue(value);
      const clip = document.createElement('div');
      clip.className = 'clip';
      clip.textContent = shown;
      td.append(clip);
      if (shown.length > 24 && !td.title) td.title = shown;
      if (options.selected && options.selected.row === r && options.selected.column === c) td.classList.add('selected');
      td.addEventListener('click', () => options.onSelect(r, c, formula, shown));
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);

  return {
    table,
    cellOrigin(row: number, column: number) {
      // Measured once drawn (borders and fonts decide the real sizes); computed before that.
      const cell = table.querySelector<HTMLTableCellElement>(`td[data-a1="${columnLetters(column)}${row}"]`);
      if (cell && cell.offsetParent) return { x: cell.offsetLeft, y: cell.offsetTop };
      let x = ROW_HEADER_WIDTH;
      for (let c = 1; c < column; c++) x += widths[c - 1] ?? DEFAULT_COLUMN_WIDTH;
      return { x, y: ROW_HEIGHT * row };
    },
  };
}

/** How many rows and columns a chart at (row, column) + (offset, size) in px reaches. */
export function extentOf(
  sheet: SheetDouble,
  anchor: { row: number; column: number; offsetX: number; offsetY: number },
  size: { width: number; height: number }
): { rows: number; columns: number } {
  let right = anchor.offsetX + size.width;
  let column = anchor.column;
  while (right > 0) {
    right -= columnWidth(sheet, column) ?? DEFAULT_COLUMN_WIDTH;
    column++;
  }
  return { rows: anchor.row + Math.ceil((anchor.offsetY + size.height) / ROW_HEIGHT), columns: column };
}
