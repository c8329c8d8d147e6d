/**
 * The ABC demo in a terminal: `npx tsx shared/cli/demo.ts [--seed N] [--as-of YYYY-MM-DD]
 * [--lang en|ru] [--json DIR] [--csv DIR]`. Prints the cascade with its scores as an indented table;
 * with --json / --csv it also writes the rows, check-ins and daily series as files. `--lang ru`
 * tells the same demo in Russian: titles, owners, statuses, problems and the table's words.
 *
 * Node-only (fs, path, process): this file is not part of the pure core and no bundle
 * imports it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ABC_WORDS_EN,
  ABC_WORDS_RU,
  attachCheckIns,
  buildCascade,
  evaluateCascade,
  explain,
  formatDate,
  formatNumberIn,
  formatPercentIn,
  generateAbcDemo,
  gradeLabel,
  gradeNoteMessage,
  parseCheckIns,
  parseRows,
  pluralForm,
  renderMessage,
  statusLabel,
  toCsv,
  treeOrder,
  type Locale,
} from '../src/index';

interface CliOptions {
  seed: number;
  asOf?: string;
  json?: string;
  csv?: string;
  lang: Locale;
}

/** The table's own words; the cascade's words come from the core's catalogue. */
const WORDS: Record<Locale, { columns: string[]; severity: Record<'error' | 'warning', string>; scores: string }> = {
  en: {
    columns: ['ID', 'Title', 'Owner', 'Progress', 'Status', 'Score'],
    severity: { error: 'error', warning: 'warning' },
    scores: 'Scores are graded at the end of each period: projected while it runs (the check-in trend, else the pace), final from its last day.',
  },
  ru: {
    columns: ['ID', 'Название', 'Владелец', 'Прогресс', 'Статус', 'Оценка'],
    severity: { error: 'ошибка', warning: 'предупреждение' },
    scores: 'Оценки ставятся на конец каждого периода: пока он идёт — прогноз (по тренду отметок, иначе по темпу), с последнего дня — итоговая.',
  },
};

function readArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { seed: 42, lang: 'en' };
  for (let k = 0; k < argv.length; k++) {
    const flag = argv[k];
    const value = argv[k + 1];
    const need = (): string => {
      if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value, found nothing.`);
      k++;
      return value;
    };
    if (flag === '--seed') {
      const seed = Number(need());
      if (!Number.isInteger(seed)) fail(`--seed expects a whole number, found "${value}".`);
      options.seed = seed;
    } else if (flag === '--as-of') options.asOf = need();
    else if (flag === '--lang') {
      const lang = need();
      if (lang !== 'en' && lang !== 'ru') fail(`--lang expects en or ru, found "${lang}".`);
      options.lang = lang;
    } else if (flag === '--json') options.json = need();
    else if (flag === '--csv') options.csv = need();
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: npx tsx shared/cli/demo.ts [--seed 42] [--as-of 2027-05-15] [--lang en|ru] [--json DIR] [--csv DIR]');
      process.exit(0);
    } else fail(`Unknown option "${flag}". Expected --seed, --as-of, --lang, --json or --csv.`);
  }
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function main(): void {
  const options = readArgs(process.argv.slice(2));
  const { lang } = options;
  const demo = generateAbcDemo({ seed: options.seed, asOf: options.asOf, words: lang === 'ru' ? ABC_WORDS_RU : ABC_WORDS_EN });
  const parsed = parseRows(demo.rows);
  const history = parseCheckIns(demo.checkIns);
  attachCheckIns(parsed.nodes, history.checkIns);
  const cascade = buildCascade(parsed.nodes);
  const evaluations = evaluateCascade(cascade, { asOf: demo.asOf });

  const lines: string[][] = [WORDS[lang].columns];
  // Where status and score seem to disagree, the score is starred and the reason listed below the table.
  const notes: string[] = [];
  for (const id of treeOrder(cascade)) {
    const node = cascade.byId.get(id)!;
    const ev = evaluations.get(id)!;
    const noteMessage = gradeNoteMessage(ev.status, ev.grade);
    const note = noteMessage === null ? '' : renderMessage(noteMessage, lang);
    if (note) notes.push(`* ${id}: ${note}`);
    lines.push([
      id,
      '  '.repeat(ev.depth) + node.title,
      node.owner,
      ev.progress === null ? '—' : formatPercentIn(ev.progress, lang),
      statusLabel(ev.status.code, lang),
      gradeLabel(ev.grade, lang) + (note ? ' *' : '  '),
    ]);
  }
  console.log(`${heading(options.seed, demo.asOf, parsed.nodes.length, demo.daily.time.length, lang)}\n`);
  console.log(table(lines));
  console.log(`\n${WORDS[lang].scores}`);
  if (notes.length > 0) console.log(notes.join('\n'));
  for (const problem of [...parsed.problems, ...history.problems, ...cascade.problems]) {
    console.log(`${WORDS[lang].severity[problem.severity]}: ${explain(problem, lang)}`);
  }

  const daily = [['Date', 'Leads', 'Deals', 'Amount'], ...demo.daily.time.map((t, i) => [new Date(t).toISOString().slice(0, 10), demo.daily.leads[i], demo.daily.deals[i], demo.daily.amount[i]])];
  if (options.json) {
    const dir = ensureDir(options.json);
    writeFileSync(join(dir, 'abc-rows.json'), JSON.stringify(demo.rows, null, 1));
    writeFileSync(join(dir, 'abc-checkins.json'), JSON.stringify(demo.checkIns, null, 1));
    writeFileSync(join(dir, 'abc-daily.json'), JSON.stringify(demo.daily));
    console.log(`\nWrote abc-rows.json, abc-checkins.json and abc-daily.json to ${dir}`);
  }
  if (options.csv) {
    const dir = ensureDir(options.csv);
    writeFileSync(join(dir, 'abc-rows.csv'), toCsv(demo.rows));
    writeFileSync(join(dir, 'abc-checkins.csv'), toCsv(demo.checkIns));
    writeFileSync(join(dir, 'abc-daily.csv'), toCsv(daily));
    console.log(`\nWrote abc-rows.csv, abc-checkins.csv and abc-daily.csv to ${dir}`);
  }
}

function heading(seed: number, asOf: number, rows: number, days: number, lang: Locale): string {
  if (lang === 'en') return `ABC demo, seed ${seed}, as of ${formatDate(asOf, 'en')} (${rows} rows, ${days} days of sales)`;
  const rowWord = pluralForm(rows, { one: 'строка', few: 'строки', many: 'строк', other: 'строки' }, 'ru');
  const dayWord = pluralForm(days, { one: 'день', few: 'дня', many: 'дней', other: 'дня' }, 'ru');
  return `Демо ABC, seed ${seed}, на ${formatDate(asOf, 'ru')} (${formatNumberIn(rows, 'ru')} ${rowWord}, продажи за ${formatNumberIn(days, 'ru')} ${dayWord})`;
}

function ensureDir(path: string): string {
  const dir = resolve(path);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => [...row[j]].length)));
  const rightAligned = new Set([3, 5]);
  return rows
    .map((row, r) => {
      const cells = row.map((cell, j) => (rightAligned.has(j) ? cell.padStart(widths[j]) : cell.padEnd(widths[j])));
      const line = cells.join('  ').trimEnd();
      return r === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

main();
