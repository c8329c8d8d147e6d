/** @OnlyCurrentDoc */
/**
 * The Apps Script entry of the Aligned add-on.
 *
 * Everything exported here becomes a top-level function in dist/Code.js (see
 * build/AppsScriptGlobalsPlugin.mjs): the custom functions Sheets calls from cells,
 * and the commands (triggers, menu items, sidebar callbacks) owned by src/commands/.
 * `@OnlyCurrentDoc` limits authorisation to the spreadsheet the add-on runs in; the
 * build repeats it at the top of Code.js, where Apps Script looks for it.
 */
export * from './functions/index';
export * from './commands/index';
