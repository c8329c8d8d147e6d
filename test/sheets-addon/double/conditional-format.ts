/** Conditional format rules: a boolean condition, a format, and the ranges it applies to. */
import { counted, type Ledger } from './ledger';
import type { RangeDouble } from './spreadsheet';

export interface RuleCondition {
  type: string;
  values: unknown[];
}

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
}

export class ConditionalFormatRuleDouble {
  constructor(
    readonly _condition: RuleCondition | null,
    readonly _format: RuleFormat,
    readonly _ranges: RangeDouble[],
  ) {}

  getRanges(): RangeDouble[] {
    return [...this._ranges];
  }
  getBooleanCondition(): {
    getCriteriaType(): string;
    getCriteriaValues(): unknown[];
    getBackground(): string | null;
    getFontColor(): string | null;
    getBold(): boolean | null;
  } | null {
    const condition = this._condition;
    const format = this._format;
    if (!condition) return null;
    return {
      getCriteriaType: () => condition.type,
      getCriteriaValues: () => [...condition.values],
      getBackground: () => format.background ?? null,
      getFontColor: () => format.fontColor ?? null,
      getBold: () => format.bold ?? null,
    };
  }
  copy(): ConditionalFormatRuleBuilderDouble {
    const builder = ConditionalFormatRuleBuilderDouble.create(this._ledger());
    builder._condition = this._condition;
    builder._format = { ...this._format };
    builder._ranges = [...this._ranges];
    return builder;
  }
  _ledger(): Ledger {
    return (this as unknown as { __ledger: Ledger }).__ledger;
  }
}

export class ConditionalFormatRuleBuilderDouble {
  _condition: RuleCondition | null = null;
  _format: RuleFormat = {};
  _ranges: RangeDouble[] = [];
  constructor(readonly _ledgerRef: Ledger) {}

  static create(ledger: Ledger): ConditionalFormatRuleBuilderDouble {
    return counted(new ConditionalFormatRuleBuilderDouble(ledger), 'ConditionalFormatRuleBuilder', ledger);
  }

  whenTextEqualTo(text: string): this {
    return this._when('TEXT_EQUAL_TO', text);
  }
  whenTextContains(text: string): this {
    return this._when('TEXT_CONTAINS', text);
  }
  whenTextStartsWith(text: string): this {
    return this._when('TEXT_STARTS_WITH', text);
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', formula);
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY');
  }
  whenNumberLessThan(n: number): this {
    return this._when('NUMBER_LESS_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('NUMBER_BETWEEN', a, b);
  }
  setBackground(color: string | null): this {
    this._format.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this._format.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this._format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this._format.italic = italic;
    return this;
  }
  setRanges(ranges: RangeDouble[]): this {
    this._ranges = [...ranges];
    return this;
  }
  build(): ConditionalFormatRuleDouble {
    const rule = new ConditionalFormatRuleDouble(this._condition, { ...this._format }, [...this._ranges]);
    (rule as unknown as { __ledger: Ledger }).__ledger = this._ledgerRef;
    return counted(rule, 'ConditionalFormatRule', this._ledgerRef);
  }

  _when(type: string, ...values: unknown[]): this {
    this._condition = { type, values };
    return this;
  }
}
