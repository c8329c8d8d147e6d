/**
 * The custom functions Sheets calls from cells. Each is one file: the JSDoc above it is
 * what Sheets shows in autocomplete (the build copies it onto the top-level function),
 * and its body only adapts cell values to the core; all arithmetic is the core's.
 */
export { OKR_PROGRESS } from './okrProgress';
export { OKR_RANGE } from './okrRange';
export { OKR_EXPECTED } from './okrExpected';
export { OKR_STATUS } from './okrStatus';
export { OKR_SCORE } from './okrScore';
export { OKR_PROJECTED_SCORE } from './okrProjectedScore';
export { OKR_FORECAST } from './okrForecast';
export { OKR_ROLLUP } from './okrRollup';
export { OKR_AGGREGATE } from './okrAggregate';
export { OKR_HEALTH } from './okrHealth';
