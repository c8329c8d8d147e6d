export { resolveWindow, WINDOW_SPECS } from './resolveWindow';
export type { WindowOptions, WindowSpec } from './resolveWindow';
export { aggregate, parseAggregation, AGGREGATIONS } from './aggregate';
export { ratio } from './ratio';
