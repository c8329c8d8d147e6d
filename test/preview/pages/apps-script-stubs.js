/*
 * The few Apps Script services the add-on's custom functions may touch, stubbed for a
 * browser page: a spreadsheet in UTC, a logger that writes to the console. Loaded before
 * sheets-addon/dist/Code.js, whose top-level functions then become window globals,
 * exactly as they are globals of the Apps Script project.
 */
window.SpreadsheetApp = {
  getActiveSpreadsheet: function () {
    return { getSpreadsheetTimeZone: function () { return 'UTC'; } };
  },
};
window.Session = {
  getScriptTimeZone: function () { return 'UTC'; },
  getActiveUser: function () { return { getEmail: function () { return 'preview@example.com'; } }; },
};
window.Logger = { log: function () { console.info.apply(console, arguments); } };
