import { STATUS_LABELS } from '../status/statusLabels';
import type { ScoreBand, StatusCode } from '../types';
import type { Formatter } from './formatter';
import type { Message } from './message';

/** Shared by linear key results and the direction check. */
type Direction = 'increase' | 'decrease';

/** A number as an operand in a formula: negatives in brackets, so "(31 − (−12))" reads right. */
export function operand(f: Formatter, value: number): string {
  return value < 0 ? `(${f.num(value)})` : f.num(value);
}

/** "; remark" after a figure, or nothing. */
function tail(f: Formatter, note: Message | null): string {
  const text = f.msg(note);
  return text === '' ? '' : `; ${text}`;
}

/**
 * An ID as a message shows it: cut to 60 characters. IDs come from cells, and a message that
 * repeats a 50,000-character cell could not be shown in a cell, a sidebar or an alert.
 * Results keep the whole ID in their parameters and `ids`; only the sentence is cut.
 */
export function shortId(id: unknown): string {
  const text = String(id);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "row 7", "ID "A"" (capitalised at the start of a sentence). */
function place(p: { row?: number | null; id: string; capital?: boolean }): string {
  if (p.row !== undefined && p.row !== null) return `${p.capital === true ? 'Row' : 'row'} ${p.row}`;
  return `ID "${shortId(p.id)}"`;
}

/**
 * The English catalogue: one template per code, declaring the parameters the code
 * takes (every other language is checked against these types). The texts are the
 * core's explanations exactly as they have always read, so English output does not
 * change; numbers go through the formatter so that other locales can format them.
 */
export const EN = {
  /** Text from outside the catalogue, shown as it is. */
  verbatim: (p: { text: string }): string => p.text,

  // Labels

  // Progress
  'formula.linear': (p: { current: number; zeroAt: number; oneAt: number }, f: Formatter): string =>
    `(${operand(f, p.current)} \u2212 ${operand(f, p.zeroAt)}) ÷ (${operand(f, p.oneAt)} \u2212 ${operand(f, p.zeroAt)})`,
  'progress.ok': (p: { progress: number; formula: Message; note: Message | null }, f: Formatter): string =>
    `${f.pct(p.progress)} = ${f.msg(p.formula)}${tail(f, p.note)}`,
  'progress.capped': (p: { progress: number; raw: number; formula: Message; note: Message | null }, f: Formatter): string =>
    `${f.pct(p.progress)} (capped; raw ${f.pct(p.raw)} = ${f.msg(p.formula)}${tail(f, p.note)})`,
  'progress.floored': (p: { raw: number; formula: Message; note: Message | null }, f: Formatter): string =>
    `0 % (raw ${f.pct(p.raw)} = ${f.msg(p.formula)}, counted as 0 % because it went the wrong way${tail(f, p.note)})`,
  'progress.overflow': (p: { formula: Message }, f: Formatter): string =>
    `Cannot score: ${f.msg(p.formula)} has a span too small to divide by; set a baseline clearly different from the target.`,
  'progress.invalid': (p: { why: Message }, f: Formatter): string => `Cannot score: ${f.msg(p.why)}`,
  'progress.no_data': (p: { what: Message }, f: Formatter): string => `No data: ${f.msg(p.what)}; enter the latest value.`,
  'no_data.current': (): string => 'Current is empty',
  'no_data.done': (): string => 'Done is empty',
  'no_data.no_period_actual': (): string => 'no period has an actual yet',
  'progress.from_zero': (p: { result: Message }, f: Formatter): string => `${f.msg(p.result)} (No baseline given: measured from 0, as OKR_PROGRESS does.)`,
  'progress.track': (): string => 'Tracked metric without a target: shown for reference, not scored and left out of rollups.',
  'progress.degenerate': (p: { met: boolean; target: number; current: number; direction: Direction }, f: Formatter): string =>
    `${p.met ? '100 %' : '0 %'}: target equals baseline (${f.num(p.target)}), so the key result is met only ` +
    `when current is ${p.direction === 'decrease' ? 'at or below' : 'at or above'} it; current is ${f.num(p.current)}. Set a baseline different from the target to see progress.`,
  'progress.empty_checklist': (): string => 'No steps yet: add steps to the checklist to score it.',
  'progress.zero_step_weights': (): string => 'Every step has weight 0: give at least one step a weight above 0.',
  'progress.checklist': (
    p: { progress: number; equal: boolean; doneWeight: number; totalWeight: number; doneCount: number; count: number },
    f: Formatter,
  ): string =>
    `${f.pct(p.progress)} = ` +
    (p.equal
      ? `${p.doneCount} of ${p.count} steps done`
      : `weight ${f.num(p.doneWeight)} of ${f.num(p.totalWeight)} done (${p.doneCount} of ${p.count} steps)`),
  'progress.done': (): string => '100 %: done',
  'progress.not_done': (): string => '0 %: not done yet',
  'progress.periods': (p: { progress: number; met: number; elapsed: number; condition: Message; gaps: number }, f: Formatter): string =>
    `${f.pct(p.progress)} = ${p.met} of ${p.elapsed} period${p.elapsed === 1 ? '' : 's'} met (${f.msg(p.condition)})` +
    (p.gaps > 0 ? (p.gaps === 1 ? '; 1 period without an actual counts as not met' : `; ${p.gaps} periods without an actual count as not met`) : ''),
  'condition.threshold': (p: { symbol: string; target: number }, f: Formatter): string => `${p.symbol} ${f.num(p.target)}`,
  'condition.band': (p: { inclusive: boolean; low: number; high: number }, f: Formatter): string =>
    `${p.inclusive ? '' : 'strictly '}between ${f.num(p.low)} and ${f.num(p.high)}`,
  'note.critical': (p: { critical: number }, f: Formatter): string => `critical ${f.num(p.critical)}`,
  'note.floor_target': (p: { fromFloor: boolean; zeroAt: number; target: number }, f: Formatter): string =>
    `${p.fromFloor ? 'floor' : 'ceiling'} ${f.num(p.zeroAt)} scores 0 %, target ${f.num(p.target)} scores 100 %`,
  'progress.threshold_met': (p: { current: number; symbol: string; target: number }, f: Formatter): string =>
    `100 %: ${f.num(p.current)} ${p.symbol} ${f.num(p.target)} (met)`,
  'progress.threshold_not_met': (p: { current: number; symbol: string; target: number }, f: Formatter): string =>
    `0 %: ${f.num(p.current)} is not ${p.symbol} ${f.num(p.target)} (not met)`,
  'progress.inside_range': (p: { current: number; band: Message }, f: Formatter): string => `100 %: ${f.num(p.current)} is ${f.msg(p.band)}`,
  'progress.outside_range': (
    p: { progress: number; current: number; below: boolean; low: number; high: number; critical: number | null; edge: number },
    f: Formatter,
  ): string =>
    `${f.pct(p.progress)}${p.critical === null ? '' : ` = ${f.msg({ code: 'formula.linear', params: { current: p.current, zeroAt: p.critical, oneAt: p.edge } })}`}: ` +
    `${f.num(p.current)} is ${p.below ? 'below' : 'above'} the band ${f.num(p.low)}–${f.num(p.high)}` +
    (p.critical === null ? '' : `, critical ${f.num(p.critical)} scores 0 %`),

  // Why a key result cannot be scored (after "Cannot score: ")
  'invalid.cap': (p: { cap: string }): string => `the cap ${p.cap} must be above 0 (1 = 100 %); leave it empty for no cap.`,
  'invalid.kind': (p: { kind: string }): string =>
    `the kind "${p.kind}" is unknown; use increase, decrease, above, below, range, milestone or track.`,
  'invalid.target_empty': (): string => 'Target is empty; set a target (the value to reach by the end).',
  'invalid.baseline_empty': (): string => 'Baseline is empty; set a baseline (the value at the start of the period, often 0).',
  'invalid.direction': (p: { target: number; baseline: number; direction: Direction }, f: Formatter): string =>
    `the target ${f.num(p.target)} is ${p.direction === 'increase' ? 'below' : 'above'} the baseline ${f.num(p.baseline)} but the key result should ${p.direction}; ` +
    `swap Baseline and Target, or set the kind to ${p.direction === 'increase' ? 'decrease' : 'increase'}.`,
  'invalid.step_weight': (p: { step: number; weight: number | null }, f: Formatter): string =>
    `step ${p.step} has weight ${f.num(p.weight)}; weights must be 0 or more (default 1).`,
  'invalid.threshold_target': (p: { above: boolean }): string => `Target is empty; set the value to stay ${p.above ? 'above' : 'below'}.`,
  'invalid.distance_critical': (p: { above: boolean }): string =>
    `distance mode needs ${p.above ? 'Critical low' : 'Critical high'} (the value that scores 0 %); set it or use binary mode.`,
  'invalid.critical_side': (p: { above: boolean; critical: number; target: number }, f: Formatter): string =>
    `the critical limit ${f.num(p.critical)} must be ${p.above ? 'below' : 'above'} the target ${f.num(p.target)}; move one of them.`,
  'invalid.mode': (p: { mode: string }): string => `mode "${p.mode}" is unknown; use binary, periods or distance.`,
  'invalid.range_bounds': (): string =>
    'a range needs Low and High (the band to stay in), or Low and Target (a floor and the value to aim for); fill in the empty one.',
  'invalid.low_above_high': (p: { low: number; high: number }, f: Formatter): string => `Low ${f.num(p.low)} is above High ${f.num(p.high)}; swap them.`,
  'invalid.critical_inside': (p: { below: boolean; critical: number }, f: Formatter): string =>
    `${p.below ? 'Critical low' : 'Critical high'} ${f.num(p.critical)} lies inside the band; it must be ${p.below ? 'below Low' : 'above High'}.`,
  'invalid.floor_target': (p: { fromFloor: boolean; zeroAt: number; target: number }, f: Formatter): string =>
    `the ${p.fromFloor ? 'floor (Low)' : 'ceiling (High)'} ${f.num(p.zeroAt)} must be ${p.fromFloor ? 'below' : 'above'} the target ${f.num(p.target)}; check both values.`,

  // Status
  'status.closed': (): string => 'Closed by its owner.',
  'status.not_started': (): string => 'The period has not started yet.',
  'status.no_data': (): string => 'No current value yet, so there is no status.',
  'status.achieved': (p: { progress: number }, f: Formatter): string => `${f.pct(p.progress)} progress: the target is reached.`,
  'status.achievement': (p: { progress: number; onTrack: number; atRisk: number }, f: Formatter): string =>
    `${f.pct(p.progress)} done (${f.pct(p.onTrack)} needed for on track, ${f.pct(p.atRisk)} for at risk).`,
  'status.basis': (p: { progress: number; expected: number | null }, f: Formatter): string =>
    p.expected !== null
      ? `${f.pct(p.progress)} done of ${f.pct(p.expected)} expected by now`
      : `${f.pct(p.progress)} done; no period is set, so it is compared with the whole target`,
  'status.gap': (p: { basis: Message; gap: number }, f: Formatter): string =>
    `${f.msg(p.basis)}: ${p.gap > 0 ? `${f.num(p.gap * 100, { decimals: 0 })} points behind` : 'not behind'}.`,
  'status.grace': (p: { basis: Message; behind: boolean; grace: number }, f: Formatter): string =>
    `${f.msg(p.basis)}: ${p.behind ? `within ${f.pct(p.grace)} of the pace` : 'at or ahead of the pace'}.`,
  'status.pace': (p: { basis: Message; ratio: number; onTrack: number; atRisk: number }, f: Formatter): string =>
    `${f.msg(p.basis)}: pace ${f.pct(p.ratio)} of plan (on track from ${f.pct(p.onTrack)}, at risk from ${f.pct(p.atRisk)}).`,
  'status.condition_held': (): string => 'The condition held at the end of the period.',
  'status.condition_holds': (): string => 'The condition holds now.',
  'status.condition_failed': (): string => 'The condition did not hold at the end of the period.',
  'status.condition_fails': (): string => 'The condition does not hold now.',
  'status.worst': (p: { count: number; code: StatusCode }): string => `Worst status of ${p.count} children: ${STATUS_LABELS[p.code]}.`,
  'status.milestone_overdue': (): string => 'Not done, and the due date has passed.',
  'status.milestone_open': (p: { due: number | null }, f: Formatter): string =>
    p.due !== null ? `Not done yet; due ${f.day(p.due)}.` : 'Not done yet.',

  // Grades: the score at the period's end ("0.9 projected"). `day` is the end day as English
  // writes it ("31 Dec", in the org's zone), made once per period end by periodGrade; other
  // languages print `end` in `timeZone` themselves.
  'grade.no_data': (): string => 'No score: no data yet.',
  'grade.current': (p: { score: number; progress: number }, f: Formatter): string =>
    `Score ${f.num(p.score, { decimals: 1 })} of the ${f.pct(p.progress)} done so far: there is no period end to grade at.`,
  'grade.final': (p: { score: number; progress: number; end: number; timeZone: string; day: string }, f: Formatter): string =>
    `Final score ${f.num(p.score, { decimals: 1 })}: ${f.pct(p.progress)} done by the end of the period (${p.day}).`,
  'grade.no_projection': (p: { why: Message | null }, f: Formatter): string => `No projected score yet: ${f.msg(p.why) || 'nothing to project from'}.`,
  'grade.projected': (
    p: { score: number; progress: number; method: 'trend' | 'pace' | 'hold' | 'rollup'; end: number; timeZone: string; day: string },
    f: Formatter,
  ): string => {
    const shown = f.pct(p.progress);
    const how =
      p.method === 'trend'
        ? `on the trend of the check-ins ${shown} by ${p.day}`
        : p.method === 'pace'
          ? `at the current pace ${shown} by ${p.day}`
          : p.method === 'rollup'
            ? `the children's projections come to ${shown} by ${p.day}`
            : `${shown} if it still holds on ${p.day}`;
    return `Projected ${f.num(p.score, { decimals: 1 })}: ${how}.`;
  },
  'projection.no_data': (): string => 'no data yet',
  'projection.track': (): string => 'a tracked metric is not scored',
  'projection.milestone_open': (): string => 'not done yet; a milestone scores 1.0 once it is done',
  'projection.no_period': (): string => 'there is no period to project to',
  'projection.no_day': (): string => 'no whole day of the period has passed yet',
  'projection.no_child': (): string => 'no child has a projection',
  'grade.note': (
    p: {
      status: StatusCode;
      /** The status's label as the caller shows it (English). */
      label: string;
      /** achieved early; the status reads better than the score; the score reads better than the status. */
      case: 'achieved' | 'status_better' | 'score_better';
      basis: 'final' | 'projected' | 'current';
      score: number;
      progress: number;
      trend: boolean;
      band: ScoreBand;
    },
    f: Formatter,
  ): string => {
    const what =
      p.basis === 'final' ? `the final score ${p.score.toFixed(1)}` : `the score ${f.num(p.score, { decimals: 1 })}${p.basis === 'projected' ? ' projected' : ''}`;
    if (p.case === 'achieved') return `${p.label}: the target is reached; ${what} becomes final when the period ends.`;
    const reached = f.pct(p.progress);
    const grades = p.basis === 'final' ? `grades the ${reached} made` : `grades the ${reached} projected for the period's end`;
    if (p.case === 'status_better') {
      const why = p.trend ? ', and the check-in trend is slower than the average pace so far' : '';
      return `${p.label}: the status compares progress with the time gone; ${what} ${grades}${why}.`;
    }
    const bar = p.basis === 'final' ? 'the status asks for more of the target by the end' : 'progress is behind the pace the status asks for';
    return `${p.label}: ${bar}, yet ${what} ${grades}, in the ${p.band} band (green from 0.7).`;
  },

  // How current a key result's figure is
  'stale.never': (): string => 'never updated',
  'stale.age': (p: { days: number }): string =>
    p.days === 0 ? 'updated today' : p.days === 1 ? 'updated 1 day ago' : `updated ${p.days} days ago`,

  // Cascade
  'cascade.nothing': (p: { objective: boolean }): string =>
    `Nothing to score: ${p.objective ? 'no key results or child goals yet' : 'no kind and no values yet'}.`,
  'cascade.coverage': (p: { reporting: number; total: number }): string => `${p.reporting} of ${p.total} reporting`,
  'cascade.sum_none': (p: { reporting: number; total: number }, f: Formatter): string =>
    `Sum of the children's current values: ${f.msg({ code: 'cascade.coverage', params: p })}, none has a value yet.`,
  'cascade.sum': (p: { current: number; reporting: number; total: number; noBaseline: boolean; result: Message }, f: Formatter): string =>
    `Current ${f.num(p.current)} = sum of ${p.reporting} of ${p.total} children's current values${p.noBaseline ? ' (no baseline: measured from 0)' : ''}; ${f.msg(p.result)}`,
  'rollup.notes': (p: { informational: number; invalid: number; zeroed: number }): string => {
    const notes: string[] = [];
    if (p.informational > 0) notes.push(`${p.informational} with weight 0 left out`);
    if (p.invalid > 0) notes.push(`${p.invalid} with a negative or non-numeric weight ignored`);
    if (p.zeroed > 0) notes.push(`${p.zeroed} without data counted as 0`);
    return notes.length > 0 ? `; ${notes.join('; ')}` : '';
  },
  'rollup.none_weighted': (p: { noun: string | null; notes: Message }, f: Formatter): string =>
    `No ${p.noun || 'children'} with a weight above 0 to roll up${f.msg(p.notes)}.`,
  'rollup.no_data': (p: { noun: string | null; reporting: number; total: number; notes: Message }, f: Formatter): string =>
    `${f.msg({ code: 'cascade.coverage', params: p })}: none of the ${p.total} ${p.noun || 'children'} has data yet${f.msg(p.notes)}.`,
  'rollup.ok': (
    p: { noun: string | null; reporting: number; total: number; how: 'lowest' | 'mean' | 'weighted mean'; progress: number; notes: Message },
    f: Formatter,
  ): string => `${p.reporting} of ${p.total} ${p.noun || 'children'} reporting, ${p.how} ${f.pct(p.progress)}${f.msg(p.notes)}.`,

  // Problems in the cascade
  'problem.duplicate_id': (p: { id: string; places: { row?: number | null; id: string }[] }, f: Formatter): string =>
    `ID "${shortId(p.id)}" is used by ${f.list(p.places.map((at) => place(at)))}; expected each row to have its own ID. Only the first is used: give the others a new ID.`,
  'problem.unknown_parent': (p: { row?: number | null; id: string; parent: string }): string =>
    `${place({ ...p, capital: true })}, column Parent: expected the ID of another row, found "${shortId(p.parent)}", which no row has. "${shortId(p.id)}" is shown as a top-level goal: fix the Parent or add the missing row.`,
  'problem.cycle': (p: { row?: number | null; ids: string[] }): string => {
    const named = p.ids.length > 50 ? [...p.ids.slice(0, 50), `… ${p.ids.length - 50} more`] : p.ids;
    const what =
      p.ids.length === 1
        ? `"${shortId(p.ids[0])}" is its own parent`
        : `IDs ${named.map((id) => `"${shortId(id)}"`).join(', ')} are each other's parents in a loop (${[...named, p.ids[0]].map(shortId).join(' → ')}, read "is a child of")`;
    return `${place({ row: p.row, id: p.ids[0], capital: true })}, column Parent: ${what}; expected a tree. These rows are left out of the scores: change the Parent of one of them.`;
  },
  'problem.too_deep': (p: { count: number; maxDepth: number; shown: string[] }): string =>
    `${p.count} row(s) sit more than ${p.maxDepth} levels below their top-level goal (${p.shown.map((id) => `"${shortId(id)}"`).join(', ')}${p.count > 5 ? ` and ${p.count - 5} more` : ''}); expected at most ${p.maxDepth} levels. They are left out of the scores: attach them to a goal higher up.`,

  // Aggregation windows: "Month to date", "Last 30 days", "Previous quarter", "OKR period".
  'window.label': (p: { unit: 'week' | 'month' | 'quarter' | 'year' | null; days: number | null; previous: boolean }): string =>
    p.days !== null
      ? `Last ${p.days} days`
      : p.unit === null
        ? 'OKR period'
        : p.previous
          ? `Previous ${p.unit}`
          : `${p.unit[0].toUpperCase()}${p.unit.slice(1)} to date`,

  // Forecasts
  'trend.no_target': (): string => 'No forecast: the key result has no target.',
  'trend.no_period': (): string => 'No forecast: the period needs a start and an end.',
  'trend.few_days': (p: { days: number; needed: number }): string =>
    `No forecast yet: ${p.days} day${p.days === 1 ? '' : 's'} with check-ins, at least ${p.needed} needed.`,
  'trend.too_early': (p: { days: number; needed: number }, f: Formatter): string =>
    `No forecast yet: the period started ${f.num(p.days, { decimals: 0 })} days ago; wait until more than ${p.needed} days have passed.`,
  'trend.progress_outside': (p: { progress: number | null }, f: Formatter): string =>
    `No forecast: progress is ${f.pct(p.progress)}; a trend is only projected between 10 % and 100 %.`,
  'trend.same_moment': (): string => 'No forecast: the check-ins all fall on the same moment.',
  'trend.ok': (
    p: { days: number; slope: number; valueAtEnd: number; projected: number | null; completion: number | null; offTrack: boolean },
    f: Formatter,
  ): string =>
    `Trend over ${p.days} days of check-ins: ${f.num(p.slope)} per day, ` +
    `${f.num(p.valueAtEnd)} by the end (${f.pct(p.projected)} of target); ` +
    (p.completion === null ? 'the trend never reaches the target' : `reaches the target around ${f.day(p.completion)}`) +
    (p.offTrack ? '. Trending off track: the pace looks fine but the trend misses the target.' : '.'),

};
