/**
 * Which conditional-format rule colours a cell, as Sheets decides it: the rules of a sheet in
 * order, the first whose ranges hold the cell and whose condition the cell meets wins.
 * Text conditions ignore case, as Sheets' do. A custom formula cannot be evaluated here (the
 * preview has no formula engine), so such a rule never applies; the page says so in a note.
 * https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria
 */
export interface RuleStyle {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** A rule as read through Apps Script's public API (ConditionalFormatRule). */
export interface RuleLike {
  getRanges(): { getRow(): number; getColumn(): number; getNumRows(): number; getNumColumns(): number }[];
  getBooleanCondition(): {
    getCriteriaType(): unknown;
    getCriteriaValues(): unknown[];
    getBackground(): string | null;
    getFontColor(): string | null;
    getBold(): boolean | null;
  } | null;
}

function asText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function meets(type: string, values: unknown[], cell: unknown, shown: string): boolean {
  const text = shown.toLowerCase();
  const wanted = asText(values[0]).toLowerCase();
  const number = typeof cell === 'number' ? cell : NaN;
  const a = Number(values[0]);
  const b = Number(values[1]);
  switch (type) {
    case 'CELL_EMPTY':
      return shown === '';
    case 'CELL_NOT_EMPTY':
      return shown !== '';
    case 'TEXT_EQUAL_TO':
      return text === wanted;
    case 'TEXT_NOT_EQUAL_TO':
      return text !== wanted;
    case 'TEXT_CONTAINS':
      return text.includes(wanted);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(wanted);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(wanted);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(wanted);
    case 'NUMBER_LESS_THAN':
      return number < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number <= a;
    case 'NUMBER_GREATER_THAN':
      return number > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number >= a;
    case 'NUMBER_EQUAL_TO':
      return number === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(number) && number !== a;
    case 'NUMBER_BETWEEN':
      return number >= Math.min(a, b) && number <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(number) && (number < Math.min(a, b) || number > Math.max(a, b));
    default:
      // CUSTOM_FORMULA and date conditions need a formula engine.
      return false;
  }
}

/** The style of the first rule that applies to (row, column), or null. `shown` is the cell's displayed text. */
export function ruleStyleFor(rules: readonly RuleLike[], row: number, column: number, cell: unknown, shown: string): RuleStyle | null {
  for (const rule of rules) {
    const inside = rule
      .getRanges()
      .some((r) => row >= r.getRow() && row < r.getRow() + r.getNumRows() && column >= r.getColumn() && column < r.getColumn() + r.getNumColumns());
    if (!inside) continue;
    const condition = rule.getBooleanCondition();
    if (!condition) continue;
    if (meets(String(condition.getCriteriaType()), condition.getCriteriaValues(), cell, shown)) {
      return { background: condition.getBackground(), fontColor: condition.getFontColor(), bold: condition.getBold() };
    }
  }
  return null;
}
