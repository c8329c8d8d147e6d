// The public surface of the scoring core. Front ends import from here only.
export * from './types';
export * from './values/index';
export * from './progress/index';
export * from './time/index';
export * from './status/index';
export * from './forecast/index';
export * from './grade/index';
export * from './health/index';
export * from './aggregate/index';
export * from './schema/index';
export * from './cascade/index';
export * from './demo/index';
export * from './rules/index';
export * from './i18n/index';
