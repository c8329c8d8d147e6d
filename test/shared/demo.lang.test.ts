import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABC_WORDS_EN, ABC_WORDS_RU, buildCascade, COLUMNS, evaluateCascade, generateAbcDemo, parseRows } from '@aligned/core';

const title = COLUMNS.indexOf('Title');
const owner = COLUMNS.indexOf('Owner');
const root = join(__dirname, '..', '..');
const run = (args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'shared', 'cli', 'demo.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('the ABC demo in Russian', () => {
  const en = generateAbcDemo({ seed: 42 });
  const ru = generateAbcDemo({ seed: 42, words: ABC_WORDS_RU });

  it('is the English demo by default', () => {
    expect(generateAbcDemo({ seed: 42, words: ABC_WORDS_EN })).toEqual(en);
  });

  it('tells the same company: same rows, IDs and numbers, only titles and owners in Russian', () => {
    expect(ru.rows.length).toBe(en.rows.length);
    expect(ru.checkIns).toEqual(en.checkIns);
    expect(ru.daily).toEqual(en.daily);
    ru.rows.forEach((row, i) => {
      const english = en.rows[i];
      row.forEach((cell, j) => {
        if (i === 0 || (j !== title && j !== owner)) expect(cell, `row ${i + 1}, ${COLUMNS[j]}`).toEqual(english[j]);
      });
      if (i > 0) {
        expect(String(row[title]), `row ${i + 1}`).toMatch(/[А-Яа-яЁё]/);
        expect(String(row[title]), `row ${i + 1}`).not.toBe(String(english[title]));
        expect(String(row[owner]), `row ${i + 1}`).toMatch(/^[А-Яа-яЁё -]+$/);
      }
    });
  });

  it('scores exactly like its English twin', () => {
    const score = (rows: unknown[][]) =>
      [...evaluateCascade(buildCascade(parseRows(rows).nodes), { asOf: en.asOf }).values()].map((e) => [e.id, e.progress, e.status.code, e.score]);
    expect(score(ru.rows)).toEqual(score(en.rows));
  });

  it('prints in Russian with --lang ru, and refuses other languages clearly', () => {
    const out = run(['--lang', 'ru']);
    expect(out.split('\n')[0]).toMatch(/^Демо ABC, seed 42, на 15 мая 2027 г\. \(95 строк, продажи за 865 дней\)$/);
    expect(out).toMatch(/ID\s+Название\s+Владелец\s+Прогресс\s+Статус\s+Оценка/);
    expect(out).toMatch(/^MISSION\s+ABC: прибыль \$1 млн за три года\s+Генеральный директор\s+\d+\s%\s+По плану\s+\d,\d( прогноз)?( \*)?$/m);
    expect(out).not.toMatch(/On track|Off track|At risk|Achieved|No data|Not started|projected|Scores are|final score/);
    expect(() => run(['--lang', 'de'])).toThrow(/--lang expects en or ru, found "de"/);
  }, 60_000);
});
