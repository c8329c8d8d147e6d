/**
 * Sheet names as Sheets compares them: without regard to letter case. insertSheet("okrs")
 * fails with "A sheet with the name … already exists" while "OKRs" exists, and getSheetByName
 * finds either spelling, so a free name must be free in every spelling.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/** The names in use, keyed as Sheets compares them. */
export function takenSheetNames(spreadsheet: Spreadsheet): Set<string> {
  return new Set(spreadsheet.getSheets().map((s) => sheetNameKey(s.getName())));
}

/** The first candidate (`candidate(0)`, `candidate(1)`, …) no sheet uses in any letter case. */
export function firstFreeSheetName(spreadsheet: Spreadsheet, candidate: (n: number) => string): string {
  const taken = takenSheetNames(spreadsheet);
  for (let n = 0; ; n++) {
    const name = candidate(n);
    if (!taken.has(sheetNameKey(name))) return name;
  }
}
