import { isMissing } from './isMissing';
import { ValueError } from './ValueError';

// With the Russian words a Russian sheet holds (ИСТИНА / ЛОЖЬ is how its TRUE / FALSE read as text).
const TRUE_WORDS = new Set(['true', 'yes', 'y', 'done', 'complete', 'completed', '1', '✓', '✔', '☑', '✅', 'да', 'истина', 'выполнено', 'готово', 'сделано']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'not done', 'todo', 'to do', 'open', '0', '✗', '✘', '☐', '❌', 'нет', 'ложь', 'не выполнено', 'не готово', 'не сделано']);

export const BOOLEAN_EXPECTED =
   'TRUE or FALSE (also yes/no, done/not done, 1/0, ✓/✗)';
export const BOOLEAN_HINT = 'Tick the checkbox or type done / not done; clear the cell if it is not known yet.';
// The same sentences as catalogue codes (schema/schemaMessages.ts), for other languages.
const I18N = { expected: { code: 'expect.boolean', params: {} }, hint: { code: 'hint.boolean', params: {} } } as const;

/**
 * Reads a milestone's done / not done from a cell.
 *
 * People mark milestones with checkboxes, words or ticks; all of them mean the same
 * thing to the score. An empty cell is `null` (unknown), not false, so that a
 * milestone nobody has reported on shows "No data" instead of "Off track".
 */
export function toBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (isMissing(value)) return null;
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
    throw new ValueError(BOOLEAN_EXPECTED, value, BOOLEAN_HINT, I18N);
  }
  if (typeof value !== 'string') throw new ValueError(BOOLEAN_EXPECTED, value, BOOLEAN_HINT, I18N);
  const word = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new ValueError(BOOLEAN_EXPECTED, value, BOOLEAN_HINT, I18N);
}
