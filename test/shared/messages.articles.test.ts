/** "a ID" reads as a fault: every message in the core and the add-on uses the right article. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withArticle } from '@aligned/core';

const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) ? [path] : [];
  });
}

describe('indefinite articles', () => {
  it.each([
    ['ID', 'an ID'],
    ['OKR', 'an OKR'],
    ['KPI', 'a KPI'],
    ['SLA', 'an SLA'],
    ['Title', 'a Title'],
    ['Owner', 'an Owner'],
    ['aspirational', 'an aspirational'],
    ['committed', 'a committed'],
    ['unique code', 'a unique code'],
    ['End', 'an End'],
  ])('%s → %s', (noun, expected) => expect(withArticle(noun)).toBe(expected));

  it('no message text in shared/src or sheets-addon/src says "a" before a vowel sound or "a ${…}"', () => {
    const wrong: string[] = [];
    for (const file of [...sources(join(ROOT, 'shared', 'src')), ...sources(join(ROOT, 'sheets-addon', 'src'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/|\/\*)/.test(line)) return; // comments are not messages
          // Only the text inside quotes and template literals is message text.
          const text = (line.match(/'[^']*'|"[^"]*"|`[^`]*`/g) ?? []).join(' ');
          const bad =
            /\b[Aa] (?!uni|use|usu|one\b|once\b)[aeiouAEIOU][a-z]/.exec(text) ??
            /\b[Aa] (?:[AEFHILMNORSX][A-Z]+)\b/.exec(text) ??
            /\b[Aa] \$\{(?!withArticle)/.exec(text) ??
            /\b[Aa]n (?!hour|honest)[b-df-hj-np-tv-z][a-z]/.exec(text);
          if (bad) wrong.push(`${file.slice(ROOT.length + 1)}:${i + 1}: ${bad[0]}`);
        });
    }
    expect(wrong).toEqual([]);
  });
});
