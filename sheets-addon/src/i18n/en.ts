/**
 * The add-on's own words in English: the default, and the source every other language
 * follows (ru.ts must give every key, with the same parameters). Only what the add-on itself
 * says lives here (menu, sidebars, alerts, toasts, the sheets it writes, its refusals); the
 * core's explanations, status words and problems come from the core's catalogue.
 *
 * A value is either the text, or a function of the few values the text needs.
 */
const q = (s: string) => `"${s}"`;

export const EN = {
  // ── Menu (Extensions ▸ Aligned OKRs) and window titles ──
  mSample: 'Insert sample OKRs',
  mCascade: 'Build cascade',
  mDashboard: 'Build dashboard',
  mCheckIn: 'Check in…',
  mValidate: 'Validate…',
  mMap: 'Map columns…',
  mRefresh: 'Hourly refresh on/off',
  mAutomations: 'Automations…',
  mLanguage: 'Language…',
  tCheckIn: 'Aligned: check in',
  tValidate: 'Aligned: validate',
  tMap: 'Aligned: map columns',
  tAutomations: 'Aligned: automations',
  tLanguage: 'Aligned: language',
  /** How a person finds a menu item, in refusals and hints. */
  menuPath: (item: string) => `Extensions ▸ Aligned OKRs ▸ ${item}`,

  // ── Sheets the add-on makes ──
  sCascade: 'OKR Cascade',
  sDashboard: 'OKR Dashboard',
  sCheckIns: 'Check-ins',
  sLog: 'Aligned log',

  // ── Toasts and refusals of the commands ──
  built: (understood: string, what: string, sheet: string, goals: number) =>
    `${understood} ${what} updated in ${q(sheet)} from ${goals} goal${goals === 1 ? '' : 's'}.`,
  issues: (errors: number, warnings: number, sheet: string, validate: string) =>
    ` ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${q(sheet)}: see ${validate}.`,
  nothingToBuild: (understood: string, sheet: string) => `${understood} Nothing to build: no usable OKR rows in the sheet ${q(sheet)}.`,
  firstProblem: (problem: string) => ` First problem: ${problem}`,
  addRows: ' Add rows below the header (at least an ID and a Title).',
  unchanged: ' Nothing was changed.',
  nothingToChart: (sheet: string) => `Nothing to chart: no usable OKR rows in the sheet ${q(sheet)}. Nothing was changed.`,
  sampleDone: (sheet: string) => `Sample OKRs for the ABC company inserted in ${q(sheet)}. Next: Build cascade.`,
  sampleComment: 'Sample check-in',
  refreshOff: 'Hourly refresh is off. Build cascade and Build dashboard still work from the menu.',
  refreshOn: 'Hourly refresh is on: the cascade and the dashboard are rebuilt about once an hour.',
  busy: 'Aligned is already updating this spreadsheet (another person, or the hourly refresh). Nothing was changed: try again in a minute.',
  notOwned: (sheet: string) => `Aligned did not make the sheet ${q(sheet)}, so it will not write to it. Nothing was changed.`,
  noOkrSheet:
    'No OKR sheet found: expected a sheet with a header naming OKR columns (ID and Title, or Objective and Key result, or Title with Owner, Target, Current, Progress…) in one of its first 20 rows.',
  lookedAt: (list: string) => ` Looked at ${list}.`,
  lookedAtNone: 'no sheet of yours (only the add-on\'s own)',
  askMapColumns: (map: string) => `Use ${map} to say.`,
  noOkrHint: (map: string) => ` Select your OKR sheet and use ${map} to say which column holds what, or use Insert sample OKRs to see the layout.`,
  lackEmpty: 'empty',
  lackNoHeader: 'no header: none of its first 20 rows names two OKR columns (ID, Title, Objective, Key result, Owner, Target…)',
  lackNoRows: (row: number) => `a header in row ${row} but no goal rows below it`,

  // ── The OKR Cascade sheet ──
  cascadeHeader: ['Level', 'ID', 'Type', 'Title', 'Owner', 'Kind', 'Current', 'Target', 'Progress', 'Bar', 'Rolled up from', 'Status', 'Score', 'Explanation'],
  typeObjective: 'Objective',
  typeKeyResult: 'Key result',
  typeInitiative: 'Initiative',
  typeKpi: 'KPI',
  /** The Level and Kind columns: the reader's codes as words. */
  levels: { mission: 'Mission', pillar: 'Pillar', annual: 'Annual', quarterly: 'Quarterly', monthly: 'Monthly', weekly: 'Weekly', task: 'Task' } as Record<string, string>,
  kinds: { increase: 'increase', decrease: 'decrease', above: 'above', below: 'below', range: 'range', milestone: 'milestone', track: 'track' } as Record<string, string>,
  done: 'Done',
  notDone: 'Not done',
  sheetSays: (text: string) => `The sheet says: ${text}.`,
  /** Sheets number format: the score followed by the word in quotes. */
  projectedFormat: '0.0" projected"',

  // ── The OKR Dashboard sheet and its charts ──
  dObjective: 'Objective',
  dProgress: 'Progress',
  dByObjective: 'Progress by objective',
  dKeyResults: 'Key results',
  dGoals: 'Goals',
  dStatus: 'Status',
  dByStatus: (what: string) => `${what} by status`,
  dGoal: 'Goal',
  dParent: 'Parent',
  dCascade: 'OKR cascade',
  dDate: 'Date',
  dKrProgress: (id: string) => `${id} progress`,
  dExpected: 'Expected (pace)',
  dTrend: (title: string) => `${title}: progress against pace`,
  dScore: (label: string) => `score ${label}`,

  // ── Check-ins log and Aligned log ──
  checkInHeader: ['Timestamp', 'ID', 'Value', 'Confidence', 'Comment', 'User'],
  logHeader: ['Time', 'Rule', 'Event key', 'Key result', 'Recipient', 'Subject', 'Result'],

  // ── Check in ──
  ciNoKr: 'No key results found. Expected rows whose Type is "key result" (or KPI) in your OKR sheet. Add one, or use Insert sample OKRs, then reopen this sidebar.',
  ciKr: 'Key result',
  ciValue: 'New value',
  ciValueHint: 'e.g. 1200, 1,200 or 15 %',
  ciConfidence: 'Confidence it will be met',
  ciNotRated: 'Not rated',
  ciC10: '10 – certain',
  ciC7: '7 – likely',
  ciC5: '5 – even',
  ciC3: '3 – unlikely',
  ciC0: '0 – will not happen',
  ciComment: 'Comment',
  ciCommentHint: 'What moved, what is blocking',
  ciSave: 'Record check-in',
  ciCurrent: 'Current value: ',
  ciNoCurrent: 'No current value yet.',
  ciSaving: 'Saving…',
  ciRecorded: 'Recorded.',
  ciLogged: (value: string, kr: string, sheet: string) =>
    `Recorded ${value} for ${kr} in the Check-ins log. ${q(sheet)} is not changed: the cascade reads the latest check-in.`,
  ciWritten: (value: string, id: string, row: number, sheet: string) => `Recorded ${value} for ${id} (row ${row} of ${q(sheet)}).`,
  ciNotRecorded: ' Nothing was recorded.',
  ciGone: (id: string, sheet: string) =>
    `Key result ${q(id)} is no longer in the sheet ${q(sheet)} (it may have been renamed or deleted). Nothing was recorded: reopen the check-in sidebar.`,
  ciTwice: (id: string, rows: string, sheet: string) =>
    `ID ${q(id)} is used by rows ${rows} of ${q(sheet)}; expected one row. Nothing was recorded: give each row its own ID.`,
  ciNotKr: (id: string, row: number, objective: boolean) =>
    `${q(id)} in row ${row} is ${objective ? 'an objective' : 'an initiative'}; check-ins record a key result's value. Pick a key result.`,
  ciNoCurrentColumn: (sheet: string) =>
    `The sheet ${q(sheet)} has no Current column; expected one to hold each key result's latest value. Add a column headed Current, then check in again. Nothing was recorded.`,
  ciNoForm: 'Check-in: expected the form fields (key result, value, confidence, comment), found nothing. Reload the sidebar and try again.',
  ciNoPick: 'Key result: expected one to be picked, found none. Pick the key result you are checking in on.',
  ciEmptyValue: 'Value: expected the key result\'s new value, found an empty field. Type a number such as 1200, "1,200" or "15 %".',
  ciFieldValue: 'Value',
  ciFieldConfidence: 'Confidence',
  ciLongComment: (max: number, found: number) => `Comment: expected at most ${max} characters, found ${found}. Shorten the comment.`,

  // ── Validate ──
  vNone: (sheet: string, rows: number) => `No problems found in ${q(sheet)} (${rows} row${rows === 1 ? '' : 's'} read).`,
  vSome: (count: number, sheet: string) => `${count} problem${count === 1 ? '' : 's'} in ${q(sheet)}. Click an address to go to the cell.`,
  vMore: (more: number) => `… and ${more} more. Fix these first, then run Validate again.`,
  vRow: (row: number) => `Row ${row}`,
  vBadAddress: (found: string) => `Expected a cell address such as 'OKRs'!B7, found ${found}. Run Validate again.`,
  vSheetGone: (sheet: string) => `The sheet ${q(sheet)} no longer exists (renamed or deleted). Run Validate again.`,
  vOutside: (cell: string, sheet: string, rows: number, columns: number, last: string) =>
    `The cell ${cell} is outside the sheet ${q(sheet)}, which has ${rows} rows and ${columns} columns (A to ${last}): the sheet changed since Validate ran. Run Validate again.`,

  // ── Map columns ──
  mcReading: 'Reading the sheet…',
  mcSheet: 'Sheet',
  mcHeaderRow: 'Header row (the row with the column names)',
  mcPeriod: 'Period group',
  mcColumns: 'Columns',
  mcSave: 'Save mapping',
  mcDetect: 'Detect again',
  mcFirstRows: 'First rows as read',
  mcToday: 'The one containing today',
  mcNoPeriods: 'No period groups in this sheet',
  mcNotHere: 'not in this sheet',
  mcUsingSaved: 'Using the saved mapping.',
  mcDetected: 'Detected; nothing is saved yet.',
  mcPreviewOnly: 'Preview only: press Save mapping to use it.',
  mcSaved: (understood: string) => `Saved. ${understood} Every command now reads the sheet this way.`,
  mcCleared: 'Mapping cleared: commands detect the layout again.',
  mcNoGoal: (sheet: string, row: number) =>
    `With this mapping no goal is read from '${sheet}' (expected rows with a title below header row ${row}). Check the header row and the Title column. Nothing was saved.`,
  mcOwnSheet: (sheet: string) => `Map columns, sheet: expected one of your sheets, found the add-on's own sheet '${sheet}'. Pick your OKR sheet.`,
  mcSheetGone: 'Map columns, sheet: expected one of your sheets, found a sheet that no longer exists. Pick your OKR sheet.',
  mcOnlyOwn: 'Map columns: expected a sheet of yours with OKR rows, found only the add-on\'s own sheets. Add or select your OKR sheet first.',
  previewHeader: ['Row', 'Type', 'Title', 'Parent', 'Owner', 'Current → Target'],
  /** What each role of the column mapping is called (the reader's own column names). */
  roles: {
    ID: 'ID', Parent: 'Parent', Level: 'Level', Type: 'Type', Outline: 'Outline', Objective: 'Objective', KeyResult: 'Key result',
    Title: 'Title', Owner: 'Owner', Kind: 'Kind', Unit: 'Unit', Baseline: 'Baseline', Target: 'Target', Current: 'Current', Low: 'Low',
    High: 'High', Weight: 'Weight', Start: 'Start', End: 'End', Confidence: 'Confidence', Metric: 'Metric', Progress: 'Progress',
    Status: 'Status',
  } as Record<string, string>,

  // ── Automations ──
  aOn: 'Automations on',
  aHourly: '(checked about once an hour)',
  aRebuild: 'Rebuild cascade and dashboard when the OKR sheet changes',
  aLoading: 'Loading…',
  aWouldSend: 'What would be sent now',
  aRun: 'Run now',
  aStale: 'Not updated within their cadence',
  aRules: 'Rules',
  aRulesJson: 'Rules (JSON)',
  aSave: 'Save rules',
  aLog: 'Aligned log (latest)',
  aUpToDate: 'Every key result is up to date.',
  aNothing: 'Nothing to send right now.',
  aTo: 'To: ',
  aIsOn: 'Automations are on.',
  aIsOff: 'Automations are off: nothing is sent.',
  aWorking: 'Working…',
  aQuotaLow: (left: number, wanted: number) =>
    `Only ${left} e-mails left in today's quota of this Google account, ${wanted} to send: the rest wait for a later run.`,
  aQuota: (left: number) => `${left} e-mails left in today's quota of this Google account.`,
  aSent: (sent: number) => `${sent} e-mail${sent === 1 ? '' : 's'} sent.`,
  aNotSent: (n: number) => `${n} not sent (see the Aligned log).`,
  aQuotaUsed: 'Today\'s e-mail quota is used up: the rest go out on a later run.',
  aNoAddress: (n: number) => `${n} without an address.`,
  aQuiet: (n: number) => `${n} waiting for quiet hours to end.`,
  aExpectedEvery: (days: number) => `(expected every ${days} day${days === 1 ? '' : 's'})`,

  // ── Mails the rules send (subjects and items come from the core's catalogue) ──
  mailIntro: {
    checkin_due: 'These key results have not been checked in within their cadence:',
    status_changed: 'The status of these key results changed:',
    crossed: 'These key results crossed a level you watch:',
    became_stale: 'These key results have not been updated for longer than their cadence allows:',
    digest: 'This week in the OKRs:',
  } as Readonly<Record<string, string>>,
  mailCheckIn: (menuItem: string) => `Open the sheet and use ${menuItem} to record the new values.`,
  mailOpen: 'Open the sheet to see the cascade.',
  mailFooter: (rule: string, menuItem: string) => `Sent by the Aligned OKRs add-on, rule “${rule}”. Turn it off under ${menuItem}.`,

  // ── Stored rules and the People sheet ──
  rulesUnreadable: 'Rules: expected JSON text, found text that does not parse. Open Automations… and save the rules again.',
  rulesNotJson: (detail: string) => `Rules: expected JSON text (a list of rules), found text that does not parse (${detail}). Nothing was saved.`,
  rulesNotText: 'Rules: expected the rules as JSON text from the sidebar, found something else. Nothing was saved: reopen Automations….',
  rulesTooLong: (max: number, found: number) => `Rules: expected at most ${max} characters of rules, found ${found}. Nothing was saved: remove some rules.`,
  nothingSaved: 'Nothing was saved.',
  peopleNoColumns: (sheet: string, found: string) =>
    `Sheet "${sheet}", row 1: expected an Owner (or Name) column and an Email column, found ${found || 'no headers'}. Owners are not looked up there until both exist.`,
  peopleBadEmail: (sheet: string, row: number, name: string, email: string) =>
    `Sheet "${sheet}", row ${row}, column Email: expected an e-mail address such as ana@example.com for "${name}", found "${email}". No mail goes to ${name || 'this person'} until it is corrected.`,

  // ── Language setting ──
  lChoose: 'Language of the add-on\'s menu, sidebars, messages and the sheets it writes:',
  lAuto: (locale: string) => `Spreadsheet locale (${locale})`,
  lSave: 'Save',
  lSaved: 'Saved. Rebuild the cascade and the dashboard to rewrite them in this language; reopen the file to see the menu in it.',
  lNote: 'Custom functions (=OKR_STATUS…) always follow the spreadsheet locale, so formulas that compare their words keep working.',
  lBad: (found: string) => `Language: expected "auto", "en" or "ru", found ${found}. Nothing was saved.`,
};

export type UiText = typeof EN;
