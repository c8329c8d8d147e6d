// Every export here becomes a top-level Apps Script function in dist/Code.js (Code.ts re-exports
// this file): simple triggers, menu items, google.script.run targets and the trigger handler.
// Export functions only; helpers stay inside their modules.
export { onOpen, onInstall } from './menu';
export { insertSampleOkrs } from './insert-sample';
export { buildCascadeSheet } from './build-cascade';
export { buildDashboardSheet } from './build-dashboard';
export { showCheckInSidebar, getCheckInChoices, recordCheckIn } from './check-in';
export { showValidateSidebar, selectCell } from './validate';
export { showMapColumnsSidebar, getColumnMapping, previewColumnMapping, saveColumnMapping, clearColumnMapping } from './map-columns';
export { toggleHourlyRefresh, refreshAll } from './refresh-trigger';
export { showLanguageDialog, setAddonLanguage } from './language';
export * from '../automations/index';
