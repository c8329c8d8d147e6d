/**
 * In-memory Spreadsheet, Sheet and Range with the Apps Script behaviours the add-on relies on:
 * 1-based coordinates, a fixed grid (1000 × 26 for a new sheet) that getRange may not leave,
 * exact-shape setValues, user-entered parsing of strings, sheet-name uniqueness, developer
 * metadata, conditional format rules and embedded charts.
 */
import { columnLetters, parseA1 } from './a1';
import { copyValue, isDate, PLAIN_TEXT_FORMAT, storeEntered, type EntryContext } from './cell-values';
import { ChartBuilderDouble, type EmbeddedChartDouble } from './charts';
import type { ConditionalFormatRuleDouble } from './conditional-format';
import { counted, type Ledger } from './ledger';
import { DeveloperMetadataDouble, DeveloperMetadataFinderDouble } from './metadata';

export const DEFAULT_ROWS = 1000;

/**
 * Sheets compares sheet names without regard to letter case: insertSheet("okrs") fails with
 * "A sheet with the name … already exists" when "OKRs" exists, getSheetByName("okrs") finds
 * "OKRs", and A1 references ('okrs'!A1) resolve the same way.
 */
export function sameSheetName(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}
export const DEFAULT_COLUMNS = 26;

/** A formatting property set on a block of cells; the last op covering a cell wins. */
interface FormatOp {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
  property: string;
  value?: unknown;
  grid?: unknown[][];
}

/** Shared state of one double world: the ledger and the factories that wrap objects for counting. */
export interface World {
  ledger: Ledger;
  nextId(): number;
  spreadsheets: Map<string, SpreadsheetDouble>;
  /** The Date constructor of the realm the code under test runs in (a node:vm context has its own). */
  DateType: DateConstructor;
}

export class SpreadsheetDouble {
  _sheets: SheetDouble[] = [];
  _active: SheetDouble | null = null;
  _activeRange: RangeDouble | null = null;
  _metadata: DeveloperMetadataDouble[] = [];
  _toasts: { message: string; title: string }[] = [];
  _sheetCounter = 0;
  /** Decides how typed strings are read (decimal comma, day/month order) and the add-on's language. */
  _locale = 'en_GB';

  constructor(
    readonly _world: World,
    readonly _id: string,
    readonly _name: string,
    readonly _timeZone: string,
  ) {}

  static create(world: World, id: string, name = 'Untitled spreadsheet', timeZone = 'Europe/London'): SpreadsheetDouble {
    const ss = counted(new SpreadsheetDouble(world, id, name, timeZone), 'Spreadsheet', world.ledger);
    world.spreadsheets.set(id, ss);
    ss._addSheet('Sheet1');
    return ss;
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  /** Apps Script's setter: "ru_RU", "en_GB"… (File → Settings → Locale). */
  setSpreadsheetLocale(locale: string): void {
    this._locale = locale;
  }
  getSheets(): SheetDouble[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): SheetDouble | null {
    return this._sheets.find((s) => sameSheetName(s._name, name)) ?? null;
  }
  getSheetById(id: number): SheetDouble | null {
    return this._sheets.find((s) => s._sheetId === id) ?? null;
  }
  getActiveSheet(): SheetDouble {
    return this._active ?? this._sheets[0];
  }
  setActiveSheet(sheet: SheetDouble): SheetDouble {
    this._active = sheet;
    return sheet;
  }
  getActiveRange(): RangeDouble | null {
    return this._activeRange;
  }
  insertSheet(name?: string, index?: number): SheetDouble {
    const sheetName = name ?? `Sheet${this._sheets.length + 1}`;
    const sheet = this._addSheet(sheetName, index);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: SheetDouble): void {
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this._sheets = this._sheets.filter((s) => s !== sheet);
    this._metadata = this._metadata.filter((m) => m._sheet !== sheet);
    if (this._active === sheet) this._active = this._sheets[0];
  }
  getRange(a1: string): RangeDouble {
    const parsed = parseA1(a1);
    const sheet = parsed.sheetName === null ? (this._active ?? this._sheets[0]) : (this._sheets.find((s) => sameSheetName(s._name, parsed.sheetName as string)) ?? null);
    if (!sheet) throw new Error(`Range not found`);
    return sheet._rangeFromA1(parsed);
  }
  toast(message: string, title = '', _timeoutSeconds?: number): void {
    this._toasts.push({ message: String(message), title: String(title) });
  }
  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): SpreadsheetDouble {
    this._metadata.push(DeveloperMetadataDouble.create(this._world, this, null, key, value, visibility));
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataDouble[] {
    return this._metadata.filter((m) => m._sheet === null);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderDouble {
    return DeveloperMetadataFinderDouble.create(this._world, () => this._metadata);
  }

  _addSheet(name: string, index?: number): SheetDouble {
    if (this._sheets.some((s) => sameSheetName(s._name, name))) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = counted(new SheetDouble(this, name, ++this._sheetCounter), 'Sheet', this._world.ledger);
    if (index === undefined || index >= this._sheets.length) this._sheets.push(sheet);
    else this._sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }
}

export class SheetDouble {
  _rows: unknown[][] = [];
  _formulas = new Map<string, string>();
  _formats: FormatOp[] = [];
  _maxRows = DEFAULT_ROWS;
  _maxColumns = DEFAULT_COLUMNS;
  _frozenRows = 0;
  _frozenColumns = 0;
  _columnWidths = new Map<number, number>();
  _rules: ConditionalFormatRuleDouble[] = [];
  _charts: EmbeddedChartDouble[] = [];
  _tabColor: string | null = null;
  _hidden = false;
  /** Every mutating call made on this sheet (values, formats, rules, charts, metadata, size). */
  _writes: string[] = [];

  constructor(
    readonly _spreadsheet: SpreadsheetDouble,
    public _name: string,
    readonly _sheetId: number,
  ) {}

  getName(): string {
    return this._name;
  }
  setName(name: string): SheetDouble {
    if (this._spreadsheet._sheets.some((s) => s !== this && sameSheetName(s._name, name))) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this._wrote('setName');
    this._name = name;
    return this;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getIndex(): number {
    return this._spreadsheet._sheets.indexOf(this) + 1;
  }
  getParent(): SpreadsheetDouble {
    return this._spreadsheet;
  }
  activate(): SheetDouble {
    this._spreadsheet._active = this;
    return this;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastColumn();
  }
  getDataRange(): RangeDouble {
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn()));
  }
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): RangeDouble {
    if (typeof a === 'string') {
      const parsed = parseA1(a);
      if (parsed.sheetName !== null && parsed.sheetName !== this._name) throw new Error('Range not found');
      return this._rangeFromA1(parsed);
    }
    if (column === undefined) throw new Error('Cannot find method getRange(number).');
    return this._range(a, column, numRows, numColumns);
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetDouble {
    this._wrote('insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this._maxRows) throw new Error('Those rows are out of bounds.');
    if (afterPosition < this._rows.length) {
      this._rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    }
    this._maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetDouble {
    this._wrote('insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this._maxColumns) throw new Error('Those columns are out of bounds.');
    this._maxColumns += howMany;
    return this;
  }
  appendRow(rowContents: unknown[]): SheetDouble {
    this._wrote('appendRow');
    const row = this._lastRow() + 1;
    const DateType = this._spreadsheet._world.DateType;
    // Like setValues, a value beyond the cell limit refuses the whole row before anything changes.
    const cells = rowContents.map((v, i) => storeEntered(v, DateType, this._entry(row, i + 1)));
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxColumns) this._maxColumns = rowContents.length;
    cells.forEach((cell, i) => this._putStored(row, i + 1, cell.value, cell.formula));
    return this;
  }
  clear(): SheetDouble {
    this._wrote('clear');
    this._rows = [];
    this._formulas.clear();
    this._formats = [];
    return this;
  }
  clearContents(): SheetDouble {
    this._wrote('clearContents');
    this._rows = [];
    this._formulas.clear();
    return this;
  }
  clearFormats(): SheetDouble {
    this._wrote('clearFormats');
    this._formats = [];
    return this;
  }
  clearConditionalFormatRules(): void {
    this._wrote('clearConditionalFormatRules');
    this._rules = [];
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenRows(rows: number): void {
    this._wrote('setFrozenRows');
    this._frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this._wrote('setFrozenColumns');
    this._frozenColumns = columns;
  }
  getColumnWidth(column: number): number {
    return this._columnWidths.get(column) ?? 100;
  }
  setColumnWidth(column: number, width: number): SheetDouble {
    this._wrote('setColumnWidth');
    this._columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetDouble {
    this._wrote('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, width);
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetDouble {
    this._wrote('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, -1);
    return this;
  }
  setTabColor(color: string | null): SheetDouble {
    this._wrote('setTabColor');
    this._tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  hideSheet(): SheetDouble {
    this._hidden = true;
    return this;
  }
  showSheet(): SheetDouble {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  getConditionalFormatRules(): ConditionalFormatRuleDouble[] {
    return [...this._rules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleDouble[]): void {
    this._wrote('setConditionalFormatRules');
    for (const rule of rules) {
      for (const range of rule._ranges) {
        if (range._sheet !== this) throw new Error('Conditional format rule cannot reference a different sheet.');
      }
    }
    this._rules = [...rules];
  }
  newChart(): ChartBuilderDouble {
    return ChartBuilderDouble.create(this._spreadsheet._world, this);
  }
  insertChart(chart: EmbeddedChartDouble): void {
    this._wrote('insertChart');
    if (chart._sheet !== this) throw new Error('The chart belongs to a different sheet.');
    this._charts.push(chart);
  }
  updateChart(chart: EmbeddedChartDouble): void {
    this._wrote('updateChart');
    const i = this._charts.findIndex((c) => c._chartId === chart._chartId);
    if (i < 0) throw new Error('Chart not found.');
    this._charts[i] = chart;
  }
  getCharts(): EmbeddedChartDouble[] {
    return [...this._charts];
  }
  removeChart(chart: EmbeddedChartDouble): void {
    this._wrote('removeChart');
    const before = this._charts.length;
    this._charts = this._charts.filter((c) => c._chartId !== chart._chartId);
    if (this._charts.length === before) throw new Error('Chart not found.');
  }
  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): SheetDouble {
    this._wrote('addDeveloperMetadata');
    this._spreadsheet._metadata.push(
      DeveloperMetadataDouble.create(this._spreadsheet._world, this._spreadsheet, this, key, value, visibility),
    );
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataDouble[] {
    return this._spreadsheet._metadata.filter((m) => m._sheet === this);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderDouble {
    return DeveloperMetadataFinderDouble.create(this._spreadsheet._world, () =>
      this._spreadsheet._metadata.filter((m) => m._sheet === this),
    );
  }

  // ---- internals (not counted) ----

  _wrote(what: string): void {
    this._writes.push(what);
  }

  _lastRow(): number {
    for (let r = this._rows.length; r >= 1; r--) {
      const row = this._rows[r - 1];
      if (row && row.some((v) => v !== '' && v !== undefined)) return r;
      if (row && row.some((_, c) => this._formulas.has(`${r},${c + 1}`))) return r;
    }
    return 0;
  }

  _lastColumn(): number {
    let last = 0;
    for (let r = 0; r < this._rows.length; r++) {
      const row = this._rows[r];
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if ((row[c - 1] !== '' && row[c - 1] !== undefined) || this._formulas.has(`${r + 1},${c}`)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  _get(row: number, column: number): unknown {
    const v = this._rows[row - 1]?.[column - 1];
    return v === undefined ? '' : copyValue(v, this._spreadsheet._world.DateType);
  }

  /** How a string written to (row, column) is read: the cell's format, the locale and the zone. */
  _entry(row: number, column: number): EntryContext {
    return {
      plainText: this._format(row, column, 'numberFormat') === PLAIN_TEXT_FORMAT,
      locale: this._spreadsheet._locale,
      timeZone: this._spreadsheet._timeZone,
    };
  }

  _put(row: number, column: number, input: unknown): void {
    const stored = storeEntered(input, this._spreadsheet._world.DateType, this._entry(row, column));
    this._putStored(row, column, stored.value, stored.formula);
  }

  _putStored(row: number, column: number, value: unknown, formula: string | null): void {
    let r = this._rows[row - 1];
    if (!r) {
      for (let k = this._rows.length; k < row; k++) this._rows[k] ??= [];
      r = this._rows[row - 1];
    }
    r[column - 1] = value;
    const key = `${row},${column}`;
    if (formula === null) this._formulas.delete(key);
    else this._formulas.set(key, formula);
  }

  _format(row: number, column: number, property: string): unknown {
    for (let i = this._formats.length - 1; i >= 0; i--) {
      const op = this._formats[i];
      if (op.property !== property) continue;
      if (row < op.row || row > op.lastRow || column < op.column || column > op.lastColumn) continue;
      return op.grid ? op.grid[row - op.row][column - op.column] : op.value;
    }
    return undefined;
  }

  _range(row: number, column: number, numRows: number, numColumns: number): RangeDouble {
    for (const [name, v] of [
      ['row', row],
      ['column', column],
      ['numRows', numRows],
      ['numColumns', numColumns],
    ] as const) {
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new Error(`Exception: The parameters (${typeof v}) don't match the method signature for getRange (${name}).`);
      }
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || column + numColumns - 1 > this._maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return counted(new RangeDouble(this, row, column, numRows, numColumns), 'Range', this._spreadsheet._world.ledger);
  }

  _rangeFromA1(a1: { row: number; column: number; lastRow: number | null; lastColumn: number | null }): RangeDouble {
    const lastRow = a1.lastRow ?? this._maxRows;
    const lastColumn = a1.lastColumn ?? this._maxColumns;
    return this._range(a1.row, a1.column, lastRow - a1.row + 1, lastColumn - a1.column + 1);
  }

  /** Values, formulas and formats of every cell, for before/after comparisons in tests. */
  _snapshot(): { values: unknown[][]; formulas: [string, string][]; formats: string; maxRows: number; maxColumns: number } {
    return {
      values: this._rows.map((row) => (row ? row.map((v) => copyValue(v)) : [])),
      formulas: [...this._formulas.entries()].sort(),
      formats: JSON.stringify(this._formats),
      maxRows: this._maxRows,
      maxColumns: this._maxColumns,
    };
  }
}

export class RangeDouble {
  constructor(
    readonly _sheet: SheetDouble,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
  ) {}

  getSheet(): SheetDouble {
    return this._sheet;
  }
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._column + this._numColumns - 1;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numColumns;
  }
  getA1Notation(): string {
    return this._a1();
  }
  _a1(): string {
    const first = `${columnLetters(this._column)}${this._row}`;
    if (this._numRows === 1 && this._numColumns === 1) return first;
    return `${first}:${columnLetters(this._endColumn())}${this._endRow()}`;
  }
  activate(): RangeDouble {
    this._sheet._spreadsheet._active = this._sheet;
    this._sheet._spreadsheet._activeRange = this;
    return this;
  }
  getValues(): unknown[][] {
    return this._map((r, c) => this._sheet._get(r, c));
  }
  getValue(): unknown {
    return this._sheet._get(this._row, this._column);
  }
  getDisplayValues(): string[][] {
    return this._map((r, c) => {
      const v = this._sheet._get(r, c);
      return isDate(v) ? v.toISOString() : String(v);
    });
  }
  getFormulas(): string[][] {
    return this._map((r, c) => this._sheet._formulas.get(`${r},${c}`) ?? '');
  }
  getFormula(): string {
    return this._sheet._formulas.get(`${this._row},${this._column}`) ?? '';
  }
  setValues(values: unknown[][]): RangeDouble {
    this._checkShape(values);
    this._sheet._wrote('setValues');
    // Sheets checks every value before writing any, so a bad value leaves the range as it was.
    const DateType = this._sheet._spreadsheet._world.DateType;
    // Only a string's reading depends on the cell's format and the locale.
    const stored = values.map((row, i) =>
      row.map((v, j) => storeEntered(v, DateType, typeof v === 'string' ? this._sheet._entry(this._row + i, this._column + j) : undefined)),
    );
    stored.forEach((row, i) => row.forEach((cell, j) => this._sheet._putStored(this._row + i, this._column + j, cell.value, cell.formula)));
    return this;
  }
  setValue(value: unknown): RangeDouble {
    this._sheet._wrote('setValue');
    const DateType = this._sheet._spreadsheet._world.DateType;
    // Every cell is checked before any is written, as setValues does.
    const cells = this._map((r, c) => storeEntered(value, DateType, this._sheet._entry(r, c)));
    cells.forEach((row, i) => row.forEach((cell, j) => this._sheet._putStored(this._row + i, this._column + j, cell.value, cell.formula)));
    return this;
  }
  setFormulas(formulas: string[][]): RangeDouble {
    this._checkShape(formulas);
    this._sheet._wrote('setFormulas');
    formulas.forEach((row, i) =>
      row.forEach((f, j) => this._sheet._putStored(this._row + i, this._column + j, '', f === '' ? null : f)),
    );
    return this;
  }
  setFormula(formula: string): RangeDouble {
    this._sheet._wrote('setFormula');
    this._sheet._putStored(this._row, this._column, '', formula);
    return this;
  }
  clear(): RangeDouble {
    this._sheet._wrote('clear');
    this._eachCell((r, c) => this._sheet._putStored(r, c, '', null));
    this._pushFormat('*clear*', undefined);
    return this;
  }
  clearContent(): RangeDouble {
    this._sheet._wrote('clearContent');
    this._eachCell((r, c) => this._sheet._putStored(r, c, '', null));
    return this;
  }
  getNumberFormat(): string {
    return (this._sheet._format(this._row, this._column, 'numberFormat') as string | undefined) ?? 'General';
  }
  getNumberFormats(): string[][] {
    return this._map((r, c) => (this._sheet._format(r, c, 'numberFormat') as string | undefined) ?? 'General');
  }
  setNumberFormat(format: string): RangeDouble {
    return this._pushFormat('numberFormat', format);
  }
  setNumberFormats(formats: string[][]): RangeDouble {
    return this._pushGrid('numberFormat', formats);
  }
  getFontWeight(): string {
    return (this._sheet._format(this._row, this._column, 'fontWeight') as string | undefined) ?? 'normal';
  }
  setFontWeight(weight: string | null): RangeDouble {
    return this._pushFormat('fontWeight', weight);
  }
  setFontWeights(weights: (string | null)[][]): RangeDouble {
    return this._pushGrid('fontWeight', weights);
  }
  setFontColor(color: string | null): RangeDouble {
    return this._pushFormat('fontColor', color);
  }
  setFontColors(colors: (string | null)[][]): RangeDouble {
    return this._pushGrid('fontColor', colors);
  }
  getBackground(): string {
    return (this._sheet._format(this._row, this._column, 'background') as string | undefined) ?? '#ffffff';
  }
  setBackground(color: string | null): RangeDouble {
    return this._pushFormat('background', color);
  }
  setBackgrounds(colors: (string | null)[][]): RangeDouble {
    return this._pushGrid('background', colors);
  }
  setHorizontalAlignment(alignment: string | null): RangeDouble {
    return this._pushFormat('horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null): RangeDouble {
    return this._pushFormat('verticalAlignment', alignment);
  }
  setWrap(wrap: boolean): RangeDouble {
    return this._pushFormat('wrap', wrap);
  }
  setWrapStrategy(strategy: unknown): RangeDouble {
    return this._pushFormat('wrapStrategy', strategy);
  }
  setFontFamily(family: string | null): RangeDouble {
    return this._pushFormat('fontFamily', family);
  }
  setNote(note: string | null): RangeDouble {
    return this._pushFormat('note', note);
  }
  getNote(): string {
    return (this._sheet._format(this._row, this._column, 'note') as string | undefined) ?? '';
  }
  offset(rowOffset: number, columnOffset: number, numRows = this._numRows, numColumns = this._numColumns): RangeDouble {
    return this._sheet._range(this._row + rowOffset, this._column + columnOffset, numRows, numColumns);
  }

  // ---- internals (not counted) ----

  _endRow(): number {
    return this._row + this._numRows - 1;
  }

  _endColumn(): number {
    return this._column + this._numColumns - 1;
  }

  _map<T>(f: (row: number, column: number) => T): T[][] {
    const out: T[][] = new Array(this._numRows);
    for (let i = 0; i < this._numRows; i++) {
      const line: T[] = new Array(this._numColumns);
      for (let j = 0; j < this._numColumns; j++) line[j] = f(this._row + i, this._column + j);
      out[i] = line;
    }
    return out;
  }

  _eachCell(f: (row: number, column: number) => void): void {
    for (let r = this._row; r <= this._endRow(); r++) for (let c = this._column; c <= this._endColumn(); c++) f(r, c);
  }

  _checkShape(grid: unknown[][]): void {
    if (!Array.isArray(grid)) throw new Error('The parameters (String) don\'t match the method signature.');
    if (grid.length !== this._numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of grid) {
      if (!Array.isArray(row) || row.length !== this._numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this._numColumns}.`,
        );
      }
    }
  }

  _pushFormat(property: string, value: unknown): RangeDouble {
    this._sheet._wrote(property);
    this._sheet._formats.push({
      row: this._row,
      column: this._column,
      lastRow: this._endRow(),
      lastColumn: this._endColumn(),
      property,
      value,
    });
    return this;
  }

  _pushGrid(property: string, grid: unknown[][]): RangeDouble {
    this._checkShape(grid);
    this._sheet._wrote(property);
    this._sheet._formats.push({
      row: this._row,
      column: this._column,
      lastRow: this._endRow(),
      lastColumn: this._endColumn(),
      property,
      grid: grid.map((r) => [...r]),
    });
    return this;
  }
}
