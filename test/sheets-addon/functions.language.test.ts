/** Custom functions in the spreadsheet's language, against the TypeScript sources. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoreKeyResult, STATUS_LABELS_RU } from '@aligned/core';
import { OKR_HEALTH } from '../../sheets-addon/src/functions/okrHealth';
import { OKR_ROLLUP } from '../../sheets-addon/src/functions/okrRollup';
import { OKR_STATUS } from '../../sheets-addon/src/functions/okrStatus';
import { sheetLanguage } from '../../sheets-addon/src/functions/language';
import { resultProgress } from '../../sheets-addon/src/functions/progressInputs';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const [JAN1, DEC31, JUL2] = [day('2026-01-01'), day('2026-12-31'), day('2026-07-02')];
const col = (...values: unknown[]) => values.map((v) => [v]);

/** A spreadsheet whose File → Settings → Locale is `locale`. */
function spreadsheetIn(locale: string): void {
  vi.stubGlobal('SpreadsheetApp', {
    getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale, getSpreadsheetTimeZone: () => 'UTC' }),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the spreadsheet's language", () => {
  it('is Russian for a Russian locale, in either form Sheets reports', () => {
    for (const locale of ['ru_RU', 'ru']) {
      spreadsheetIn(locale);
      expect(sheetLanguage()).toBe('ru');
    }
  });

  it('is English for any other locale, and when the spreadsheet cannot be read', () => {
    for (const locale of ['en_US', 'de_DE', 'uk_UA', '']) {
      spreadsheetIn(locale);
      expect(sheetLanguage()).toBe('en');
    }
    vi.stubGlobal('SpreadsheetApp', { getActiveSpreadsheet: () => { throw new Error('You do not have permission'); } });
    expect(sheetLanguage()).toBe('en');
  });
});

describe('custom functions in a Russian spreadsheet', () => {
  it('OKR_STATUS writes Russian status words, the same for every cell of a range', () => {
    spreadsheetIn('ru_RU');
    expect(OKR_STATUS(0.45, JAN1, DEC31, JUL2)).toBe('По плану');
    const out = OKR_STATUS(col(1, 0.45, 0.1, '', 0.5), JAN1, DEC31, col(JUL2, JUL2, JUL2, JUL2, day('2025-12-01'))) as string[][];
    expect(out).toEqual(col('Достигнуто', 'По плану', 'Отстаёт', 'Нет данных', 'Не начато'));
    for (const [word] of out) expect(Object.values(STATUS_LABELS_RU)).toContain(word);
  });

  it('OKR_STATUS stays English in an English spreadsheet (formulas comparing with "On track" keep working)', () => {
    spreadsheetIn('en_GB');
    expect(OKR_STATUS(0.45, JAN1, DEC31, JUL2)).toBe('On track');
  });

  it('OKR_HEALTH writes Russian health words', () => {
    spreadsheetIn('ru');
    expect(OKR_HEALTH(col(5, 10.5, 12, ''), 0, 10)).toEqual(col('В норме', 'Внимание', 'Вне нормы', 'Нет данных'));
  });

  it("puts the core's explanation in Russian on a cell that cannot be scored", () => {
    spreadsheetIn('ru_RU');
    const invalid = scoreKeyResult({ kind: 'range', current: 5, low: 9, high: 1 });
    expect(() => resultProgress(invalid)).toThrow(/^Невозможно оценить: нижняя граница 9 выше верхней 1; поменяйте их местами\.$/);
    expect(resultProgress(scoreKeyResult({ kind: 'increase', current: 5, target: 10, baseline: 0 }))).toBe(0.5);
  });

  it('OKR_ROLLUP explains a loop in Russian on every row of it', () => {
    spreadsheetIn('ru_RU');
    const out = OKR_ROLLUP(col('A', 'B', 'C'), col('B', 'A', ''), col(0.5, 0.5, 0.2)) as unknown[][];
    expect(out[2][0]).toBe(0.2);
    for (const row of [0, 1]) expect(String(out[row][0])).toMatch(/^Строка \d, столбец «Родитель»: «A», «B» замыкаются в круг/);
  });
});
