/**
 * Editor add-ons may hold one time-driven trigger per user and document, at most hourly. The
 * hourly refresh and the automations therefore share one: its handler is the refresh's
 * `refreshAll`, which rebuilds the sheets when the hourly refresh is wanted and runs the
 * automations when they are on. The trigger exists while either is wanted.
 */
import { KEYS, automationsOn, documentProperties } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CLOCK_HANDLER = 'refreshAll';

export function clockTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === CLOCK_HANDLER);
}

/** Whether the hourly trigger should rebuild the sheets (absent = yes, as before automations existed). */
export function hourlyRefreshWanted(props = documentProperties()): boolean {
  return props.getProperty(KEYS.refresh) !== 'off';
}

export function setHourlyRefreshWanted(on: boolean, props = documentProperties()): void {
  if (on) props.deleteProperty(KEYS.refresh);
  else props.setProperty(KEYS.refresh, 'off');
}

/** Makes the hourly trigger when there is none. */
export function ensureClockTrigger(spreadsheet: Spreadsheet): void {
  if (clockTriggers(spreadsheet).length === 0) ScriptApp.newTrigger(CLOCK_HANDLER).timeBased().everyHours(1).create();
}

/** Removes the hourly trigger once neither the refresh nor the automations want it. */
export function releaseClockTrigger(spreadsheet: Spreadsheet, props = documentProperties()): void {
  if (automationsOn(props) || hourlyRefreshWanted(props)) return;
  for (const trigger of clockTriggers(spreadsheet)) ScriptApp.deleteTrigger(trigger);
}
