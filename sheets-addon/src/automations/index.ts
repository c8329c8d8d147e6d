// google.script.run targets and trigger handlers of the automations; each becomes a global in Code.js.
export { showAutomationsSidebar, getAutomationsState, saveAutomationRules, setAutomationsEnabled, setRebuildOnChangeEnabled, runAutomationsNow } from './sidebar';
export { onOkrSheetChange } from './rebuild-on-change';
