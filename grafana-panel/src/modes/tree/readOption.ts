/**
 * Tolerant readers for the mode options stored as `Record<string, unknown>` in the panel JSON.
 * A value of the wrong type means "not set": the default applies.
 */

export function readText(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.trim() : fallback;
}

export function readFlag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function readChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Whole numbers within [min, max]; text such as "3" is accepted because the editor may store it so. */
export function readInteger(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) {
    return fallback;
  }
  return Math.min(max, Math.max(min, Math.round(n)));
}
