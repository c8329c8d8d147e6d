import { COLUMNS, HEADER_ALIASES, normalizeHeader, type Column } from '../columns';

/**
 * What a column of a sheet kept by people can hold: the canonical columns, plus the roles
 * that only such sheets have. Objective and Key result are two roles (a column each, side
 * by side), never two candidates for Title; Outline is a numbering such as 1 / 1.1 / 1.1.1.
 */
export type Role = Column | 'Objective' | 'KeyResult' | 'Outline' | 'Progress' | 'Status';

export const EXTRA_ROLES = ['Objective', 'KeyResult', 'Outline', 'Progress', 'Status'] as const;

/** Every role, in the order the summary and the mapping sidebar list them. */
export const ROLES: readonly Role[] = [...COLUMNS.slice(0, 4), 'Outline', 'Objective', 'KeyResult', ...COLUMNS.slice(4), 'Progress', 'Status'];

/** How a role reads in messages and in the sidebar. */
export function roleLabel(role: Role): string {
  if (role === 'KeyResult') return 'Key result';
  return role;
}

/**
 * Header words in English (other languages: header-languages.ts), after
 * normalizeHeader (lower case, letters and digits only, accents kept). A header that is
 * exactly a role's own name (listed first) wins over one that is only an alias (Owner over
 * Team). The row schema's English aliases (HEADER_ALIASES) are added below, not repeated.
 */
const WORDS: Readonly<Record<Role, string>> = {
  ID: 'id krcode okrcode code',
  Parent: 'parent parentobjective',
  Level: 'level',
  Type: 'type objecttype',
  Outline: 'outline wbs no nr',
  Objective: 'objective objectives',
  KeyResult: 'keyresult keyresults kr krs',
  Title: 'title',
  Owner: 'owner owners',
  Kind: 'kind',
  Unit: 'unit',
  Baseline: 'baseline',
  Target: 'target',
  Current: 'current',
  Low: 'low',
  High: 'high',
  Weight: 'weight',
  Start: 'start',
  End: 'end',
  Confidence: 'confidence',
  Metric: 'metric',
  Progress: 'progress percentcomplete complete completion score',
  Status: 'status state rag',
};

/** normalized word → role, and whether the word is the role's own name. */
const WORD_ROLES = new Map<string, { role: Role; exact: boolean }>();
addHeaderWords(WORDS);

/** Adds header words per role (space-separated); a word already known keeps its role. Only a role's first English word is exact. */
export function addHeaderWords(words: Partial<Record<Role, string>>, exactFirst = true): void {
  for (const role of Object.keys(words) as Role[]) {
    (words[role] as string).split(' ').forEach((word, i) => {
      if (!WORD_ROLES.has(word)) WORD_ROLES.set(word, { role, exact: exactFirst && i === 0 });
    });
  }
}
// Everything the canonical schema already accepts stays accepted (its own spellings first).
for (const [word, column] of Object.entries(HEADER_ALIASES)) {
  if (!WORD_ROLES.has(word)) WORD_ROLES.set(word, { role: column, exact: false });
}

export interface HeaderMatch {
  role: Role;
  /** The header is the role's own name (wins over an alias such as Team for Owner). */
  exact: boolean;
}

/** Headers longer than this are notes or instructions, not column names. */
const LONGEST_HEADER = 60;

/**
 * The role a header names. Tries the whole header, then its leading words, so that
 * "Responsable del Key Result" is an Owner column and "Confidence (1-10)" a Confidence one.
 * A "%" with a word that is not a canonical column ("% Avance", "% done") means Progress.
 */
export function matchHeader(text: unknown): HeaderMatch | null {
  const raw = String(text ?? '').trim();
  if (raw === '' || raw.length > LONGEST_HEADER) return null;
  const whole = normalizeHeader(raw);
  if (whole === '') return null;
  if (raw.includes('%')) {
    const found = WORD_ROLES.get(whole);
    if (!found || found.role === 'Current' || found.role === 'Progress') return { role: 'Progress', exact: found?.role === 'Progress' && found.exact };
  }
  const found = WORD_ROLES.get(whole);
  if (found) return found;
  const words = raw.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let n = words.length - 1; n >= 1; n--) {
    const lead = WORD_ROLES.get(words.slice(0, n).join(''));
    // One short leading word ("to", "no") is too weak to name a column on its own.
    if (lead && (n > 1 || words[0].length >= 4)) return { role: lead.role, exact: false };
  }
  return null;
}
