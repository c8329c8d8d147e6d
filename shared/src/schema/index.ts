export { COLUMNS, REQUIRED_COLUMNS, HEADER_ALIASES, normalizeHeader, columnForHeader } from './columns';
export type { Column } from './columns';
export { matchLevel, matchType, matchKind, LEVEL_WORDS, TYPE_WORDS, KIND_WORDS } from './vocabulary';
export { parseRows } from './parse-rows';
export type { ParseOptions, ParseResult } from './parse-rows';
export { parseRecords, fromColumns } from './records';
export { validateNode } from './validate';
export { parseCheckIns, attachCheckIns } from './check-ins';
export type { CheckInParseResult } from './check-ins';
