import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCascadeSheet } from '../../sheets-addon/src/commands/index';
import { CASCADE_HEADER, cascadeColumn, PROJECTED_SCORE_FORMAT } from '../../sheets-addon/src/commands/cascade-table';
import { OWNED_KEY } from '../../sheets-addon/src/commands/owned-sheets';
import { BUSY_MESSAGE } from '../../sheets-addon/src/commands/lock';
import { buildCascade, evaluateCascade, gradeNote, parseRows, STATUS_LABELS } from '@aligned/core';
import { createDouble, SPREADSHEET_SERVICE, type AppsScriptDouble } from './double/index';
import { HOSTILE_TITLES, hostileTable, largeTable, putTable, sampleTable } from './double/fixtures';

let gas: AppsScriptDouble;
let uninstall: () => void;

beforeEach(() => {
  gas = createDouble();
  uninstall = gas.install();
});
afterEach(() => uninstall());

const col = (name: (typeof CASCADE_HEADER)[number]) => cascadeColumn(name) - 1;
const alerts = () => gas.ui.events.filter((e) => e.kind === 'alert');

function buildAndCount(): number {
  gas.ledger.reset();
  buildCascadeSheet();
  return gas.ledger.total([...SPREADSHEET_SERVICE]);
}

describe('Build cascade on the ABC sample', () => {
  it('writes every evaluated goal depth-first, indented by level, with the core figures', () => {
    const table = sampleTable();
    putTable(gas, 'OKRs', table);
    buildCascadeSheet();
    expect(alerts()).toEqual([]);
    const values = gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues();
    expect(values[0]).toEqual([...CASCADE_HEADER]);
    expect(values.length - 1).toBe(table.length - 1);

    // Depth-first: every row's parent appears above it, and a subtree is contiguous.
    const parsed = parseRows(table);
    const cascade = buildCascade(parsed.nodes);
    const ids = values.slice(1).map((r) => r[col('ID')] as string);
    const position = new Map(ids.map((id, i) => [id, i]));
    for (const node of parsed.nodes) {
      if (node.parentId) expect(position.get(node.parentId)!).toBeLessThan(position.get(node.id)!);
    }
    const root = cascade.roots[0];
    expect(ids[0]).toBe(root);
    const depthOf = (row: unknown[]) => (String(row[col('Title')]).match(/^ */)![0].length / 4);
    expect(depthOf(values[1])).toBe(0);
    for (let i = 2; i < values.length; i++) {
      // Depth-first order never jumps more than one level down.
      expect(depthOf(values[i])).toBeLessThanOrEqual(depthOf(values[i - 1]) + 1);
    }
    // Status text is one of the core's labels; progress is a fraction or empty, never NaN.
    const labels = new Set(Object.values(STATUS_LABELS));
    for (const row of values.slice(1)) {
      expect(labels.has(row[col('Status')] as string)).toBe(true);
      const p = row[col('Progress')];
      expect(p === '' || (typeof p === 'number' && p >= 0 && p <= 1)).toBe(true);
      expect(JSON.stringify(row)).not.toMatch(/NaN|undefined/);
    }
  });

  it("writes the score graded at the period's end: the core's number, \"projected\" in its format, the reason in the explanation", () => {
    const table = sampleTable();
    putTable(gas, 'OKRs', table);
    buildCascadeSheet();
    const sheet = gas.spreadsheet.getSheetByName('OKR Cascade')!;
    const values = sheet.getDataRange().getValues().slice(1);
    const formats = sheet.getRange(2, cascadeColumn('Score'), values.length, 1).getNumberFormats().flat();
    const evaluations = evaluateCascade(buildCascade(parseRows(table).nodes), { asOf: Date.now() });
    let notes = 0;
    values.forEach((row, i) => {
      const e = evaluations.get(row[col('ID')] as string)!;
      expect(row[col('Score')], `${e.id} score`).toBe(e.grade.score ?? '');
      expect(formats[i], `${e.id} format`).toBe(e.grade.basis === 'projected' ? PROJECTED_SCORE_FORMAT : '0.0');
      expect(row[col('Explanation')]).toContain(e.grade.explain);
      const note = gradeNote(e.status, e.grade);
      if (note) {
        expect(row[col('Explanation')]).toContain(note);
        notes++;
      }
    });
    expect(notes).toBeGreaterThan(0);
  });

  it('formats the sheet: frozen header, 0% progress, status colours by rules on the text, widths', () => {
    putTable(gas, 'OKRs', sampleTable());
    buildCascadeSheet();
    const sheet = gas.spreadsheet.getSheetByName('OKR Cascade')!;
    const rows = sheet.getLastRow() - 1;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    expect(sheet.getRange(2, cascadeColumn('Progress'), rows, 1).getNumberFormats().flat().every((f) => f === '0%')).toBe(true);
    // Mid-period scores are projections: the number stays a number, the format says "projected".
    const scoreFormats = sheet.getRange(2, cascadeColumn('Score'), rows, 1).getNumberFormats().flat();
    const scores = sheet.getRange(2, cascadeColumn('Score'), rows, 1).getValues().flat();
    expect(scoreFormats.every((f) => f === '0.0' || f === PROJECTED_SCORE_FORMAT)).toBe(true);
    expect(scoreFormats).toContain(PROJECTED_SCORE_FORMAT);
    expect(scores.every((s) => s === '' || (typeof s === 'number' && s >= 0 && s <= 1))).toBe(true);
    expect(sheet.getColumnWidth(cascadeColumn('Title'))).toBe(320);
    const kr1 = sheet.getDataRange().getValues().findIndex((r) => r[col('ID')] === 'MISSION-KR1') + 1;
    expect(sheet.getRange(kr1, cascadeColumn('Current'), 1, 2).getNumberFormats()).toEqual([['#,##0', '#,##0']]);
    const allRules = sheet.getConditionalFormatRules();
    const scoreColumn = `M2:M${rows + 1}`;
    const isScoreRule = (r: (typeof allRules)[number]) => r.getRanges().some((range) => range.getA1Notation() === scoreColumn);
    const rules = allRules.filter((r) => !isScoreRule(r));
    // Score bands by number, first match wins: red below 0.4, yellow below 0.7, green from 0.7.
    expect(
      allRules.filter(isScoreRule).map((r) => [r.getBooleanCondition()!.getCriteriaType(), r.getBooleanCondition()!.getCriteriaValues()[0], r.getBooleanCondition()!.getBackground()]),
    ).toEqual([
      ['NUMBER_LESS_THAN', 0.4, '#fad2cf'],
      ['NUMBER_LESS_THAN', 0.7, '#fef7cd'],
      ['NUMBER_GREATER_THAN_OR_EQUAL_TO', 0.7, '#ceead6'],
    ]);
    const byText = new Map(rules.map((r) => [r.getBooleanCondition()!.getCriteriaValues()[0], r]));
    expect([...byText.keys()].sort()).toEqual(Object.values(STATUS_LABELS).sort());
    for (const rule of rules) {
      expect(rule.getBooleanCondition()!.getCriteriaType()).toBe('TEXT_EQUAL_TO');
      expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual([`L2:L${rows + 1}`]);
    }
    expect(byText.get('Off track')!.getBooleanCondition()!.getBackground()).toBe('#fad2cf');
    expect(byText.get('On track')!.getBooleanCondition()!.getBackground()).toBe('#ceead6');
  });

  it('marks its sheet with developer metadata and leaves the source rows byte-for-byte unchanged', () => {
    const source = putTable(gas, 'OKRs', sampleTable());
    const before = source._snapshot();
    buildCascadeSheet();
    buildCascadeSheet();
    const sheet = gas.spreadsheet.getSheetByName('OKR Cascade')!;
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.getVisibility()])).toEqual([
      [OWNED_KEY, 'cascade', 'PROJECT'],
    ]);
    expect(source._snapshot()).toEqual(before);
    expect(source._writes).toEqual([]);
  });

  it('makes a handful of service calls, the same for 5,000 rows as for the sample', () => {
    putTable(gas, 'OKRs', sampleTable());
    const small = buildAndCount();
    const r = gas.ledger;
    expect(r.count('Range.setValues')).toBe(1);
    expect(r.count('Sheet.getDataRange')).toBe(1);
    expect(r.count('Range.getValues')).toBe(2); // the header probe, then the one data read

    const big = createDouble();
    uninstall();
    uninstall = big.install();
    gas = big;
    putTable(gas, 'OKRs', largeTable(5000));
    const large = buildAndCount();
    expect(large - small).toBeLessThanOrEqual(2); // growing the grid once, naming the sheet in the summary
    expect(gas.ledger.count('Sheet.insertRowsAfter')).toBe(1);
    // A fixed budget whatever the rows (the line above): block writes, plain-text formats, status and score rules, the summary.
    expect(large).toBeLessThan(135);
    const values = gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues();
    expect(values.length).toBe(5001);
  });
});

describe('Build cascade and the user\'s own sheets', () => {
  it('replaces only its own sheet on a rebuild, even after the user renamed it', () => {
    putTable(gas, 'OKRs', sampleTable());
    buildCascadeSheet();
    const sheet = gas.spreadsheet.getSheetByName('OKR Cascade')!;
    sheet.setName('My cascade');
    const count = gas.spreadsheet.getSheets().length;
    buildCascadeSheet();
    expect(gas.spreadsheet.getSheets().length).toBe(count);
    expect(gas.spreadsheet.getSheetByName('My cascade')!.getLastRow()).toBe(sampleTable().length);
  });

  it('never touches a user sheet named "OKR Cascade": it writes "OKR Cascade (Aligned)" instead', () => {
    putTable(gas, 'OKRs', sampleTable());
    const mine = putTable(gas, 'OKR Cascade', [['my', 'notes'], ['keep', 1]]);
    const before = mine._snapshot();
    buildCascadeSheet();
    buildCascadeSheet();
    expect(mine._snapshot()).toEqual(before);
    expect(mine._writes).toEqual([]);
    expect(mine.getDeveloperMetadata()).toEqual([]);
    const ours = gas.spreadsheet.getSheetByName('OKR Cascade (Aligned)')!;
    expect(ours.getDataRange().getValues()[0]).toEqual([...CASCADE_HEADER]);
    expect(gas.spreadsheet.getSheets().filter((s) => s.getName().startsWith('OKR Cascade')).length).toBe(2);
  });

  it('reads the active sheet when its header matches, in any column order with header aliases', () => {
    putTable(gas, 'OKRs', sampleTable());
    const other = putTable(gas, 'Team plan', hostileTable());
    gas.spreadsheet.setActiveSheet(other);
    buildCascadeSheet();
    const ids = gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues().slice(1).map((r) => r[col('ID')]);
    expect(ids).toContain('K6');
    expect(ids).not.toContain('MISSION');
  });

  it('explains what is wrong and writes nothing when no sheet has an OKR header', () => {
    putTable(gas, 'Budget', [['Month', 'Spend'], ['Jan', 10]]);
    buildCascadeSheet();
    expect(alerts()).toHaveLength(1);
    // The refusal names each sheet it looked at and what that sheet lacked.
    expect(alerts()[0].message).toMatch(/^No OKR sheet found: expected a sheet with a header naming OKR columns/);
    expect(alerts()[0].message).toMatch(/Looked at .*'Budget': no header: none of its first 20 rows names two OKR columns/);
    expect(alerts()[0].message).toContain('Map columns…');
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).toBeNull();
  });

  it('explains and writes nothing when the OKR sheet has no usable rows', () => {
    putTable(gas, 'OKRs', [['ID', 'Title'], ['', 'no id']]);
    buildCascadeSheet();
    expect(alerts()[0].message).toMatch(/Nothing to build: no usable OKR rows in the sheet "OKRs"\. First problem: .*ID/);
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).toBeNull();
  });

  it('tells the user when another run holds the lock, and changes nothing', () => {
    const source = putTable(gas, 'OKRs', sampleTable());
    gas.lock.document.heldElsewhere = true;
    buildCascadeSheet();
    expect(alerts()[0].message).toBe(BUSY_MESSAGE);
    expect(gas.lock.document.requestedTimeouts[0]).toBeGreaterThanOrEqual(5000);
    expect(gas.spreadsheet.getSheetByName('OKR Cascade')).toBeNull();
    expect(source._writes).toEqual([]);
  });

  it('releases the lock after a run, even a failed one', () => {
    buildCascadeSheet(); // fails: no OKR sheet
    expect(gas.lock.document.heldByUs).toBe(false);
    putTable(gas, 'OKRs', sampleTable());
    buildCascadeSheet();
    expect(gas.lock.document.heldByUs).toBe(false);
    expect(gas.lock.document.acquisitions).toBe(2);
  });
});

describe('Build cascade on a hostile sheet', () => {
  it('writes formula-looking and HTML titles as the text they are, and no formulas at all', () => {
    const source = putTable(gas, 'OKRs', hostileTable());
    const before = source._snapshot();
    buildCascadeSheet();
    expect(alerts()).toEqual([]);
    const sheet = gas.spreadsheet.getSheetByName('OKR Cascade')!;
    expect(sheet._formulas.size).toBe(0);
    const rows = sheet.getDataRange().getValues().slice(1);
    const titleOf = new Map(rows.map((r) => [r[col('ID')], String(r[col('Title')]).trimStart()]));
    expect(titleOf.get('O1')).toBe(HOSTILE_TITLES.formula);
    expect(titleOf.get('K1')).toBe(HOSTILE_TITLES.plus); // not the number 1
    expect(titleOf.get('K2')).toBe(HOSTILE_TITLES.html);
    expect(titleOf.get('X1')).toBe(HOSTILE_TITLES.minus);
    expect(titleOf.get('K6')).toBe(HOSTILE_TITLES.script);
    const owner = rows.find((r) => r[col('ID')] === 'O1')![col('Owner')];
    expect(owner).toBe('=HYPERLINK("x")');
    // Left-out rows (the C1 ↔ C2 loop, the second K1) are not drawn; the toast says where to look.
    expect(titleOf.has('C1')).toBe(false);
    expect(rows.filter((r) => r[col('ID')] === 'K1')).toHaveLength(1);
    expect(gas.spreadsheet._toasts.at(-1)!.message).toMatch(/\d+ errors?, \d+ warnings? in .*Validate/);
    expect(source._snapshot()).toEqual(before);
  });

  it('never writes NaN or "undefined", and a text Current shows as no data', () => {
    putTable(gas, 'OKRs', hostileTable());
    buildCascadeSheet();
    const rows = gas.spreadsheet.getSheetByName('OKR Cascade')!.getDataRange().getValues().slice(1);
    expect(JSON.stringify(rows)).not.toMatch(/NaN|undefined|Infinity/);
    const k2 = rows.find((r) => r[col('ID')] === 'K2')!;
    expect(k2[col('Current')]).toBe('');
    expect(k2[col('Status')]).toBe(STATUS_LABELS.no_data);
  });
});
