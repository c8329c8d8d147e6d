/**
 * Whether a sheet writes decimal commas, for numbers typed as text. The spreadsheet's
 * locale decides when the host gives it ("ru_RU" → comma, "en_US" → point, as Intl
 * formats 1.5 there); else a header written mostly in Cyrillic means a Russian sheet, which
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
  if (!Array.isArray(header)) return false;
  // Most of the header in Cyrillic: one Russian note beside English columns does not make "1,200" one point two.
  let named = 0;
  let cyrillic = 0;
  for (const cell of header) {
    if (typeof cell !== 'string' || cell.trim() === '') continue;
    named++;
    if (/[\u0400-\u04ff]/.test(cell)) cyrillic++;
  }
  return cyrillic * 2 > named;
}
