export { paceForecast } from './paceForecast';
export { trendForecast } from './trendForecast';
export type { TrendOptions, TrendForecast } from './trendForecast';
export { dailyCheckIns } from './dailyCheckIns';
export { leastSquares } from './leastSquares';
