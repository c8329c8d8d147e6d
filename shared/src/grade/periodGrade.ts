import { explainedBy } from '../i18n/english';
import { msg, verbatim, type Message } from '../i18n/message';
import { score, scoreBand } from '../status/index';
import { startOfDay } from '../time/startOfDay';
import { formatNumber, MISSING_TEXT } from '../values/formatNumber';
import { isMissing } from '../values/isMissing';
import { shortDay } from './shortDay';
import type { Grade, Projection } from './types';

export interface GradeInput {
  /** Clamped progress now (made by the end, once the end day has come); `null` = no data. */
  progress: number | null | undefined;
  /** The last day of the period, counted whole; `null` when the period is unknown. */
  end: number | null | undefined;
  asOf: number;
  timeZone?: string;
  /** From projectProgress, or a rollup of the children's projections. */
  projection: Projection;
}

/**
 * The score as graded at the end of the period. Google-style scores grade a finished
 * period; read mid-period, today's progress is no grade (on pace at 35 % would read as a
 * red 0.3). So while the period runs the score is the score of the projected end progress,
 * labelled "projected"; from the end day on it is the final score, today's rule
 * (score(progress)). No data is no score, never 0.0.
 */
export function periodGrade(input: GradeInput): Grade {
  const timeZone = input.timeZone ?? 'UTC';
  if (isMissing(input.progress)) return noScore(msg('grade.no_data', {}));
  const progress = input.progress as number;
  if (isMissing(input.end)) {
    const s = score(progress) as number;
    return graded(s, 'current', null, progress, msg('grade.current', { score: s, progress }));
  }
  const end = input.end as number;
  const { day, endDay } = endOf(end, timeZone);
  if (input.asOf >= endDay) {
    const s = score(progress) as number;
    return graded(s, 'final', null, progress, msg('grade.final', { score: s, progress, end, timeZone, day }));
  }
  const { projection } = input;
  if (projection.progress === null || projection.method === null) {
    const why = projection.because ?? (projection.why ? verbatim(projection.why) : null);
    return noScore(msg('grade.no_projection', { why }));
  }
  const at = projection.progress;
  const s = score(at) as number;
  return graded(s, 'projected', projection.method, at, msg('grade.projected', { score: s, progress: at, method: projection.method, end, timeZone, day }));
}

// A cascade grades thousands of nodes that share a handful of period ends; reading a zone's
// calendar (Intl) per node would cost more than the grade itself, so the last end is kept.
let lastEnd = NaN;
let lastZone = '';
let lastResult = { day: '', endDay: 0 };

/** The end day's name ("31 Dec") and first instant in the zone. */
function endOf(end: number, timeZone: string): { day: string; endDay: number } {
  if (end !== lastEnd || timeZone !== lastZone) {
    lastResult = { day: shortDay(end, timeZone), endDay: startOfDay(end, timeZone) };
    lastEnd = end;
    lastZone = timeZone;
  }
  return lastResult;
}

function tenth(s: number): string {
  return formatNumber(s, { decimals: 1 });
}

function graded(s: number, basis: Grade['basis'], method: Grade['method'], progress: number, message: Message): Grade {
  return {
    score: s,
    band: scoreBand(s),
    basis,
    method,
    progress,
    label: basis === 'projected' ? `${tenth(s)} projected` : tenth(s),
    ...explainedBy(message),
  };
}

function noScore(message: Message): Grade {
  return { score: null, band: null, basis: 'none', method: null, progress: null, label: MISSING_TEXT, ...explainedBy(message) };
}
