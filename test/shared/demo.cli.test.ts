import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRows } from '@aligned/core/schema/index';

const root = join(__dirname, '..', '..');
const run = (args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'shared', 'cli', 'demo.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('shared/cli/demo.ts', () => {
  it('prints the ABC cascade as an indented table and writes CSV and JSON files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'abc-'));
    try {
      const out = run(['--seed', '42', '--csv', dir, '--json', dir]);
      const lines = out.split('\n');
      expect(lines[0]).toContain('ABC demo, seed 42, as of 2027-05-15');
      expect(out).toMatch(/ID\s+Title\s+Owner\s+Progress\s+Status\s+Score/);
      expect(out).toMatch(/^MISSION\s+ABC: \$1M profit in three years\s+CEO\s+\d+ %/m);
      expect(out).toMatch(/^MISSION-KR1 {4,}Cumulative profit/m); // indented one level
      expect(out).not.toMatch(/^(error|warning):/m);
      for (const file of ['abc-rows.csv', 'abc-checkins.csv', 'abc-daily.csv', 'abc-rows.json', 'abc-daily.json']) {
        expect(existsSync(join(dir, file))).toBe(true);
      }
      const rows = JSON.parse(readFileSync(join(dir, 'abc-rows.json'), 'utf8')) as unknown[][];
      expect(parseRows(rows).problems).toEqual([]);
      expect(readFileSync(join(dir, 'abc-daily.csv'), 'utf8').split('\r\n')[0]).toBe('Date,Leads,Deals,Amount');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses an unknown option with a clear message', () => {
    expect(() => run(['--colour'])).toThrow(/Unknown option "--colour"/);
  }, 60_000);
});
