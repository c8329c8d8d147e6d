/**
 * Score band colours for conditional formatting: red below 0.4, yellow below 0.7, green from
 * 0.7 (the core's scoreBand). Sheets applies the first matching rule, so "below 0.7" after
 * "below 0.4" is the yellow band. The number stays readable without the colour.
 */
type Range = GoogleAppsScript.Spreadsheet.Range;

export const SCORE_COLOURS = {
  red: { background: '#fad2cf', font: '#a50e0e' },
  yellow: { background: '#fef7cd', font: '#8a5a00' },
  green: { background: '#ceead6', font: '#137333' },
} as const;

export function scoreRules(range: Range): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const rule = () => SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  return [
    rule().whenNumberLessThan(0.4).setBackground(SCORE_COLOURS.red.background).setFontColor(SCORE_COLOURS.red.font).build(),
    rule().whenNumberLessThan(0.7).setBackground(SCORE_COLOURS.yellow.background).setFontColor(SCORE_COLOURS.yellow.font).build(),
    rule().whenNumberGreaterThanOrEqualTo(0.7).setBackground(SCORE_COLOURS.green.background).setFontColor(SCORE_COLOURS.green.font).build(),
  ];
}
