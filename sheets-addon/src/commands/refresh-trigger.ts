/**
 * Extensions ▸ Aligned OKRs ▸ Hourly refresh on/off: an installable time-driven trigger that
 * rebuilds the cascade and the dashboard every hour. Editor add-ons may hold one trigger of
 * each kind per user and document, and at most hourly, so the toggle deletes before creating
 * and never makes a second one.
 */
import { writeCascade } from './build-cascade';
import { writeDashboard } from './build-dashboard';
import { BUSY_MESSAGE, withDocumentLock } from './lock';
import { messageOf, runMenuCommand } from './menu-command';
import { loadOkrModel } from './okr-model';
import { clockTriggers, ensureClockTrigger, hourlyRefreshWanted, releaseClockTrigger, setHourlyRefreshWanted } from '../automations/clock-trigger';
import { runScheduledAutomations } from '../automations/run';
import { automationsOn } from '../automations/settings';

export const REFRESH_HANDLER = 'refreshAll';

/** Menu item. */
export function toggleHourlyRefresh(): void {
  runMenuCommand((spreadsheet, text) => {
    // The one hourly trigger is shared with the automations (see automations/clock-trigger).
    if (clockTriggers(spreadsheet).length > 0 && hourlyRefreshWanted()) {
      setHourlyRefreshWanted(false);
      releaseClockTrigger(spreadsheet);
      return text.refreshOff;
    }
    setHourlyRefreshWanted(true);
    ensureClockTrigger(spreadsheet);
    return text.refreshOn;
  });
}

/**
 * The trigger's handler (also callable by hand). There is no user interface in a
 * time-driven run, so nothing here may call getUi(); a busy lock just waits for next hour.
 */
export function refreshAll(_event?: unknown): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) {
    console.warn('Aligned refresh: no active spreadsheet in this run; nothing was refreshed.');
    return;
  }
  try {
    if (hourlyRefreshWanted()) {
      withDocumentLock(() => {
        const model = loadOkrModel(spreadsheet);
        writeCascade(model);
        writeDashboard(model);
      });
    }
  } catch (error) {
    if (messageOf(error) !== BUSY_MESSAGE) throw error;
  }
  if (automationsOn()) runScheduledAutomations(spreadsheet);
}
