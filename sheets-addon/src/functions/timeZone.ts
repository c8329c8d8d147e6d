/**
 * The time zone that decides where a day starts and ends for date arguments.
 *
 * Sheets turns a date cell into a `Date` at midnight in the spreadsheet's zone, so day
 * boundaries must be taken in that zone too, or a quarter starting 1 April in Tokyo would
 * start on 31 March. The spreadsheet's zone is readable from a custom function (the
 * Spreadsheet service is read-only there and needs no authorisation). When it cannot be
 * read, the script's zone (the manifest's `timeZone`) is next best, then UTC. Every lookup
 * is guarded: a custom function must never fail because a service is unavailable.
 */
export function sheetTimeZone(): string {
  return (
    validZone(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()) ??
    validZone(() => Session.getScriptTimeZone()) ??
    'UTC'
  );
}

function validZone(read: () => string | null | undefined): string | null {
  try {
    const zone = read();
    if (typeof zone !== 'string' || zone === '') return null;
    // Throws RangeError for a name this runtime does not know.
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}
