import type { NodeType } from '../../types';
import { isMissing } from '../../values/index';
import { matchType } from '../vocabulary';
import { stableId } from './stable-id';

/**
 * How the rows say which goal belongs to which, in order of evidence:
 * - table: an ID column (and a Parent column holding IDs, titles or "Id: N");
 * - outline: a numbering column, 1 → 1.1 → 1.1.1;
 * - fill-down: an Objective column and a Key result column side by side, the objective
 *   cell blank (or merged) below its first key result;
 * - columns: depth by column, objectives in one column and key results in the next;
 * - indent: depth by the indentation of the title;
 * - prefix: "Objective:" / "Key result:" / "KR1:" before the title;
 * - typed: a Type column, each key result under the objective above it;
 * - flat: one level of goals.
 */
export type StructureKind = 'table' | 'outline' | 'fill-down' | 'columns' | 'indent' | 'prefix' | 'typed' | 'flat';

/** One goal found in a source row (a fill-down row can hold an objective and a key result). */
export interface Entry {
  /** 1-based sheet row. */
  row: number;
  /** The source row's cells. */
  cells: readonly unknown[];
  id: string;
  parentId: string | null;
  title: string;
  /** From the structure (depth, prefix, column); null leaves it to the Type column or the values. */
  type: NodeType | null;
  /** An objective made from a fill-down cell: it has a title only, the row's values belong to its key result. */
  titleOnly: boolean;
}

export interface SourceRow {
  row: number;
  cells: readonly unknown[];
}

export interface StructureColumns {
  id?: number;
  parent?: number;
  outline?: number;
  objective?: number;
  keyResult?: number;
  /** Title columns left to right: more than one means depth by column. */
  titles: number[];
  type?: number;
}

const DEPTH_TYPES: readonly NodeType[] = ['objective', 'key_result', 'initiative'];

const OBJECTIVE_PREFIX = /^(?:objectives?|objetivos?|objectifs?|ziele?|цель|o(?=\s*\d))\s*(\d+(?:\.\d+)*)?\s*[:.)\-–]\s*(.+)$/isu;
const KEY_RESULT_PREFIX =
  /^(?:key\s*results?|krs?|resultados?\s*clave|resultados?[\s-]*chave|rc(?=\s*\d)|schlüsselergebnis(?:se)?|résultats?\s*clés?|кр|ключевой\s*результат)\s*(\d+(?:\.\d+)*)?\s*[:.)\-–]\s*(.+)$/isu;
const INITIATIVE_PREFIX = /^(?:initiatives?|iniciativas?|tasks?|tareas?|tarefas?|задача|инициатива|aufgabe|maßnahme|tâche|action)\s*(\d+(?:\.\d+)*)?\s*[:.)\-–]\s*(.+)$/isu;

export function cellText(cell: unknown): string {
  if (isMissing(cell)) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** "1", 1.1, "1.1.2", "2." → "1", "1.1", "1.1.2", "2"; null when the cell is not an outline number. */
export function outlineKey(cell: unknown): string | null {
  if (typeof cell === 'number') return cell > 0 && cell - cell === 0 ? String(cell) : null;
  if (typeof cell !== 'string') return null;
  const plain = plainOutlineKey(cell);
  if (plain !== undefined) return plain;
  const m = OUTLINE_NUMBER.exec(cell);
  return m ? m[1] : null;
}

const OUTLINE_NUMBER = /^\s*(\d+(?:\.\d+)*)\.?\s*$/;

/**
 * The common case without the regular expression (this runs for every cell of a candidate
 * column, twice): text of ASCII digits and dots only. Same answer as OUTLINE_NUMBER: digits
 * first, no two dots together, one dot allowed at the end. Undefined for any other text.
 */
function plainOutlineKey(text: string): string | null | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  let previousDot = true; // a dot first is not an outline number
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (previousDot) return null;
      previousDot = true;
    } else if (c >= 48 && c <= 57) previousDot = false;
    else return undefined;
  }
  return previousDot ? text.slice(0, n - 1) : text;
}

function dotsIn(text: string): number {
  let dots = 0;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) dots++;
  return dots;
}

/** A prefix typed before the title, or null. */
export function prefixOf(text: string): { type: NodeType; rest: string } | null {
  let m = OBJECTIVE_PREFIX.exec(text);
  if (m) return { type: 'objective', rest: m[2].trim() };
  m = KEY_RESULT_PREFIX.exec(text);
  if (m) return { type: 'key_result', rest: m[2].trim() };
  m = INITIATIVE_PREFIX.exec(text);
  if (m) return { type: 'initiative', rest: m[2].trim() };
  return null;
}

function indentOf(raw: unknown): number {
  if (typeof raw !== 'string') return 0;
  const lead = /^[\s\u00a0\u3000]*/.exec(raw.replace(/\t/g, '    '))?.[0] ?? '';
  return lead.length;
}

/** Decides the structure from the columns present and the cells under them. */
export function detectStructure(rows: readonly SourceRow[], at: StructureColumns): StructureKind {
  if (at.id !== undefined) return 'table';
  if (at.outline !== undefined) return 'outline';
  if (at.objective !== undefined && at.keyResult !== undefined) return 'fill-down';
  if (at.titles.length > 1) return 'columns';
  const title = at.titles[0];
  if (title !== undefined) {
    let indented = 0;
    let flush = 0;
    let prefixed = 0;
    let objectivePrefixed = 0;
    let texts = 0;
    for (const { cells } of rows) {
      const text = cellText(cells[title]);
      if (text === '') continue;
      texts++;
      if (indentOf(cells[title]) >= 2 || /^[-•◦▪*]\s/.test(text)) indented++;
      else flush++;
      const prefix = prefixOf(text);
      if (prefix) {
        prefixed++;
        if (prefix.type === 'objective') objectivePrefixed++;
      }
    }
    if (prefixed * 2 >= texts && objectivePrefixed > 0) return 'prefix';
    if (indented > 0 && flush > 0) return 'indent';
  }
  if (at.type !== undefined) return 'typed';
  return 'flat';
}

/**
 * Turns source rows into entries with IDs and parents. IDs come from the ID column, the
 * outline number, or (for sheets without either) from the type and title, so inserting a
 * row elsewhere never changes another row's ID.
 */
export function buildEntries(kind: StructureKind, rows: readonly SourceRow[], at: StructureColumns, flatType: NodeType | null): Entry[] {
  const entries: Entry[] = [];
  // Objective and Key result columns side by side (no Title column): a row's title is whichever
  // of the two it fills. A row filling both is a key result beside its objective's text, unless
  // the outline makes it an objective.
  const split = at.titles.length === 0 && at.objective !== undefined && at.keyResult !== undefined;
  const keyResultFirst = split ? [at.keyResult as number, at.objective as number] : at.titles;
  const objectiveFirst = split ? [at.objective as number, at.keyResult as number] : at.titles;
  const titleOf = (cells: readonly unknown[], columns: readonly number[] = keyResultFirst): string => {
    for (const j of columns) {
      const text = cellText(cells[j]);
      if (text !== '') return text;
    }
    return '';
  };
  const typeCell = (cells: readonly unknown[]): NodeType | null => (at.type === undefined ? null : matchType(cellText(cells[at.type])));

  if (kind === 'table') {
    for (const { row, cells } of rows) {
      const type = split && cellText(cells[at.keyResult as number]) === '' ? 'objective' : flatType;
      entries.push({ row, cells, id: cellText(cells[at.id as number]), parentId: at.parent === undefined ? null : cellText(cells[at.parent]) || null, title: titleOf(cells), type, titleOnly: false });
    }
    resolveParentTexts(entries);
    return entries;
  }

  if (kind === 'outline') {
    const present = new Set<string>();
    for (const { row, cells } of rows) {
      const key = outlineKey(cells[at.outline as number]);
      const depth = key === null ? 1 : dotsIn(key) + 1;
      const title = titleOf(cells, depth === 1 ? objectiveFirst : keyResultFirst);
      if (key === null && title === '') continue;
      const id = key ?? '';
      if (key !== null) present.add(key);
      entries.push({ row, cells, id, parentId: null, title, type: DEPTH_TYPES[Math.min(depth, 3) - 1], titleOnly: false });
    }
    // The parent is the longest shorter outline number present: "1.2.3" → "1.2", else "1".
    // Cut at the last dot each time rather than split and join: this runs once per row.
    for (const entry of entries) {
      let candidate = entry.id;
      for (let cut = candidate.lastIndexOf('.'); cut > 0; cut = candidate.lastIndexOf('.')) {
        candidate = candidate.slice(0, cut);
        if (present.has(candidate)) {
          entry.parentId = candidate;
          break;
        }
      }
    }
    return withTitleIds(entries);
  }

  if (kind === 'fill-down') {
    let objective = null as Entry | null;
    for (const { row, cells } of rows) {
      const objectiveText = cellText(cells[at.objective as number]);
      const krText = cellText(cells[at.keyResult as number]);
      if (objectiveText !== '' && objectiveText !== objective?.title) {
        objective = { row, cells, id: '', parentId: null, title: objectiveText, type: 'objective', titleOnly: krText !== '' };
        entries.push(objective);
      }
      if (krText !== '') entries.push({ row, cells, id: '', parentId: objective ? objective.title : null, title: krText, type: typeCell(cells) ?? 'key_result', titleOnly: false });
    }
    return withTitleIds(entries, true);
  }

  // Depth from the column, the indentation or the prefix; the parent is the nearest row above with less depth.
  const stack: Entry[] = [];
  const depthOf: number[] = [];
  for (const { row, cells } of rows) {
    let title = '';
    let depth = 0;
    let type: NodeType | null = null;
    if (kind === 'columns') {
      for (let k = 0; k < at.titles.length; k++) {
        const text = cellText(cells[at.titles[k]]);
        if (text !== '') {
          title = text;
          depth = k;
          break;
        }
      }
      type = DEPTH_TYPES[Math.min(depth, 2)];
    } else {
      const raw = at.titles.length > 0 ? cells[at.titles[0]] : undefined;
      title = cellText(raw).replace(/^[-•◦▪*]\s+/, '');
      if (kind === 'indent') {
        depth = indentOf(raw);
      } else if (kind === 'prefix') {
        const prefix = prefixOf(title);
        type = prefix?.type ?? null;
        if (prefix) title = prefix.rest;
        depth = DEPTH_TYPES.indexOf(type ?? 'key_result');
      } else {
        type = typeCell(cells) ?? flatType;
        depth = type === null ? 0 : Math.max(0, DEPTH_TYPES.indexOf(type === 'kpi' ? 'key_result' : type));
        if (kind === 'flat') depth = 0;
      }
    }
    if (title === '') continue;
    const entry: Entry = { row, cells, id: '', parentId: null, title, type, titleOnly: false };
    while (depthOf.length > 0 && depthOf[depthOf.length - 1] >= depth) {
      depthOf.pop();
      stack.pop();
    }
    entry.parentId = stack.length > 0 ? stack[stack.length - 1].title : null;
    if (kind === 'indent') entry.type = DEPTH_TYPES[Math.min(stack.length, 2)];
    entries.push(entry);
    stack.push(entry);
    depthOf.push(depth);
  }
  return withTitleIds(entries, true);
}

/**
 * Gives entries without an ID one made from type and title; parents named by title (as
 * set while walking) become the parent's ID. Titles repeated in one sheet get -2, -3…
 */
function withTitleIds(entries: Entry[], parentsByTitle = false): Entry[] {
  // An outline numbers every row as a rule: then there is nothing to do.
  if (!parentsByTitle && entries.every((entry) => entry.id !== '')) return entries;
  const used = new Set<string>();
  for (const entry of entries) if (entry.id !== '') used.add(entry.id);
  const idOfEntry = new Map<Entry, string>();
  for (const entry of entries) {
    if (entry.id !== '') continue;
    const base = stableId(entry.type, entry.title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    entry.id = id;
    idOfEntry.set(entry, id);
  }
  if (parentsByTitle) {
    // A parent is the nearest entry above with that title (titles may repeat further down).
    const latest = new Map<string, string>();
    for (const entry of entries) {
      if (entry.parentId !== null) entry.parentId = latest.get(entry.parentId) ?? entry.parentId;
      latest.set(entry.title, entry.id);
    }
  }
  return entries;
}

/**
 * A Parent cell may hold the parent's ID, its title, or text with "Id: N" in it (as tools
 * export). Unknown parents stay as typed so the cascade reports them.
 */
function resolveParentTexts(entries: Entry[]): void {
  const ids = new Set(entries.map((e) => e.id));
  const byTitle = new Map<string, string>();
  for (const entry of entries) if (entry.id !== '' && !byTitle.has(entry.title.toLowerCase())) byTitle.set(entry.title.toLowerCase(), entry.id);
  for (const entry of entries) {
    const text = entry.parentId;
    if (text === null || ids.has(text)) continue;
    const tagged = /\bid\s*[:#=]\s*([\w.-]+)/i.exec(text);
    if (tagged && ids.has(tagged[1])) entry.parentId = tagged[1];
    else entry.parentId = byTitle.get(text.toLowerCase()) ?? text;
  }
}
