import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedProgress, gradeNote, periodGrade, projectProgress, score, type Projection } from '@aligned/core';
import { evaluateCascade } from '@aligned/core/cascade/index';
import { kr, node } from './cascade.helpers';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const END = Date.UTC(2026, 11, 31);
const MID = Date.UTC(2026, 6, 2); // 182 of 365 days gone
const E_MID = expectedProgress(START, END, MID) as number;

/** Grade of a linear key result from its progress now, by the pace (no check-ins). */
function paced(progress: number | null, asOf = MID) {
  const expected = expectedProgress(START, END, asOf);
  return periodGrade({ progress, end: END, asOf, projection: projectProgress({ progress, expected, kind: 'increase' }) });
}

describe('periodGrade: mid-period the score is projected', () => {
  it('grades an on-pace key result in the green band although today\'s progress would be red', () => {
    const g = paced(0.32, Date.UTC(2026, 3, 8)); // 97 of 365 days: 27 % expected, 32 % done
    expect(score(0.32)).toBe(0.3); // today's rule: red
    expect(g).toMatchObject({ basis: 'projected', method: 'pace', score: 1, band: 'green', label: '1.0 projected' });
    expect(g.explain).toBe('Projected 1.0: at the current pace 100 % by 31 Dec.');
  });

  it('grades exactly on pace as 1.0 and slightly behind still green', () => {
    expect(paced(E_MID).score).toBe(1);
    const g = paced(0.44); // 0.44 ÷ 0.4986 = 88 %
    expect(g.score).toBe(0.9);
    expect(g.band).toBe('green');
    expect(g.explain).toBe('Projected 0.9: at the current pace 88 % by 31 Dec.');
  });

  it('grades behind-pace key results lower: yellow, then red', () => {
    const yellow = paced(0.25); // 50 % of the pace
    const red = paced(0.1); // 20 %
    expect(yellow).toMatchObject({ score: 0.5, band: 'yellow', label: '0.5 projected' });
    expect(red).toMatchObject({ score: 0.2, band: 'red', label: '0.2 projected' });
    expect(red.score!).toBeLessThan(yellow.score!);
    expect(yellow.score!).toBeLessThan(paced(0.45).score!);
  });

  it('uses the check-in trend when the forecast made one, the pace otherwise', () => {
    const projection = projectProgress({ progress: 0.5, expected: E_MID, kind: 'increase', trendProgress: 0.62 });
    expect(projection).toEqual({ progress: 0.62, method: 'trend', why: '' });
    const g = periodGrade({ progress: 0.5, end: END, asOf: MID, projection });
    expect(g).toMatchObject({ score: 0.6, band: 'yellow', method: 'trend' });
    expect(g.explain).toBe('Projected 0.6: on the trend of the check-ins 62 % by 31 Dec.');
  });

  it('holds conditions as they are, grades a done milestone 1.0 and an open one not at all', () => {
    expect(projectProgress({ progress: 1, expected: E_MID, kind: 'above' })).toMatchObject({ progress: 1, method: 'hold' });
    expect(projectProgress({ progress: 0, expected: E_MID, kind: 'below' })).toMatchObject({ progress: 0, method: 'hold' });
    expect(projectProgress({ progress: 1, expected: E_MID, kind: 'milestone' })).toMatchObject({ progress: 1, method: 'hold' });
    expect(projectProgress({ progress: 0.25, expected: 0.5, kind: 'milestone' })).toEqual({ progress: 0.5, method: 'pace', why: '' });
    const open = projectProgress({ progress: 0, expected: E_MID, kind: 'milestone' });
    expect(open.progress).toBeNull();
    const g = periodGrade({ progress: 0, end: END, asOf: MID, projection: open });
    expect(g).toMatchObject({ score: null, band: null, basis: 'none', label: '—' });
    expect(g.explain).toBe('No projected score yet: not done yet; a milestone scores 1.0 once it is done.');
  });

  it('projects nothing before the period starts unless the target is already reached', () => {
    expect(projectProgress({ progress: 0.2, expected: 0, kind: 'increase' })).toMatchObject({ progress: null, why: 'no whole day of the period has passed yet' });
    expect(projectProgress({ progress: 1, expected: 0, kind: 'increase' })).toMatchObject({ progress: 1, method: 'hold' });
  });

  it('caps the projection at 100 %', () => {
    expect(projectProgress({ progress: 0.9, expected: 0.3 }).progress).toBe(1);
    expect(projectProgress({ progress: 0.5, expected: 0.5, trendProgress: 1.7 }).progress).toBe(1);
  });
});

describe('periodGrade: from the end day on the score is final', () => {
  it('equals today\'s rule, score(progress), on the end day and after', () => {
    for (const asOf of [END, END + 12 * 3_600_000, END + 40 * DAY]) {
      const g = paced(0.65, asOf);
      expect(g).toMatchObject({ basis: 'final', score: score(0.65), band: 'green', label: '0.7', method: null });
      expect(g.explain).toBe('Final score 0.7: 65 % done by the end of the period (31 Dec).');
    }
    expect(paced(0.65, END - 1).basis).toBe('projected');
  });

  it('follows the zone: the end day starts at local midnight', () => {
    const end = Date.UTC(2026, 11, 30, 23); // 31 Dec 00:00 in Paris
    const projection: Projection = { progress: 0.5, method: 'pace', why: '' };
    expect(periodGrade({ progress: 0.4, end, asOf: end, timeZone: 'Europe/Paris', projection }).basis).toBe('final');
    expect(periodGrade({ progress: 0.4, end, asOf: end - 1, timeZone: 'Europe/Paris', projection }).basis).toBe('projected');
  });

  it('matches score(progress) for any progress and any moment after the end (seeded)', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), fc.integer({ min: 0, max: 400 }), (p, days) => {
        const g = paced(p, END + days * DAY);
        expect(g.score).toBe(score(p));
        expect(g.label).toBe(score(p)!.toFixed(1));
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});

describe('periodGrade: no data is no score', () => {
  it('never shows a score for a key result with no data, whatever the moment', () => {
    for (const p of [null, undefined, Number.NaN]) {
      for (const asOf of [START - DAY, MID, END + DAY]) {
        const g = paced(p as number | null, asOf);
        expect(g).toMatchObject({ score: null, band: null, basis: 'none', label: '—', progress: null });
        expect(g.explain).toBe('No score: no data yet.');
      }
    }
  });

  it('grades the progress so far, unlabelled, when there is no period end', () => {
    const g = periodGrade({ progress: 0.62, end: null, asOf: MID, projection: projectProgress({ progress: 0.62, expected: null }) });
    expect(g).toMatchObject({ basis: 'current', score: 0.6, label: '0.6' });
    expect(g.explain).toBe('Score 0.6 of the 62 % done so far: there is no period end to grade at.');
  });

  it('never prints NaN, undefined or Infinity for hostile input (seeded)', () => {
    const hostile = fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined), fc.constantFrom(Infinity, -Infinity, Number.NaN));
    fc.assert(
      fc.property(hostile, hostile, hostile, fc.integer({ min: -400, max: 800 }), (p, e, trend, days) => {
        const asOf = START + days * DAY;
        const projection = projectProgress({ progress: p as number, expected: e as number, kind: 'increase', trendProgress: trend as number });
        const g = periodGrade({ progress: p as number, end: END, asOf, projection });
        expect(`${g.label} ${g.explain}`).not.toMatch(/NaN|undefined|Infinity/);
        if (g.score !== null) expect(g.score >= 0 && g.score <= 1).toBe(true);
      }),
      { seed: 1717, numRuns: 500 },
    );
  });
});

describe('gradeNote: a word when status and score differ', () => {
  it('explains an achieved key result whose period has not ended', () => {
    const g = paced(1);
    expect(gradeNote({ code: 'achieved', label: 'Achieved' }, g)).toBe(
      'Achieved: the target is reached; the score 1.0 projected becomes final when the period ends.',
    );
    expect(gradeNote({ code: 'achieved', label: 'Achieved' }, paced(1, END + DAY))).toBeNull();
  });

  it('explains an at-risk status beside a green projected score', () => {
    const g = paced(0.4); // 80 % of the pace: at risk by the 0.9/0.7 ratio rule, projected 0.8
    expect(g.band).toBe('green');
    expect(gradeNote({ code: 'at_risk', label: 'At risk' }, g)).toBe(
      'At risk: progress is behind the pace the status asks for, yet the score 0.8 projected grades the 80 % projected for the period\'s end, in the green band (green from 0.7).',
    );
  });

  it('explains an at-risk status beside a green final score', () => {
    expect(gradeNote({ code: 'at_risk', label: 'At risk' }, paced(0.89, END))).toBe(
      'At risk: the status asks for more of the target by the end, yet the final score 0.9 grades the 89 % made, in the green band (green from 0.7).',
    );
  });

  it('explains an on-track status beside a lower trend projection', () => {
    const projection = projectProgress({ progress: 0.5, expected: E_MID, trendProgress: 0.55 });
    const g = periodGrade({ progress: 0.5, end: END, asOf: MID, projection });
    expect(gradeNote({ code: 'on_track', label: 'On track' }, g)).toBe(
      'On track: the status compares progress with the time gone; the score 0.6 projected grades the 55 % projected for the period\'s end, and the check-in trend is slower than the average pace so far.',
    );
  });

  it('says nothing when they agree or when there is no score', () => {
    expect(gradeNote({ code: 'on_track', label: 'On track' }, paced(0.48))).toBeNull();
    expect(gradeNote({ code: 'off_track', label: 'Off track' }, paced(0.1))).toBeNull();
    expect(gradeNote({ code: 'no_data', label: 'No data' }, paced(null))).toBeNull();
  });
});

describe('evaluateCascade: grades roll up by the same rule', () => {
  const period = { start: START, end: END };

  it('grades on-pace key results green, behind ones lower, and the objective as the rollup of their projections', () => {
    const nodes = [node('O', null, period), kr('ON', 'O', 50), kr('BEHIND', 'O', 20), kr('SILENT', 'O', null)];
    const ev = evaluateCascade(nodes, { asOf: MID });
    expect(ev.get('ON')!.grade).toMatchObject({ score: 1, band: 'green', basis: 'projected', method: 'pace' });
    expect(ev.get('BEHIND')!.grade).toMatchObject({ score: 0.4, band: 'yellow' });
    expect(ev.get('SILENT')!.grade).toMatchObject({ score: null, label: '—' });
    const o = ev.get('O')!.grade;
    // (min(1, 0.5 ÷ e) + 0.2 ÷ e) ÷ 2; the silent key result is left out as its progress is.
    expect(o.progress).toBeCloseTo((1 + 0.2 / E_MID) / 2, 12);
    expect(o).toMatchObject({ score: 0.7, basis: 'projected', method: 'rollup', label: '0.7 projected' });
    expect(o.explain).toBe('Projected 0.7: the children\'s projections come to 70 % by 31 Dec.');
  });

  it('grades a parent with one child like that child, trend included', () => {
    const checkIns = [0, 30, 60, 90, 120, 150].map((d, i) => ({ time: START + d * DAY, value: 5 + i * 4 }));
    const ev = evaluateCascade([node('O', null, period), kr('K', 'O', 25, { checkIns })], { asOf: Date.UTC(2026, 5, 1) });
    const k = ev.get('K')!;
    expect(k.forecast.trend!.reason).toBe('ok');
    expect(k.grade.method).toBe('trend');
    expect(k.grade.progress).toBeCloseTo(k.forecast.trend!.projectedProgress!, 12);
    expect(ev.get('O')!.grade.score).toBe(k.grade.score);
  });

  it('uses the min rule for min parents and the children\'s final grades once they ended', () => {
    const q1 = { start: START, end: Date.UTC(2026, 2, 31) };
    const nodes = [node('O', null, period), kr('Q1', 'O', 60, q1), kr('H2', 'O', 45)];
    const ev = evaluateCascade(nodes, { asOf: MID, rollupMode: 'min' });
    expect(ev.get('Q1')!.grade).toMatchObject({ basis: 'final', score: 0.6 });
    expect(ev.get('H2')!.grade.score).toBe(0.9);
    expect(ev.get('O')!.grade.progress).toBeCloseTo(0.6, 12);
  });

  it('leaves children without a grade out of the parent\'s, as children without data', () => {
    const task = (id: string, done: boolean) => node(id, 'O', { type: 'initiative', kind: 'milestone', done });
    const ev = evaluateCascade([node('O', null, period), kr('K', 'O', 45), task('T1', false), task('T2', true)], { asOf: MID });
    expect(ev.get('T1')!.grade.score).toBeNull(); // open milestone: no projection
    expect(ev.get('T2')!.grade).toMatchObject({ score: 1, method: 'hold' });
    // (0.45 ÷ e + 1) ÷ 2: the open task neither pulls the grade down to 0 nor up to 1.
    expect(ev.get('O')!.grade.progress).toBeCloseTo((0.45 / E_MID + 1) / 2, 12);
    // On a period's first day nothing is projected, and a parent of such children has no score either.
    const week = { start: MID, end: MID + 6 * DAY };
    const first = evaluateCascade([node('W', null, week), kr('A', 'W', 14), kr('B', 'W', 6)], { asOf: MID });
    expect(first.get('A')!.grade.explain).toBe('No projected score yet: no whole day of the period has passed yet.');
    expect(first.get('W')!.grade).toMatchObject({ score: null, label: '—', explain: 'No projected score yet: no child has a projection.' });
  });

  it('mid-period grades are projections in 0..1 with readable text, or no score (seeded cascades)', () => {
    const value = fc.option(fc.oneof(fc.integer({ min: -50, max: 180 }), fc.constantFrom(Number.NaN, Infinity)), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 8 }), fc.integer({ min: -10, max: 380 }), fc.constantFrom('weighted', 'min', 'worst', 'sum'), (currents, day, mode) => {
        const nodes = [node('O', null, { ...period, kind: mode === 'sum' ? 'increase' : null, target: mode === 'sum' ? 500 : null }), ...currents.map((c, i) => kr(`K${i}`, 'O', c))];
        const ev = evaluateCascade(nodes, { asOf: START + day * DAY, rollupMode: mode as 'weighted' });
        for (const e of ev.values()) {
          expect(`${e.grade.label} ${e.grade.explain}`).not.toMatch(/NaN|undefined|Infinity|null/);
          if (e.grade.score === null) expect(e.grade.label).toBe('—');
          else expect(e.grade.score >= 0 && e.grade.score <= 1 && e.grade.score === score(e.grade.progress)).toBe(true);
          if (e.progress === null) expect(e.grade.score).toBeNull();
        }
      }),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('at the end every node\'s grade is today\'s rule (seeded cascades)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 180 }), { nil: null }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 60 }), (currents, after) => {
        const nodes = [node('O', null, period), ...currents.map((c, i) => kr(`K${i}`, 'O', c))];
        const ev = evaluateCascade(nodes, { asOf: END + after * DAY });
        for (const e of ev.values()) {
          expect(e.grade.score).toBe(e.score);
          expect(e.grade.band).toBe(e.scoreBand);
          expect(e.grade.basis).toBe(e.progress === null ? 'none' : 'final');
        }
      }),
      { seed: 2026, numRuns: 200 },
    );
  });
});
