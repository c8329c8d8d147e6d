import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCascade, evaluateCascade, parseRows, readSheet, type OkrNode, type ReadSheetResult } from '@aligned/core';
import { LANGUAGE_HEADERS, LAYOUT_FIXTURES, SPLIT_TITLES_OUTLINE, type LayoutFixture } from './sheet-layouts.fixtures';

const TODAY = Date.UTC(2026, 11, 2);

function read(rows: unknown[][], today = TODAY, sheetName = 'OKRs'): ReadSheetResult {
  return readSheet(rows, { today, sheetName });
}

function titleOf(nodes: readonly OkrNode[]): Map<string, string> {
  return new Map(nodes.map((n) => [n.id, n.title]));
}

function count(nodes: readonly OkrNode[], type: OkrNode['type']): number {
  return nodes.filter((n) => n.type === type).length;
}

/** What a cascade means to a person: each goal's type, parent (by title), owner and numbers. */
function meaning(nodes: readonly OkrNode[]): unknown[] {
  const titles = titleOf(nodes);
  return nodes
    .map((n) => [n.title, n.type, n.parentId === null ? null : (titles.get(n.parentId) ?? `?${n.parentId}`), n.owner, n.kind, n.baseline, n.target, n.current, n.weight])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

function expectFixture(fixture: LayoutFixture, result: ReadSheetResult): void {
  const { nodes } = result;
  expect(result.question).toBeNull();
  expect(result.layout.kind).toBe(fixture.layout);
  expect(count(nodes, 'objective')).toBe(fixture.expected.objectives);
  expect(count(nodes, 'key_result')).toBe(fixture.expected.keyResults);
  expect(count(nodes, 'initiative')).toBe(fixture.expected.initiatives ?? 0);
  const titles = titleOf(nodes);
  const links = Object.fromEntries(nodes.filter((n) => n.parentId !== null).map((n) => [n.title, titles.get(n.parentId as string)]));
  expect(links).toEqual(fixture.expected.links);
  for (const [title, owner] of Object.entries(fixture.expected.owners ?? {})) expect(nodes.find((n) => n.title === title)?.owner).toBe(owner);
  const cascade = buildCascade(nodes);
  expect(cascade.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const evaluations = evaluateCascade(cascade, { asOf: fixture.today ?? TODAY });
  for (const [title, progress] of Object.entries(fixture.expected.progress ?? {})) {
    const node = nodes.find((n) => n.title === title) as OkrNode;
    expect(evaluations.get(node.id)?.progress, title).toBeCloseTo(progress, 9);
  }
  for (const [title, code] of Object.entries(fixture.expected.reported ?? {})) expect(nodes.find((n) => n.title === title)?.reportedStatus?.code).toBe(code);
}

describe('readSheet: each layout people keep', () => {
  for (const fixture of LAYOUT_FIXTURES) {
    it(`reads ${fixture.name}`, () => {
      const result = read(fixture.rows, fixture.today ?? TODAY);
      expectFixture(fixture, result);
      expect(result.summary).toMatch(/^Read 'OKRs' rows \d+–\d+ as /);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  it(`reads ${SPLIT_TITLES_OUTLINE.name}`, () => {
    const result = read(SPLIT_TITLES_OUTLINE.rows);
    expectFixture(SPLIT_TITLES_OUTLINE, result);
    expect(result.nodes.map((n) => [n.id, n.title])).toEqual([
      ['1', 'Grow revenue'],
      ['1.1', 'Win 40 customers'],
      ['1.2', 'Raise NPS to 50'],
      ['2', 'Ship v2'],
      ['2.1', 'Release 4 modules'],
    ]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads IDs and parents with objectives and key results in separate title columns: title and type from the column filled', () => {
    const result = read([
      ['ID', 'Parent', 'Objective', 'Key result', 'Owner', 'Target', 'Actual'],
      ['O1', '', 'Grow revenue', '', 'Ann', '', ''],
      ['KR1', 'O1', '', 'Win 40 customers', 'Bob', 40, 10],
    ]);
    expect(result.layout.kind).toBe('table');
    expect(result.nodes.map((n) => [n.id, n.title, n.type, n.parentId])).toEqual([
      ['O1', 'Grow revenue', 'objective', null],
      ['KR1', 'Win 40 customers', 'key_result', 'O1'],
    ]);
    expect(result.problems).toEqual([]);
  });

  for (const [language, header] of Object.entries(LANGUAGE_HEADERS)) {
    it(`reads headers in ${language}`, () => {
      const result = read([header, ['Grow revenue', 'Win 40 customers', 'Ann', '50%'], ['', 'Raise NPS', 'Bob', '30%']]);
      expect(result.layout.kind).toBe('fill-down');
      expect([count(result.nodes, 'objective'), count(result.nodes, 'key_result')]).toEqual([1, 2]);
      expect(result.nodes.find((n) => n.title === 'Raise NPS')).toMatchObject({ owner: 'Bob', current: 0.3 });
    });
  }

  it('says what it understood in one line', () => {
    const outline = LAYOUT_FIXTURES.find((f) => f.layout === 'outline') as LayoutFixture;
    expect(read(outline.rows, outline.today).summary).toBe(
      "Read 'OKRs' rows 4–9 as an outline (numbers in A): 2 objectives, 3 key results, 1 initiative; owner from C; values from Q2-2026.",
    );
  });

  it('reads the quarter containing today, or the one the user picks', () => {
    const outline = LAYOUT_FIXTURES.find((f) => f.layout === 'outline') as LayoutFixture;
    const kr = (r: ReadSheetResult) => r.nodes.find((n) => n.title === 'Win 40 customers');
    expect(kr(read(outline.rows, Date.UTC(2026, 1, 1)))?.current).toBe(10);
    expect(kr(read(outline.rows, Date.UTC(2026, 4, 1)))?.current).toBe(20);
    expect(kr(readSheet(outline.rows, { today: Date.UTC(2026, 4, 1), period: 'Q1-2026' }))?.current).toBe(10);
  });

  it('names the column it kept when two name the same role: exact name over alias', () => {
    const typed = LAYOUT_FIXTURES.find((f) => f.layout === 'typed') as LayoutFixture;
    const result = read(typed.rows);
    expect(result.layout.notes).toContain("Owner: using 'Owner' (D); ignoring 'Team' (E)");
    expect(result.layout.notes).toContain("Type: using 'Object Type' (B); ignoring 'Goal Type' (C)");
    const schema = parseRows([['ID', 'Title', 'Team', 'Owner'], ['A', 'a', 'Sales', 'Ann']]);
    expect(schema.nodes[0].owner).toBe('Ann');
    expect(schema.problems.find((p) => p.code === 'duplicate_column')?.message).toContain('Owner: using "Owner" (column 4); ignoring "Team" (column 3)');
  });

  it('asks instead of guessing when no column holds titles or no header names OKR columns', () => {
    const noTitle = read([['Owner', 'Target', 'Current'], ['Ann', 10, 5]]);
    expect(noTitle.question).toMatch(/is a header with no column of the goals' titles.*Map columns/);
    expect(noTitle.nodes).toEqual([]);
    const noHeader = read([['hello'], ['world']]);
    expect(noHeader.question).toMatch(/No header found in 'OKRs'/);
    const twoOutlines = read([['#', 'Ref', 'Title', 'Owner'], [1, 1, 'a', 'x'], [1.1, 1.1, 'b', 'y'], [1.2, 1.2, 'c', 'z']]);
    expect(twoOutlines.question).toMatch(/Columns A and B of 'OKRs' both hold outline numbers/);
  });

  it('reads a mapping the user confirmed instead of detecting', () => {
    const rows = [['Notes', 'Stuff', 'Who'], ['Grow', '', 'Ann'], ['', 'Win', 'Bob']];
    const result = readSheet(rows, { mapping: { headerRow: 1, roles: { Objective: 0, KeyResult: 1, Owner: 2 } } });
    expect(result.layout.kind).toBe('fill-down');
    expect(result.nodes.map((n) => [n.title, n.type, n.owner])).toEqual([
      ['Grow', 'objective', 'Ann'],
      ['Win', 'key_result', 'Bob'],
    ]);
  });

  it('gives rows without IDs IDs that do not change when a row is inserted elsewhere', () => {
    const fill = LAYOUT_FIXTURES.find((f) => f.layout === 'fill-down') as LayoutFixture;
    const before = read(fill.rows).nodes;
    const inserted = read([fill.rows[0], ['Hire well', 'Hire 3 engineers', 'Zed', '10%'], ...fill.rows.slice(1)]).nodes;
    for (const node of before) expect(inserted.find((n) => n.title === node.title)?.id).toBe(node.id);
  });

  it('reads confidence words and faces, units written in cells and placeholders', () => {
    const result = read([
      ['Key result', 'Baseline', 'Target', 'Current', 'Confidence'],
      ['Lead time', '93 dias', '60 dias', '-', '😟'],
      ['Uptime', 0.99, 0.999, 0.995, 'High'],
      ['NPS', 10, 50, 20, 7],
    ]);
    expect(result.nodes.map((n) => [n.baseline, n.target, n.current, n.unit, n.confidence])).toEqual([
      [93, 60, null, 'dias', 0.2],
      [0.99, 0.999, 0.995, '', 0.9],
      [10, 50, 20, '', 0.7],
    ]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('measures a key result without a Baseline column from 0 and reports no problem for the missing column', () => {
    const result = read([['Key result', 'Target', 'Current'], ['Win customers', 40, 10]]);
    expect(result.problems).toEqual([]);
    const evaluation = evaluateCascade(buildCascade(result.nodes), { asOf: TODAY }).get(result.nodes[0].id);
    expect(evaluation?.progress).toBe(0.25);
    expect(evaluation?.explain.match(/measured from 0, as OKR_PROGRESS does/g)).toHaveLength(1);
    // With a Baseline column, the empty cell is worth one warning (and is still measured from 0).
    const withColumn = parseRows([['ID', 'Title', 'Baseline', 'Target', 'Current'], ['K', 'k', '', 40, 10]]);
    expect(withColumn.problems.map((p) => p.code)).toEqual(['missing_baseline']);
  });
});

describe('readSheet: the real workbooks, unedited', () => {
  interface Workbook {
    timeZone: string;
    sheets: { name: string; active: boolean; rows: unknown[][] }[];
    truth: {
      objectives: number;
      keyResults: number;
      links: { child: string; parent: string }[];
      owners?: { title: string; owner: string }[];
      values?: { sample: { title: string; baseline?: number; current?: number; target?: number; direction?: string; progress?: number }[] };
    };
  }
  const load = (name: string): Workbook => JSON.parse(readFileSync(`/work/shared/real-okr-sheets/${name}.json`, 'utf8')) as Workbook;

  for (const name of ['spirax-brazil-2026', 'spm-bi-krs']) {
    it(`builds ${name} as its truth says`, () => {
      const workbook = load(name);
      const sheet = workbook.sheets.find((s) => s.active) as Workbook['sheets'][number];
      const result = readSheet(sheet.rows, { today: TODAY, timeZone: workbook.timeZone, sheetName: sheet.name });
      const { truth } = workbook;
      expect(result.question).toBeNull();
      expect(count(result.nodes, 'objective')).toBe(truth.objectives);
      expect(count(result.nodes, 'key_result')).toBe(truth.keyResults);
      const titles = titleOf(result.nodes);
      const norm = (t: string | undefined) => (t ?? '').trim();
      for (const link of truth.links) {
        const child = result.nodes.find((n) => norm(n.title) === norm(link.child));
        expect(norm(titles.get(child?.parentId ?? '')), link.child).toBe(norm(link.parent));
      }
      for (const { title, owner } of truth.owners ?? []) expect(result.nodes.find((n) => n.title === title)?.owner).toBe(owner);
      const cascade = buildCascade(result.nodes);
      expect(cascade.problems).toEqual([]);
      const evaluations = evaluateCascade(cascade, { asOf: TODAY, timeZone: workbook.timeZone });
      for (const sample of truth.values?.sample ?? []) {
        const node = result.nodes.find((n) => n.title === sample.title) as OkrNode;
        if (sample.baseline !== undefined) expect([node.baseline, node.current, node.target, node.kind]).toEqual([sample.baseline, sample.current, sample.target, sample.direction]);
        if (sample.progress !== undefined) expect(evaluations.get(node.id)?.progress).toBe(sample.progress);
      }
    });
  }

  it('summarises the Brazil workbook in one line, naming the quarter read', () => {
    const workbook = load('spirax-brazil-2026');
    const sheet = workbook.sheets[0];
    expect(readSheet(sheet.rows, { today: TODAY, timeZone: workbook.timeZone, sheetName: sheet.name }).summary).toBe(
      "Read 'OKRs 2026 SXS Brazil' rows 11–31 as an outline (numbers in B): 3 objectives, 11 key results; owner from D; values from Q1-2026 (Q4-2026, which contains today, is empty).",
    );
  });
});

describe('readSheet: properties', () => {
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[A-Za-z]$/);
  const number = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constant(''));
  /** A canonical sheet: objectives with key results, IDs and parents. */
  const canonical = fc
    .array(fc.tuple(word, word, fc.array(fc.tuple(word, word, number, number, number), { minLength: 0, maxLength: 4 })), { minLength: 1, maxLength: 5 })
    .map((objectives) => {
      const rows: unknown[][] = [['ID', 'Parent', 'Title', 'Owner', 'Baseline', 'Target', 'Current']];
      objectives.forEach(([title, owner, krs], i) => {
        rows.push([`O${i + 1}`, '', `${title} ${i}`, owner, '', '', '']);
        krs.forEach(([t, o, b, g, c], k) => rows.push([`KR${i + 1}.${k + 1}`, `O${i + 1}`, `${t} ${i}.${k}`, o, b, g, c]));
      });
      return rows;
    });

  it('a sheet in the row schema reads exactly as parseRows reads it', () => {
    fc.assert(
      fc.property(canonical, (rows) => {
        const result = readSheet(rows);
        const parsed = parseRows(rows);
        expect(result.nodes).toEqual(parsed.nodes);
        expect(result.problems).toEqual(parsed.problems);
        expect(result.columns).toEqual(parsed.columns);
      }),
      { seed: 10, numRuns: 60 },
    );
  });

  it('shuffled columns, a title block and blank rows above the header give the same cascade', () => {
    fc.assert(
      fc.property(canonical, fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), fc.integer({ min: 0, max: 6 }), (rows, keys, above) => {
        const order = keys.map((k, j) => [k, j]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, j]) => j);
        const shuffled = rows.map((row) => order.map((j) => row[j]));
        const block: unknown[][] = [];
        for (let r = 0; r < above; r++) block.push(r === 0 ? ['Team OKRs 2026', ...new Array(6).fill('')] : new Array(7).fill(''));
        const result = readSheet([...block, ...shuffled]);
        expect(meaning(result.nodes)).toEqual(meaning(parseRows(rows).nodes));
        expect(result.nodes.map((n) => n.row)).toEqual(parseRows(rows).nodes.map((n) => (n.row as number) + above));
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('IDs and parents converted to an outline give the same cascade', () => {
    fc.assert(
      fc.property(canonical, (rows) => {
        const outline = [['#', 'Title', 'Owner', 'Baseline', 'Target', 'Current'], ...rows.slice(1).map((r) => [String(r[0]).replace(/^(O|KR)/, ''), ...r.slice(2)])];
        const result = readSheet(outline);
        const expected = meaning(parseRows(rows).nodes).map((m) => {
          const copy = [...(m as unknown[])];
          copy[1] = copy[2] === null ? 'objective' : 'key_result';
          return copy;
        });
        const got = meaning(result.nodes).map((m) => {
          const copy = [...(m as unknown[])];
          copy[1] = copy[2] === null ? 'objective' : 'key_result';
          return copy;
        });
        expect(got).toEqual(expected);
      }),
      { seed: 12, numRuns: 60 },
    );
  });

  it('an outline with objectives and key results in separate title columns reads each title from the column its row fills', () => {
    // Objectives, each with key results, each with initiatives; the goal's level decides its title column.
    // (Every objective has a key result: a numbering with no nested number is not read as an outline.)
    const tree = fc.array(fc.tuple(word, fc.array(fc.tuple(word, fc.array(word, { maxLength: 2 })), { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(tree, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 3 }), (objectives, numbers, initiativesInObjectiveColumn, above) => {
        const rows: unknown[][] = [];
        for (let r = 0; r < above; r++) rows.push(r === 0 ? ['Team OKRs', '', '', '', '', ''] : ['', '', '', '', '', '']);
        rows.push(['#', 'Objective', 'Key result', 'Owner', 'Target', 'Actual']);
        const expected: [string, string, string | null, OkrNode['type']][] = [];
        objectives.forEach(([title, krs], i) => {
          const o = `${title} ${i + 1}`;
          rows.push([numbers ? i + 1 : `${i + 1}`, o, '', 'Ann', '', '']);
          expected.push([`${i + 1}`, o, null, 'objective']);
          krs.forEach(([krTitle, initiatives], k) => {
            const id = `${i + 1}.${k + 1}`;
            const kr = `${krTitle} ${id}`;
            rows.push([id, '', kr, 'Bob', 10, 5]);
            expected.push([id, kr, `${i + 1}`, 'key_result']);
            initiatives.forEach((initiative, n) => {
              const sub = `${id}.${n + 1}`;
              const text = `${initiative} ${sub}`;
              rows.push([sub, initiativesInObjectiveColumn ? text : '', initiativesInObjectiveColumn ? '' : text, 'Cy', '', '']);
              expected.push([sub, text, id, 'initiative']);
            });
          });
        });
        const result = readSheet(rows, { today: TODAY });
        expect(result.layout.kind).toBe('outline');
        expect(result.nodes.map((n) => [n.id, n.title, n.parentId, n.type])).toEqual(expected);
      }),
      { seed: 14, numRuns: 60 },
    );
  });

  it('never throws and never returns NaN on hostile cells', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constantFrom('1.1', 1.2, '-', '😟', '=> 78%', 'Objective: x', 'KR1: y', '  z'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), fc.array(fc.constantFrom('Objective', 'Key result', 'Owner', 'Progress', 'Status', '#', '', 'Q1-2026', 'Target'), { maxLength: 8 }), (body, header) => {
        const result = readSheet([header, ...body], { today: TODAY });
        for (const node of result.nodes) {
          for (const value of [node.baseline, node.target, node.current, node.confidence]) if (value !== null) expect(Number.isFinite(value)).toBe(true);
        }
        expect(typeof result.summary).toBe('string');
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});
