/**
 * Results that refresh themselves: an installable "on change" trigger rebuilds the cascade and
 * the dashboard when the OKR sheet changes. Apps Script has no timers, so the debounce works
 * with the document's properties: each change stamps the time and waits for the burst to
 * settle; only the run whose stamp is still the newest rebuilds, and never sooner than a
 * minute after the last rebuild. The add-on's own writes never fire the trigger (script
 * executions do not cause triggers to run), so a rebuild cannot start another.
 */
import { writeCascade } from '../commands/build-cascade';
import { writeDashboard } from '../commands/build-dashboard';
import { BUSY_MESSAGE, withDocumentLock } from '../commands/lock';
import { messageOf } from '../commands/menu-command';
import { loadOkrModel } from '../commands/okr-model';
import { KEYS, documentProperties } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CHANGE_HANDLER = 'onOkrSheetChange';
/** How long a burst of edits may pause before it counts as finished. */
export const SETTLE_MS = 5_000;
/** The least time between two rebuilds. */
export const MIN_REBUILD_INTERVAL_MS = 60_000;

export function changeTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === CHANGE_HANDLER);
}

export function rebuildOnChangeOn(spreadsheet: Spreadsheet): boolean {
  return changeTriggers(spreadsheet).length > 0;
}

export function setRebuildOnChange(spreadsheet: Spreadsheet, on: boolean): void {
  const existing = changeTriggers(spreadsheet);
  if (on && existing.length === 0) ScriptApp.newTrigger(CHANGE_HANDLER).forSpreadsheet(spreadsheet).onChange().create();
  if (!on) for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
}

/** The trigger's handler. Returns what it did, for tests and the execution log. */
export function onOkrSheetChange(_event?: unknown): 'rebuilt' | 'superseded' | 'busy' | 'no spreadsheet' {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) return 'no spreadsheet';
  const props = documentProperties();
  const stamp = String(Date.now());
  props.setProperty(KEYS.rebuildRequested, stamp);
  Utilities.sleep(SETTLE_MS);
  if (props.getProperty(KEYS.rebuildRequested) !== stamp) return 'superseded';
  const last = Number(props.getProperty(KEYS.rebuildDone) ?? '0');
  const wait = last + MIN_REBUILD_INTERVAL_MS - Date.now();
  if (wait > 0) {
    Utilities.sleep(wait);
    if (props.getProperty(KEYS.rebuildRequested) !== stamp) return 'superseded';
  }
  try {
    withDocumentLock(() => {
      const model = loadOkrModel(spreadsheet);
      writeCascade(model);
      writeDashboard(model);
      props.setProperty(KEYS.rebuildDone, String(Date.now()));
    });
  } catch (error) {
    if (messageOf(error) === BUSY_MESSAGE) return 'busy';
    throw error;
  }
  return 'rebuilt';
}
