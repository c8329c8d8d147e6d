import { paceForecast, trendForecast, type TrendForecast } from '../forecast/index';
import { resolveThresholds, score, scoreBand } from '../status/index';
import { expectedProgress } from '../time/index';
import type { OkrNode, RollupMode } from '../types';
import { ValueError, toTime } from '../values/index';
import { asCascade } from './build';
import { nodeGrade } from './node-grade';
import { nodeProgress, type NodeProgress } from './node-progress';
import { nodeStatus } from './node-status';
import type { Cascade, EvaluateOptions, NodeEvaluation } from './types';

const MODES: readonly RollupMode[] = ['weighted', 'sum', 'min', 'worst'];

/**
 * Scores a whole cascade in one pass over the reverse topological order (children before
 * parents): progress, status, score, coverage, explanation and forecasts for every node.
 *
 * Nodes left out by buildCascade (duplicates, cycles, too deep) have no entry; pass a built
 * cascade to read its problems. The Map iterates parents first. The core never reads the
 * clock: `asOf` is required.
 */
export function evaluateCascade(input: readonly OkrNode[] | Cascade, options: EvaluateOptions): Map<string, NodeEvaluation> {
  const asOf = readAsOf(options.asOf);
  const timeZone = options.timeZone ?? 'UTC';
  const mode = readMode(options.rollupMode ?? 'weighted', 'rollupMode');
  const cap = readCap(options.cap);
  const thresholds = resolveThresholds(options.statusThresholds);
  const missingAs = options.missingAs ?? 'exclude';
  if (missingAs !== 'exclude' && missingAs !== 'zero') {
    throw new ValueError("missingAs 'exclude' or 'zero'", missingAs, "Use 'exclude' to leave children without data out of the mean, 'zero' to count them as 0.");
  }
  // A Map, not the options object: looking a row ID up on a plain object costs a string
  // internalisation per node, which showed as the largest item of a 50,000-node profile.
  const modeOverrides = new Map<string, RollupMode>();
  for (const [id, value] of Object.entries(options.rollupModeById ?? {})) modeOverrides.set(id, readMode(value, `rollupModeById["${id}"]`));

  const cascade = asCascade(input, { maxDepth: options.maxDepth });
  const { nodes } = cascade;
  const { order, childStart, childList, depth } = cascade.index;
  const evaluations: NodeEvaluation[] = new Array(nodes.length);

  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const node = nodes[i];
    const children: NodeEvaluation[] = [];
    const childNodes: OkrNode[] = [];
    for (let m = childStart[i]; m < childStart[i + 1]; m++) {
      children.push(evaluations[childList[m]]);
      childNodes.push(nodes[childList[m]]);
    }
    const nodeMode = modeOverrides.size === 0 ? mode : (modeOverrides.get(node.id) ?? mode);
    const start = numberOrNull(cascade.index.start[i]);
    const end = numberOrNull(cascade.index.end[i]);
    const expected = expectedProgress(start, end, asOf, timeZone);
    const progress = nodeProgress(node, children, childNodes, { mode: nodeMode, cap, missingAs });
    const status = nodeStatus(node, progress, expected, start, end, { asOf, thresholds, worst: nodeMode === 'worst', timeZone });
    const s = score(progress.result.progress);
    const forecast = forecastFor(node, progress, expected, start, end, asOf, timeZone, cap);
    evaluations[i] = {
      id: node.id,
      progress: progress.result.progress,
      raw: progress.result.raw,
      reason: progress.result.reason,
      source: progress.source,
      current: progress.current,
      status,
      score: s,
      scoreBand: scoreBand(s),
      expected,
      coverage: progress.coverage,
      explain: progress.result.explain,
      i18n: progress.result.i18n,
      forecast,
      grade: nodeGrade(node, progress, children, childNodes, expected, end, forecast, { asOf, timeZone, missingAs, lowest: nodeMode === 'min' }),
      start,
      end,
      depth: depth[i],
    };
  }

  const result = new Map<string, NodeEvaluation>();
  for (let k = 0; k < order.length; k++) result.set(nodes[order[k]].id, evaluations[order[k]]);
  return result;
}

function forecastFor(
  node: OkrNode,
  progress: NodeProgress,
  expected: number | null,
  start: number | null,
  end: number | null,
  asOf: number,
  timeZone: string,
  cap: number | null,
): NodeEvaluation['forecast'] {
  const p = progress.result.progress;
  let paceProgress: number | null = null;
  if (p !== null && expected !== null && expected > 0) paceProgress = Math.min(p / expected, cap ?? Infinity);
  const linear = node.kind === 'increase' || node.kind === 'decrease';
  const pace = linear ? paceForecast(progress.current, node.baseline, expected) : null;
  let trend: TrendForecast | null = null;
  if (node.checkIns.length > 0 && start !== null && end !== null) {
    trend = trendForecast(node.checkIns, { target: node.target, baseline: node.baseline, start, end, asOf, timeZone });
  }
  return { pace, paceProgress, trend };
}

function numberOrNull(value: number): number | null {
  return value === value ? value : null;
}

function readAsOf(value: unknown): number {
  let t: number | null;
  try {
    t = toTime(value);
  } catch {
    t = null;
  }
  if (t === null) {
    throw new ValueError('asOf: the moment to score at, as a Date or epoch milliseconds', value, 'Pass asOf (for example Date.now() in the front end); the core never reads the clock itself.');
  }
  return t;
}

function readMode(value: unknown, option: string): RollupMode {
  if (typeof value === 'string' && (MODES as readonly string[]).includes(value)) return value as RollupMode;
  throw new ValueError(`${option}: one of ${MODES.join(', ')}`, value, "Use 'weighted' (the default), 'sum', 'min' or 'worst'.");
}

function readCap(value: number | null | undefined): number | null {
  if (value === undefined) return 1;
  if (value === null || value === Infinity) return null;
  if (typeof value === 'number' && value > 0) return value;
  throw new ValueError('cap: a number above 0 (1 = 100 %), or Infinity for no cap', value, 'Leave cap out for the usual 100 % cap.');
}
