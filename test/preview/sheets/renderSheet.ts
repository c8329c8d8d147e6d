/**
 * Draws the sheet as a spreadsheet grid. Every cell is text (textContent), formatted the
 * way a sheet's number formats would show it; the raw value stays in data-value for
 * anyone (or any test) who wants the number itself. Clicking a cell shows its formula.
 */
import type { CellValue } from './customFunctions';
import type { CellFormat, Sheet, SheetColumn } from './sheetModel';

/** What OKR_STATUS answers; any other text in the Status column is a message. */
const STATUS_LABELS = new Set(['Achieved', 'On track', 'At risk', 'Off track', 'Not started', 'No data', 'Closed']);

const LEVEL_ORDER = ['mission', 'pillar', 'annual', 'quarterly', 'monthly', 'weekly', 'task'];
const INDENT_PX = 14;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Sheets' number formats: 0.0% for progress, 0.0 for scores, #,##0.## for numbers; `0.0"text"` appends the quoted text. */
export function formatCell(value: CellValue, format: CellFormat, numberFormat?: string): string {
  if (value instanceof Date) {
    return isoDay(value);
  }
  if (typeof value === 'number') {
    switch (format) {
      case 'percent':
        return `${(value * 100).toFixed(1)}%`;
      case 'score':
        return value.toFixed(1) + (/^0\.0"(.*)"$/.exec(numberFormat ?? '')?.[1] ?? '');
      default:
        return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
    }
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  return value;
}

function rawValue(value: CellValue): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function cell(tag: 'td' | 'th', text: string, className = ''): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) {
    element.className = className;
  }
  return element;
}

function showFormula(column: SheetColumn, row: number): void {
  const bar = document.getElementById('formula-bar-text');
  if (!bar) {
    return;
  }
  if (!column.formula) {
    bar.textContent = formatCell(column.values[row], column.format, column.numberFormats?.[row]);
  } else if (row === 0) {
    bar.textContent = column.formula;
  } else {
    bar.textContent = `${column.formula}   (spills from ${column.letter}2)`;
  }
}

export function renderSheet(container: HTMLElement, sheet: Sheet): void {
  const table = document.createElement('table');
  table.className = 'sheet';
  table.setAttribute('aria-label', 'ABC OKRs sheet');

  const letters = document.createElement('tr');
  letters.append(cell('th', '', 'rownum'));
  for (const column of sheet.columns) {
    letters.append(cell('th', column.letter));
  }
  const head = document.createElement('thead');
  head.append(letters);
  table.append(head);

  const body = document.createElement('tbody');
  const titles = document.createElement('tr');
  titles.className = 'header';
  titles.append(cell('th', '1', 'rownum'));
  for (const column of sheet.columns) {
    const th = cell('td', column.title, column.computed ? 'computed' : '');
    th.dataset.col = slug(column.title);
    if (column.formula) {
      th.title = column.formula;
    }
    titles.append(th);
  }
  body.append(titles);

  sheet.ids.forEach((id, row) => {
    const tr = document.createElement('tr');
    tr.dataset.rowId = id;
    tr.append(cell('th', String(row + 2), 'rownum'));
    for (const column of sheet.columns) {
      const value = column.values[row];
      const text = formatCell(value, column.format, column.numberFormats?.[row]);
      const classes: string[] = [];
      if (column.computed) {
        classes.push('computed');
      }
      if (typeof value === 'number' || value instanceof Date) {
        classes.push('num');
      }
      const isError =
        typeof value === 'string' &&
        value !== '' &&
        column.computed !== undefined &&
        (column.format !== 'status' || !STATUS_LABELS.has(value));
      if (isError) {
        classes.push('error');
      }
      if (column.format === 'score' && typeof value === 'number') {
        // The band colours of the core's scoreBand: red below 0.4, yellow below 0.7, green from 0.7.
        classes.push(value < 0.4 ? 'band-red' : value < 0.7 ? 'band-yellow' : 'band-green');
      }
      if (column.format === 'status' && typeof value === 'string' && !isError) {
        classes.push(`status-${slug(value)}`);
      }
      if (column.title === 'Title') {
        classes.push('title');
      }
      let td: HTMLTableCellElement;
      if (isError || column.title === 'Title') {
        // Long text is cut at the cell's edge (table cells ignore max-width, so a box inside
        // holds it), and shown whole on hover, as Sheets shows a cell's error message.
        td = cell('td', '', classes.join(' '));
        const clip = document.createElement('div');
        clip.className = 'clip';
        clip.textContent = text;
        td.title = text;
        td.append(clip);
      } else {
        td = cell('td', text, classes.join(' '));
      }
      td.dataset.col = slug(column.title);
      td.dataset.value = rawValue(value);
      if (column.title === 'Title') {
        const depth = Math.max(0, LEVEL_ORDER.indexOf(sheet.levels[row]?.toLowerCase() ?? ''));
        td.style.paddingLeft = `${6 + depth * INDENT_PX}px`;
      }
      td.addEventListener('click', () => showFormula(column, row));
      tr.append(td);
    }
    body.append(tr);
  });
  table.append(body);

  const formulas = document.createElement('section');
  formulas.style.padding = '8px 16px';
  const heading = document.createElement('h2');
  heading.style.fontSize = '13px';
  heading.textContent = `Formulas (row 2, each spills down the column). AS_OF = ${isoDay(sheet.asOf)}`;
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Formulas');
  for (const column of sheet.columns.filter((c) => c.formula)) {
    const item = document.createElement('li');
    item.style.fontFamily = 'monospace';
    item.textContent = `${column.letter}2 (${column.title}): ${column.formula}`;
    list.append(item);
  }
  formulas.append(heading, list);

  container.replaceChildren(table, formulas);
}
