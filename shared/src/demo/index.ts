export { generateAbcDemo } from './abc';
export type { AbcDemo, AbcDemoOptions } from './abc';
export type { DailySeries } from './abc-series';
export { ABC } from './abc-series';
export { mulberry32, Random } from './prng';
export { toCsv } from './csv';
export type { CsvOptions } from './csv';
