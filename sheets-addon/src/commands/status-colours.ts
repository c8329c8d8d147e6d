/**
 * Status colours for conditional formatting. The rules match the status text the core
 * labels (STATUS_LABELS), so the colour follows the cell even after a user sorts or filters,
 * and the text still says the status for anyone who cannot tell the colours apart.
 */
import { statusLabel, type Locale, type StatusCode } from './core';

type Range = GoogleAppsScript.Spreadsheet.Range;

export const STATUS_COLOURS: Readonly<Record<StatusCode, { background: string; font: string }>> = {
  achieved: { background: '#b7e1cd', font: '#0d652d' },
  on_track: { background: '#ceead6', font: '#137333' },
  at_risk: { background: '#fef7cd', font: '#8a5a00' },
  off_track: { background: '#fad2cf', font: '#a50e0e' },
  not_started: { background: '#f1f3f4', font: '#5f6368' },
  no_data: { background: '#f1f3f4', font: '#5f6368' },
  closed: { background: '#e8eaed', font: '#3c4043' },
};

/**
 * One slice colour per status for the dashboard's pie: the same meaning as the cells (greens for achieved
 * and on track, amber at risk, red off track, greys without a judgement). Without it Google's default
 * palette would paint "On track" red and "Off track" green. The legend names every slice, so the colour
 * is never the only carrier of meaning.
 */
export const STATUS_SLICE_COLOURS: Readonly<Record<StatusCode, string>> = {
  achieved: '#188038',
  on_track: '#34a853',
  at_risk: '#fbbc04',
  off_track: '#ea4335',
  not_started: '#9aa0a6',
  no_data: '#dadce0',
  closed: '#5f6368',
};

/** The rules match the status words of the language the cascade is written in. */
export function statusRules(range: Range, lang: Locale = 'en'): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return (Object.keys(STATUS_COLOURS) as StatusCode[]).map((code) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(statusLabel(code, lang))
      .setBackground(STATUS_COLOURS[code].background)
      .setFontColor(STATUS_COLOURS[code].font)
      .setRanges([range])
      .build(),
  );
}
