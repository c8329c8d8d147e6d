import { explainedBy } from '../i18n/english';
import { msg, verbatim } from '../i18n/message';
import { scoreKeyResult } from '../progress/index';
import type { OkrNode, ProgressResult, RollupMode } from '../types';
import { rollup, coverageOf } from './rollup';
import type { Coverage, MissingPolicy, NodeEvaluation, ProgressSource } from './types';

/** Progress of one node, before status and forecasts are added. */
export interface NodeProgress {
  result: ProgressResult;
  source: ProgressSource;
  current: number | null;
  coverage: Coverage;
  /** Children that fed the figure (track children and left-out rows excluded). */
  counted: readonly NodeEvaluation[];
}

export interface ProgressContext {
  mode: RollupMode;
  cap: number | null;
  missingAs: MissingPolicy;
}

const DONE = 1 - 1e-9;

/**
 * Where a node's progress comes from, first match wins:
 * 1. its own data (a key result, KPI or task with a Current or Done), or no children at all;
 * 2. 'sum' mode and a target of its own: the children's currents added up and scored
 *    against the node's baseline and target (value rollup);
 * 3. a milestone with child tasks: a checklist of the children (done = progress 100 %);
 * 4. otherwise the children's progress: weighted mean, or the lowest in 'min' mode.
 * Own data wins over children because a measured value is the truth the cascade estimates.
 */
export function nodeProgress(node: OkrNode, children: readonly NodeEvaluation[], childNodes: readonly OkrNode[], context: ProgressContext): NodeProgress {
  const counted: NodeEvaluation[] = [];
  const countedNodes: OkrNode[] = [];
  for (let k = 0; k < children.length; k++) {
    if (children[k].reason === 'track') continue; // a tracked metric informs, it never scores
    counted.push(children[k]);
    countedNodes.push(childNodes[k]);
  }

  if (hasOwnData(node) || children.length === 0) return own(node, context);

  if (context.mode === 'sum' && node.target !== null) return sumOfChildren(node, children, childNodes, context);

  if (node.kind === 'milestone') {
    const checklist = counted.map((child, k) => ({
      done: child.progress === null ? null : child.progress >= DONE,
      weight: countedNodes[k].weight,
    }));
    const result = scoreKeyResult({ kind: 'milestone', checklist });
    const reporting = counted.filter((child) => child.progress !== null).length;
    return { result, source: 'checklist', current: null, coverage: coverageOf(reporting, counted.length), counted };
  }

  const rolled = rollup(
    counted.map((child) => child.progress),
    countedNodes.map((child) => child.weight),
    { cap: context.cap ?? Infinity, missingAs: context.missingAs, mode: context.mode === 'min' ? 'min' : 'weighted' },
  );
  return {
    result: { raw: rolled.progress, progress: rolled.progress, reason: rolled.reason, explain: rolled.explain, i18n: rolled.i18n },
    source: context.mode === 'min' ? 'min' : 'rollup',
    current: null,
    coverage: rolled.coverage,
    counted,
  };
}

function hasOwnData(node: OkrNode): boolean {
  if (node.kind === null) return false;
  if (node.kind === 'milestone') return node.done !== null || node.current !== null;
  if (node.kind === 'track') return true;
  return node.current !== null;
}

function own(node: OkrNode, context: ProgressContext): NodeProgress {
  const single = (result: ProgressResult): NodeProgress => ({
    result,
    source: 'own',
    current: node.current,
    coverage: result.reason === 'track' ? coverageOf(0, 0) : coverageOf(result.progress === null ? 0 : 1, 1),
    counted: [],
  });
  if (node.kind === null) {
    return single({
      raw: null,
      progress: null,
      reason: node.type === 'objective' ? 'no_weighted_children' : 'no_data',
      ...explainedBy(msg('cascade.nothing', { objective: node.type === 'objective' })),
    });
  }
  // A key result with Target and Current but no Baseline is measured from 0, as OKR_PROGRESS
  // does with a blank baseline: the sheet function and the cascade never disagree on the same cells.
  const fromZero = node.baseline === null && node.target !== null && node.current !== null && (node.kind === 'increase' || node.kind === 'decrease');
  const result = scoreKeyResult({
    kind: node.kind,
    baseline: fromZero ? 0 : node.baseline,
    target: node.target,
    current: node.current,
    low: node.low,
    high: node.high,
    done: node.done,
    cap: context.cap,
  });
  return single(fromZero ? { ...result, ...explainedBy(msg('progress.from_zero', { result: result.i18n ?? verbatim(result.explain) })) } : result);
}

function sumOfChildren(node: OkrNode, children: readonly NodeEvaluation[], childNodes: readonly OkrNode[], context: ProgressContext): NodeProgress {
  let sum = 0;
  let reporting = 0;
  let total = 0;
  for (let k = 0; k < children.length; k++) {
    if (!(childNodes[k].weight > 0)) continue;
    total++;
    const value = children[k].current;
    if (value === null) continue;
    reporting++;
    sum += value;
  }
  const coverage = coverageOf(reporting, total);
  const current = reporting > 0 ? sum : null;
  const result = scoreKeyResult({
    kind: node.kind,
    baseline: node.baseline ?? 0,
    target: node.target,
    current,
    low: node.low,
    high: node.high,
    cap: context.cap,
  });
  const said = explainedBy(
    current === null
      ? msg('cascade.sum_none', { reporting, total })
      : msg('cascade.sum', { current, reporting, total, noBaseline: node.baseline === null, result: result.i18n ?? verbatim(result.explain) }),
  );
  return { result: { ...result, ...said }, source: 'sum', current, coverage, counted: children.slice() };
}
