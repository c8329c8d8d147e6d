export { ValueError, describeValue } from './ValueError';
export { isMissing } from './isMissing';
export { toNumber } from './toNumber';
export { toBoolean } from './toBoolean';
export { toTime } from './toTime';
export { formatNumber, MISSING_TEXT, MINUS } from './formatNumber';
export type { FormatNumberOptions } from './formatNumber';
export { formatPercent } from './formatPercent';
export { withArticle } from './withArticle';
