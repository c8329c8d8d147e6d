import type { KrKind, Level, NodeType } from '../types';

/**
 * The words people type in the Level, Type and Kind columns, matched leniently: case,
 * spaces, underscores and hyphens do not matter ("Key Result", "key_result", "KR").
 */
function lookup<T extends string>(table: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const canonical of Object.keys(table) as T[]) {
    map.set(normalizeWord(canonical), canonical);
    for (const word of table[canonical]) map.set(normalizeWord(word), canonical);
  }
  return map;
}

/** Lower case, letters, digits and the comparison signs only. */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/[^\p{L}\p{N}<>=↑↓]+/gu, '');
}

export const LEVEL_WORDS: Record<Level, readonly string[]> = {
  mission: ['vision', 'purpose', 'north star', 'company'],
  pillar: ['strategic pillar', 'strategy', 'theme', 'strategic theme', 'focus area'],
  annual: ['year', 'yearly', 'y', 'fy', '1y', 'annually'],
  quarterly: ['quarter', 'q', 'qtr', 'quarterly okr'],
  monthly: ['month', 'm', 'mo', 'mth'],
  weekly: ['week', 'w', 'wk'],
  task: ['tasks', 'todo', 'to do', 'action', 'daily', 'day'],
};

export const TYPE_WORDS: Record<NodeType, readonly string[]> = {
  objective: ['o', 'obj', 'goal', 'okr', 'objectives'],
  key_result: ['kr', 'key result', 'result', 'keyresult', 'key results'],
  initiative: ['task', 'project', 'action', 'initiatives', 'ini', 'epic', 'deliverable', 'deliverables'],
  kpi: ['metric', 'health metric', 'indicator', 'kpis'],
};

export const KIND_WORDS: Record<KrKind, readonly string[]> = {
  increase: ['positive', 'up', 'increasing', 'higher', 'higher is better', 'grow', 'more', 'inc', '↑', 'linear'],
  decrease: ['negative', 'down', 'decreasing', 'lower', 'lower is better', 'reduce', 'less', 'dec', '↓'],
  above: ['threshold', 'at least', 'stay above', 'minimum', '>=', '>', 'floor'],
  below: ['at most', 'stay below', 'maximum', '<=', '<', 'ceiling', 'cap'],
  range: ['between', 'band', 'keep between', 'floor target', 'corridor'],
  milestone: ['binary', 'done', 'yes no', 'boolean', 'checkbox', 'checklist', 'done not done'],
  track: ['baseline', 'measure', 'tracking', 'monitor', 'none', 'no target', 'observe'],
};

const LEVELS_BY_WORD = lookup(LEVEL_WORDS);
const TYPES_BY_WORD = lookup(TYPE_WORDS);

const KINDS_BY_WORD = lookup(KIND_WORDS);

/** Every remembered spelling, forgotten when words are added (a word unknown before may be known now). */
const MEMORIES: Map<string, unknown>[] = [];

function add<T extends string>(table: Map<string, T>, words: Partial<Record<T, readonly string[]>>): void {
  for (const canonical of Object.keys(words) as T[]) {
    for (const word of words[canonical] ?? []) if (!table.has(normalizeWord(word))) table.set(normalizeWord(word), canonical);
  }
  for (const memory of MEMORIES) memory.clear();
}

/** Level, type and kind words in other languages (added by readSheet, see layout/header-languages.ts); English words keep their meaning. */
export function addTypeWords(words: Partial<Record<NodeType, readonly string[]>>): void {
  add(TYPES_BY_WORD, words);
}
export function addLevelWords(words: Partial<Record<Level, readonly string[]>>): void {
  add(LEVELS_BY_WORD, words);
}
export function addKindWords(words: Partial<Record<KrKind, readonly string[]>>): void {
  add(KINDS_BY_WORD, words);
}

/**
 * Sheets repeat the same few words down a column: remember each raw spelling once so that
 * a 100,000-row sheet normalises "Key Result" once, not 100,000 times. Bounded, because a
 * column of free text would otherwise fill it.
 */
function remembering<T>(table: Map<string, T>): (text: string) => T | null {
  const seen = new Map<string, T | null>();
  MEMORIES.push(seen);
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = table.get(normalizeWord(text)) ?? null;
      if (seen.size < 1000) seen.set(text, value);
    }
    return value;
  };
}

export const matchLevel: (text: string) => Level | null = remembering(LEVELS_BY_WORD);
export const matchType: (text: string) => NodeType | null = remembering(TYPES_BY_WORD);
export const matchKind: (text: string) => KrKind | null = remembering(KINDS_BY_WORD);

/** For messages: the accepted words of a column, canonical first. */
export function acceptedWords(table: Record<string, readonly string[]>): string {
  return Object.keys(table).join(', ');
}

export const ACCEPTED_LEVELS = acceptedWords(LEVEL_WORDS);
export const ACCEPTED_TYPES = acceptedWords(TYPE_WORDS);
export const ACCEPTED_KINDS = acceptedWords(KIND_WORDS);
