import type { StatusCode } from '../../types';
import { toNumber } from '../../values/index';
import { normalizeWord } from '../vocabulary';

/**
 * The words, emoji and decorated numbers people type in cells of sheets they keep by hand,
 * turned into what the row schema reads. Each function returns null for a cell it does
 * not recognise, and leaves reporting to the cell reader.
 */

const STATUS_WORDS: Readonly<Record<StatusCode, string>> = {
  on_track: 'on track|ontrack|green|good|en curso|en camino|en tiempo|no caminho|no prazo|в графике|по плану|im plan|auf kurs|en bonne voie|en cours|in progress|progressing|🟢',
  at_risk: 'at risk|atrisk|amber|yellow|needs attention|en riesgo|em risco|под угрозой|риск|gefährdet|à risque|a risque|en danger|🟡|🟠',
  off_track: 'off track|offtrack|behind|red|late|delayed|blocked|atrasado|retrasado|отстает|отстаёт|im verzug|verzögert|en retard|🔴',
  achieved: 'done|achieved|complete|completed|met|hecho|completado|logrado|concluído|concluido|выполнено|достигнуто|erledigt|erreicht|terminé|atteint|✅',
  closed: 'closed|cancelled|canceled|cerrado|fechado|cancelado|закрыто|отменено|abgeschlossen|geschlossen|fermé|annulé',
  not_started: 'not started|to do|todo|planned|no iniciado|sin iniciar|não iniciado|nao iniciado|не начато|nicht begonnen|non commencé|non démarré|à faire',
  no_data: '',
};

// Built on first use, so that a bundle that never reads status words (the Grafana panel) drops them.
let statusByWord: Map<string, StatusCode> | null = null;

/** A status a person typed ("On track", "At risk", "Behind", "Done", 🟢), or null. */
export function matchStatusWord(text: string): StatusCode | null {
  if (!statusByWord) {
    statusByWord = new Map();
    for (const code of Object.keys(STATUS_WORDS) as StatusCode[]) for (const word of STATUS_WORDS[code].split('|')) statusByWord.set(normalizeWord(word) || word, code);
  }
  const t = text.trim();
  return statusByWord.get(normalizeWord(t) || t) ?? null;
}

/** Confidence as a fraction for the words and faces people use instead of numbers. */
const CONFIDENCE_WORDS: ReadonlyArray<[number, string]> = [
  [0.9, 'high|alta|alto|высокая|высокий|hoch|élevée|elevee|haute|forte|😀|🙂|😊|😃|😄|👍|🟢|✅'],
  [0.5, 'medium|mid|media|medio|média|médio|средняя|средний|mittel|moyenne|🤔|😐|😕|🟡|🟠'],
  [0.2, 'low|baja|bajo|baixa|baixo|низкая|низкий|niedrig|faible|basse|😟|🙁|☹️|☹|😞|😢|😰|👎|🔴|❌'],
];
let confidenceByWord: Map<string, number> | null = null;

/** High / Medium / Low (in six languages) or a face or traffic light → 0.9 / 0.5 / 0.2; null otherwise. */
export function matchConfidenceWord(text: string): number | null {
  if (!confidenceByWord) {
    confidenceByWord = new Map();
    for (const [value, words] of CONFIDENCE_WORDS) for (const word of words.split('|')) confidenceByWord.set(normalizeWord(word) || word, value);
  }
  const t = text.trim().replace(/\uFE0F/g, '');
  return confidenceByWord.get(normalizeWord(t) || t) ?? null;
}

/** Cells people fill in to mean "nothing yet". */
export function isPlaceholder(text: string): boolean {
  // Most cells start with a digit or a letter other than n and t ("12", "Q2", "$0" does not): no placeholder can.
  const c = text.charCodeAt(0) | 32;
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122 && c !== 110 && c !== 116)) return false;
  return PLACEHOLDER.test(text.trim());
}

const PLACEHOLDER = /^(?:-+|–|—|n\/?a|tbd|\?|\.)$/i;

/**
 * A number written with its unit: "93 dias", "12 %", "4.5 h", "1,200 users" → value and unit.
 * Only when the text is not already a number toNumber reads ("12 %" is 0.12 there).
 */
export function numberWithUnit(text: string, decimalComma = false): { value: number; unit: string } | null {
  if (!mayEndInUnit(text)) return null;
  const m = NUMBER_WITH_UNIT.exec(text);
  if (!m) return null;
  try {
    const value = toNumber(m[1], decimalComma);
    return value === null ? null : { value, unit: m[2] };
  } catch {
    return null;
  }
}

const NUMBER_WITH_UNIT = /^\s*([-+−]?[\d.,\s\u00a0]*\d)\s*([\p{L}°][\p{L}°./]*)\s*$/u;

/**
 * False when the text surely ends in no unit: its last character before any spaces is a digit
 * or "%" ("1,200", "15 %"), which NUMBER_WITH_UNIT can never match. Spares the expression for
 * the plain numbers of every Target and Actual cell.
 */
function mayEndInUnit(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return !((c >= 48 && c <= 57) || c === 37);
}

/**
 * Progress written directly: 0.78, 78, "78%", "=> 78%", "78 % done". Returns the number as
 * typed (a fraction for percent text); the caller decides the 0–1 or 0–100 scale per column.
 */
export function progressNumber(cell: unknown): { value: number; percentText: boolean } | null {
  if (typeof cell === 'number') return cell - cell === 0 ? { value: cell, percentText: false } : null;
  if (typeof cell !== 'string') return null;
  const m = /[-+]?\d[\d.,]*\s*%?/.exec(cell);
  if (!m) return null;
  try {
    const value = toNumber(m[0]);
    return value === null ? null : { value, percentText: m[0].includes('%') };
  } catch {
    return null;
  }
}
