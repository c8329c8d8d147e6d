import type { NodeEvaluation } from '../cascade/types';
import { msg, verbatim, type Message } from '../i18n/message';
import type { Level, OkrNode, StatusCode } from '../types';
import { staleness, lastUpdateOf, type Staleness } from './staleness';

/** What events compare between two evaluations; small enough to store between runs. */
export interface PriorState {
  status: StatusCode;
  value: number | null;
  stale: boolean;
}

/** A key result as automations see it at one moment. */
export interface KrState extends PriorState {
  id: string;
  title: string;
  owner: string;
  level: Level | null;
  statusLabel: string;
  target: number | null;
  progress: number | null;
  unit: string;
  /** The core's explanation of the status and the figure, for mails and alert summaries. */
  explain: string;
  /** `explain` as a catalogue message (`renderMessage(kr.explainMessage, 'ru')`); absent in states made by hand. */
  explainMessage?: Message;
  staleness: Staleness;
}

export interface PriorSnapshot {
  asOf: number;
  states: ReadonlyMap<string, PriorState>;
}

export interface Snapshot extends PriorSnapshot {
  states: ReadonlyMap<string, KrState>;
}

export interface SnapshotOptions {
  asOf: number;
  /** Cadence in days per ID (the "Check-in every" column); the default applies when absent. */
  cadenceDays?: (id: string) => number | null;
  /** Newest live sample per ID, for key results fed by a metric. */
  lastSample?: (id: string) => number | null;
}

/** Statuses for which a missing check-in does not matter: nothing is left to report. */
const AT_REST: ReadonlySet<StatusCode> = new Set(['closed', 'achieved', 'not_started']);

/**
 * The key results (and KPIs) of an evaluated cascade, each with its status, value, the
 * core's explanation and its staleness. Objectives and tasks are left out: they have no
 * check-ins of their own.
 */
export function takeSnapshot(nodes: readonly OkrNode[], evaluations: ReadonlyMap<string, NodeEvaluation>, options: SnapshotOptions): Snapshot {
  const states = new Map<string, KrState>();
  const { asOf } = options;
  for (const node of nodes) {
    if (node.type !== 'key_result' && node.type !== 'kpi') continue;
    const evaluation = evaluations.get(node.id);
    if (evaluation === undefined || states.has(node.id)) continue;
    const lastUpdate = lastUpdateOf(node, options.lastSample?.(node.id) ?? null);
    const fresh = staleness(lastUpdate, asOf, options.cadenceDays?.(node.id) ?? null, evaluation.start);
    const code = evaluation.status.code;
    // A closed, achieved or not yet started key result, or one whose period is over, needs no check-in.
    if (AT_REST.has(code) || (evaluation.end !== null && asOf > evaluation.end)) fresh.stale = false;
    states.set(node.id, {
      id: node.id,
      title: node.title,
      owner: node.owner,
      level: node.level,
      status: code,
      statusLabel: evaluation.status.label,
      value: evaluation.current,
      target: node.target,
      progress: evaluation.progress,
      unit: node.unit,
      explain: explainState(evaluation),
      explainMessage: explainStateMessage(evaluation),
      stale: fresh.stale,
      staleness: fresh,
    });
  }
  return { asOf, states };
}

function explainState(evaluation: NodeEvaluation): string {
  const status = `${evaluation.status.label}: ${evaluation.status.explain}`;
  return evaluation.explain && evaluation.explain !== evaluation.status.explain ? `${status} ${evaluation.explain}` : status;
}

function explainStateMessage(evaluation: NodeEvaluation): Message {
  const { status } = evaluation;
  const figure = evaluation.explain && evaluation.explain !== status.explain ? (evaluation.i18n ?? verbatim(evaluation.explain)) : null;
  return msg('state.explain', { status: status.code, label: status.label, said: status.i18n ?? verbatim(status.explain), figure });
}

/** The stored form of a snapshot: [id, status, value, stale] rows. */
export interface SnapshotRecord {
  asOf: number;
  rows: Array<[string, StatusCode, number | null, 0 | 1]>;
}

export function toRecord(snapshot: PriorSnapshot): SnapshotRecord {
  const rows: SnapshotRecord['rows'] = [];
  for (const [id, s] of snapshot.states) rows.push([id, s.status, s.value, s.stale ? 1 : 0]);
  return { asOf: snapshot.asOf, rows };
}

/** Reads a stored snapshot back; anything malformed gives null (the next run starts afresh). */
export function fromRecord(record: unknown): PriorSnapshot | null {
  if (typeof record !== 'object' || record === null) return null;
  const { asOf, rows } = record as Partial<SnapshotRecord>;
  if (typeof asOf !== 'number' || !Number.isFinite(asOf) || !Array.isArray(rows)) return null;
  const states = new Map<string, PriorState>();
  for (const row of rows) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') return null;
    const value = typeof row[2] === 'number' && Number.isFinite(row[2]) ? row[2] : null;
    states.set(row[0], { status: row[1] as StatusCode, value, stale: row[3] === 1 });
  }
  return { asOf, states };
}
