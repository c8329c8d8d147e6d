/**
 * The double types strings the way Sheets types what a person enters (and what setValues writes),
 * per the spreadsheet's locale, and keeps them as given in plain-text cells. Tests that text
 * survives are only as strict as this.
 */
import { describe, expect, it } from 'vitest';
import { startOfCivilDay, zonedTime } from '@aligned/core';
import { createDouble, storeEntered, typedNumber, PLAIN_TEXT_FORMAT } from './double/index';

const year = new Date().getUTCFullYear();
const day = (y: number, m: number, d: number, zone = 'UTC') => startOfCivilDay(y, m, d, zone);
const stored = (text: string, locale: string, zone = 'UTC') => {
  const cell = storeEntered(text, Date, { locale, timeZone: zone });
  return cell.formula ?? (cell.value instanceof Date ? cell.value.getTime() : cell.value);
};

describe('strings are typed as Sheets types them', () => {
  it.each([
    ['42', 42],
    ['+1', 1],
    ['-7', -7],
    ['1,200', 1200],
    ['1.5', 1.5],
    ['1e5', 100_000],
    ['15%', 0.15],
    ['-2.5 %', -0.025],
    ['$1,200', 1200],
    ['-$5', -5],
    ['£3.50', 3.5],
    ['€ 40', 40],
    ['TRUE', true],
    ['false', false],
    ['=SUM(1)', '=SUM(1)'],
    ["'quoted", 'quoted'],
    ['2026-07-01', day(2026, 7, 1)],
    ['2026/7/1', day(2026, 7, 1)],
    ['1 Jan 2026', day(2026, 1, 1)],
    ['Jan 5, 2026', day(2026, 1, 5)],
    ['12:30', zonedTime(1899, 12, 30, 12, 30, 0, 0, 'UTC')],
    ['9:30 pm', zonedTime(1899, 12, 30, 21, 30, 0, 0, 'UTC')],
    ['Revenue $2M', 'Revenue $2M'],
    ['-5 cost cut', '-5 cost cut'],
    ['2026-13-45', '2026-13-45'],
  ])('en_GB: %j → %j', (text, expected) => expect(stored(text, 'en_GB')).toEqual(expected));

  it('day and month order follow the locale', () => {
    expect(stored('3/4', 'en_GB')).toBe(day(year, 4, 3));
    expect(stored('3/4', 'en_US')).toBe(day(year, 3, 4));
    expect(stored('3/4/2026', 'en_US')).toBe(day(2026, 3, 4));
    expect(stored('31/12/2026', 'en_US')).toBe('31/12/2026'); // no 31st month
  });

  it('the decimal separator follows the locale', () => {
    expect(typedNumber('1,5', 'de_DE')).toBe(1.5);
    expect(typedNumber('1.200', 'de_DE')).toBe(1200);
    expect(typedNumber('1.200,50 €', 'de_DE')).toBe(1200.5);
    expect(typedNumber('1,5', 'en_US')).toBeNull();
    expect(stored('1,5', 'en_US')).toBe('1,5');
  });

  it('a date is midnight of the day in the spreadsheet\'s zone', () => {
    expect(stored('2026-07-01', 'en_GB', 'Asia/Tokyo')).toBe(day(2026, 7, 1, 'Asia/Tokyo'));
  });

  it('a plain-text cell keeps any string exactly, apostrophe included', () => {
    for (const text of ['3/4', '$1,200', '=SUM(1)', "'quoted", 'TRUE', '15%', '2026-07-01']) {
      expect(storeEntered(text, Date, { plainText: true })).toEqual({ value: text, formula: null });
    }
  });

  it('setValues and appendRow read the cell\'s format and the spreadsheet\'s locale', () => {
    const gas = createDouble({ locale: 'en_US', timeZone: 'UTC' });
    const sheet = gas.spreadsheet.getSheets()[0];
    sheet.getRange(1, 1, 1, 2).setValues([['3/4', '3/4']]);
    sheet.getRange(2, 2).setNumberFormat(PLAIN_TEXT_FORMAT);
    sheet.getRange(2, 1, 1, 2).setValues([['3/4', '3/4']]);
    const values = sheet.getRange(1, 1, 2, 2).getValues();
    expect((values[0][0] as Date).getTime()).toBe(day(year, 3, 4));
    expect(values[1]).toEqual([expect.any(Date), '3/4']);
    gas.spreadsheet.setSpreadsheetLocale('de_DE');
    sheet.appendRow(['1,5']);
    expect(sheet.getRange(3, 1).getValue()).toBe(1.5);
  });
});
