import { noProjection, periodGrade, projectProgress, type Grade, type Projection } from '../grade/index';
import { msg } from '../i18n/message';
import type { OkrNode } from '../types';
import type { NodeProgress } from './node-progress';
import { rollup } from './rollup';
import type { MissingPolicy, NodeEvaluation, NodeForecast } from './types';

export interface GradeContext {
  asOf: number;
  timeZone: string;
  missingAs: MissingPolicy;
  /** 'min' parents grade their weakest child, as their progress does. */
  lowest: boolean;
}

/**
 * The score of one node as graded at the end of its period (see periodGrade).
 *
 * A key result (or a node with data of its own) projects its own progress: the trend of
 * its check-ins, else its pace. A parent that rolls its children up grades the same
 * rollup of what each child is expected to end at (its projected or final progress), with
 * the same weights and missing-data policy. So the rollup of scores follows the rule its
 * progress follows, and a parent with one child grades like that child. A child without a
 * grade (no data, an undone milestone, a period whose first day has not passed) counts as
 * a child without data: its progress today is no forecast of its end.
 */
export function nodeGrade(
  node: OkrNode,
  progress: NodeProgress,
  children: readonly NodeEvaluation[],
  childNodes: readonly OkrNode[],
  expected: number | null,
  end: number | null,
  forecast: NodeForecast,
  context: GradeContext,
): Grade {
  const p = progress.result.progress;
  let projection: Projection;
  if (progress.source === 'rollup' || progress.source === 'min') {
    // The children nodeProgress counted: every child but tracked metrics, which never score.
    const ends: Array<number | null> = [];
    const weights: number[] = [];
    for (let k = 0; k < children.length; k++) {
      if (children[k].reason === 'track') continue;
      ends.push(endProgress(children[k]));
      weights.push(childNodes[k].weight);
    }
    const rolled = rollup(ends, weights, { missingAs: context.missingAs, mode: context.lowest ? 'min' : 'weighted' });
    projection =
      rolled.progress === null
        ? noProjection(msg('projection.no_child', {}))
        : { progress: rolled.progress, method: 'rollup', why: '' };
  } else {
    const own = progress.source === 'own' || progress.source === 'sum';
    projection = projectProgress({
      progress: p,
      expected,
      kind: own ? node.kind : null,
      trendProgress: forecast.trend?.projectedProgress ?? null,
    });
  }
  return periodGrade({ progress: p, end, asOf: context.asOf, timeZone: context.timeZone, projection });
}

function endProgress(child: NodeEvaluation): number | null {
  return child.grade.progress;
}
