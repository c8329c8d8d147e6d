/**
 * Embedded charts: sheet.newChart() → EmbeddedChartBuilder → build() → sheet.insertChart().
 * Typed conveniences (setTitle, setLegendPosition, …) exist only after asBarChart() and friends,
 * as in Apps Script; on the generic builder they are missing and calling them fails.
 */
import { counted } from './ledger';
import type { RangeDouble, SheetDouble, World } from './spreadsheet';

export const CHART_TYPES = [
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
] as const;

export interface ChartSpec {
  type: string | null;
  ranges: { sheet: string; a1: string }[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number } | null;
  numHeaders: number | null;
  mergeStrategy: string | null;
  transpose: boolean;
}

const TYPED_METHODS = new Set([
  'setTitle', 'setLegendPosition', 'setXAxisTitle', 'setYAxisTitle', 'setColors', 'setStacked', 'set3D',
  'setRange', 'setPointStyle', 'setCurveStyle', 'useLogScale', 'reverseCategories', 'setBackgroundColor',
]);

export class ChartBuilderDouble {
  _type: string | null = null;
  _typed = false;
  _ranges: RangeDouble[] = [];
  _options: Record<string, unknown> = {};
  _position: ChartSpec['position'] = null;
  _numHeaders: number | null = null;
  _mergeStrategy: string | null = null;
  _transpose = false;
  _chartId: number | null = null;

  constructor(readonly _world: World, readonly _sheet: SheetDouble) {}

  static create(world: World, sheet: SheetDouble): ChartBuilderDouble {
    const builder = new ChartBuilderDouble(world, sheet);
    const proxied = counted(builder, 'EmbeddedChartBuilder', world.ledger);
    // Typed methods are only reachable once the builder has been turned into a typed one.
    return new Proxy(proxied, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && TYPED_METHODS.has(prop) && !builder._typed) return undefined;
        return Reflect.get(target, prop, receiver);
      },
    });
  }

  addRange(range: RangeDouble): this {
    this._ranges.push(range);
    return this;
  }
  clearRanges(): this {
    this._ranges = [];
    return this;
  }
  removeRange(range: RangeDouble): this {
    this._ranges = this._ranges.filter((r) => r !== range);
    return this;
  }
  getRanges(): RangeDouble[] {
    return [...this._ranges];
  }
  getChartType(): string | null {
    return this._type;
  }
  setChartType(type: unknown): this {
    const name = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(name)) throw new Error(`Invalid argument: type (${name})`);
    this._type = name;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this._options[option] = value;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('Invalid argument: chart position.');
    this._position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    this._numHeaders = headers;
    return this;
  }
  setMergeStrategy(strategy: unknown): this {
    this._mergeStrategy = String(strategy);
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this._transpose = transpose;
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    this._options['__hiddenDimensionStrategy'] = String(strategy);
    return this;
  }
  asBarChart(): this {
    return this._asTyped('BAR');
  }
  asColumnChart(): this {
    return this._asTyped('COLUMN');
  }
  asLineChart(): this {
    return this._asTyped('LINE');
  }
  asPieChart(): this {
    return this._asTyped('PIE');
  }
  asAreaChart(): this {
    return this._asTyped('AREA');
  }
  asTableChart(): this {
    return this._asTyped('TABLE');
  }
  // Typed conveniences; each is a shorthand for an option, as Apps Script documents.
  setTitle(title: string): this {
    return this._set('title', title);
  }
  setLegendPosition(position: unknown): this {
    return this._set('legend', { position: String(position).toLowerCase() });
  }
  setXAxisTitle(title: string): this {
    return this._set('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this._set('vAxis.title', title);
  }
  setColors(colors: string[]): this {
    return this._set('colors', [...colors]);
  }
  setStacked(): this {
    return this._set('isStacked', true);
  }
  set3D(): this {
    return this._set('is3D', true);
  }
  setRange(start: number, end: number): this {
    return this._set('vAxis.viewWindow', { min: start, max: end });
  }
  setPointStyle(style: unknown): this {
    return this._set('pointStyle', String(style));
  }
  setCurveStyle(style: unknown): this {
    return this._set('curveType', String(style));
  }
  useLogScale(): this {
    return this._set('vAxis.logScale', true);
  }
  reverseCategories(): this {
    return this._set('reverseCategories', true);
  }
  setBackgroundColor(color: string): this {
    return this._set('backgroundColor', color);
  }
  build(): EmbeddedChartDouble {
    if (this._type === null) throw new Error('The chart type is not set.');
    const spec: ChartSpec = {
      type: this._type,
      ranges: this._ranges.map((r) => ({ sheet: r._sheet._name, a1: r._a1() })),
      options: { ...this._options },
      position: this._position,
      numHeaders: this._numHeaders,
      mergeStrategy: this._mergeStrategy,
      transpose: this._transpose,
    };
    return EmbeddedChartDouble.create(this._world, this._sheet, this._chartId ?? this._world.nextId(), spec, [...this._ranges]);
  }

  _set(option: string, value: unknown): this {
    this._options[option] = value;
    return this;
  }

  _asTyped(type: string): this {
    this._type = type;
    this._typed = true;
    return this;
  }
}

export class EmbeddedChartDouble {
  constructor(
    readonly _world: World,
    readonly _sheet: SheetDouble,
    readonly _chartId: number,
    readonly _spec: ChartSpec,
    readonly _rangeObjects: RangeDouble[],
  ) {}

  static create(world: World, sheet: SheetDouble, id: number, spec: ChartSpec, ranges: RangeDouble[]): EmbeddedChartDouble {
    return counted(new EmbeddedChartDouble(world, sheet, id, spec, ranges), 'EmbeddedChart', world.ledger);
  }

  getChartId(): number {
    return this._chartId;
  }
  getRanges(): RangeDouble[] {
    return [...this._rangeObjects];
  }
  getNumHeaders(): number {
    return this._spec.numHeaders ?? -1;
  }
  getOptions(): { get(option: string): unknown } {
    const options = this._spec.options;
    return { get: (option: string) => options[option] ?? null };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number } {
    const position = this._spec.position;
    return { getAnchorRow: () => position?.row ?? 1, getAnchorColumn: () => position?.column ?? 1 };
  }
  modify(): ChartBuilderDouble {
    const builder = ChartBuilderDouble.create(this._world, this._sheet);
    builder._chartId = this._chartId;
    builder._type = this._spec.type;
    builder._options = { ...this._spec.options };
    builder._ranges = [...this._rangeObjects];
    builder._position = this._spec.position;
    return builder;
  }
}
