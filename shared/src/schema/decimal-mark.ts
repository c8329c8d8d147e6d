/**
 * Whether a sheet writes decimal commas, for numbers typed as text. The spreadsheet's
 * locale decides when the host gives it ("ru_RU" → comma, "en_US" → point, as Intl
 * formats 1.5 there); else a header written in Cyrillic means a Russian sheet, which
 * writes "1,5" for one and a half. Every other sheet keeps the decimal point.
 */
export function decimalComma(locale: string | undefined, header: readonly unknown[] | undefined): boolean {
  if (typeof locale === 'string' && locale.trim() !== '') {
    try {
      const parts = new Intl.NumberFormat(locale.trim().replace(/_/g, '-')).formatToParts(1.5);
      return parts.some((part) => part.type === 'decimal' && part.value === ',');
    } catch {
      // A locale tag Intl does not know: fall through to the header.
    }
  }
  return Array.isArray(header) && header.some((cell) => typeof cell === 'string' && /[\u0400-\u04ff]/.test(cell));
}
