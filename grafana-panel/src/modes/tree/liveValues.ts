import {
  type DataFrame,
  type Field,
  FieldType,
  fieldReducers,
  getFieldDisplayName,
} from '@grafana/data';
import { reduceValue } from '../../data/reduceValue';
import type { OkrNode, Problem } from '@aligned/core';
import { t } from '../../i18n/t';

/** Where a node's live Current came from, for the explanation and for data links. */
export interface LiveSource {
  frame: DataFrame;
  field: Field;
  /** "B · leads (Last *)": which query and field, through which reducer. */
  label: string;
  value: number | null;
}

export interface LiveValues {
  /** The nodes, with Current replaced where the Metric column names a live series. */
  nodes: OkrNode[];
  sources: Map<string, LiveSource>;
  problems: Problem[];
}

/**
 * Replaces each node's Current with the reduced value of the live series its Metric column
 * names: a query refId, or a field name / display name. Target and baseline stay the table's.
 * A reduced value of nothing is `null` (no data), never 0.
 */
export function applyLiveValues(
  nodes: readonly OkrNode[],
  series: readonly DataFrame[],
  okrFrame: DataFrame,
  reducerId: string
): LiveValues {
  const liveFrames = series.filter((f) => f !== okrFrame);
  const sources = new Map<string, LiveSource>();
  const problems: Problem[] = [];
  if (liveFrames.length === 0) {
    // No live queries at all: the Metric column may be meant for another front end; use the table.
    return { nodes: [...nodes], sources, problems };
  }
  const reducer = fieldReducers.getIfExists(reducerId);
  const reducerName = reducer?.name ?? 'Last *';
  const nodeIds = new Set(nodes.map((n) => n.id));
  const reduced = new Map<Field, number | null>();

  const out = nodes.map((node) => {
    const metric = node.metric.trim();
    if (metric === '' || nodeIds.has(metric)) {
      return node; // no live source, or a KPI node handled by the core
    }
    const match = findSeries(metric, liveFrames);
    if (!match) {
      problems.push({
        severity: 'warning',
        row: node.row,
        column: 'Metric',
        ids: [node.id],
        code: 'unknown_metric',
        message: t(
          'tree.unknown-metric',
          'Row {{row}} ({{id}}): Metric "{{metric}}" names no query refId or field of this panel (found: {{found}}). The table\'s Current is used; name a refId or field to make it live.',
          { row: node.row ?? '?', id: node.id, metric, found: describeAvailable(liveFrames), interpolation: { escapeValue: false } }
        ),
      });
      return node;
    }
    if (!reduced.has(match.field)) {
      reduced.set(match.field, reduceValue(match.field, reducerId));
    }
    const value = reduced.get(match.field) ?? null;
    const where = match.frame.refId ? `${match.frame.refId} · ` : '';
    sources.set(node.id, {
      frame: match.frame,
      field: match.field,
      value,
      label: `${where}${getFieldDisplayName(match.field, match.frame)} (${reducerName})`,
    });
    return { ...node, current: value };
  });

  if (!reducer) {
    problems.push({
      severity: 'warning',
      code: 'unknown_reducer',
      message: `Option "Cascade › Live value reducer" is "${reducerId}", which is not a Grafana reducer; the last non-null value is used. Choose a reducer such as "lastNotNull" or "mean".`,
    });
  }
  return { nodes: out, sources, problems };
}

function findSeries(metric: string, frames: readonly DataFrame[]): { frame: DataFrame; field: Field } | undefined {
  const byRefId = frames.find((f) => f.refId === metric);
  if (byRefId) {
    const field = byRefId.fields.find(isNumeric);
    if (field) {
      return { frame: byRefId, field };
    }
  }
  for (const frame of frames) {
    for (const field of frame.fields) {
      if (isNumeric(field) && (field.name === metric || getFieldDisplayName(field, frame) === metric)) {
        return { frame, field };
      }
    }
  }
  return undefined;
}

function isNumeric(field: Field): boolean {
  return field.type === FieldType.number;
}

function describeAvailable(frames: readonly DataFrame[]): string {
  const names: string[] = [];
  for (const frame of frames) {
    if (frame.refId) {
      names.push(`refId ${frame.refId}`);
    }
    for (const field of frame.fields) {
      if (isNumeric(field)) {
        names.push(`field "${getFieldDisplayName(field, frame)}"`);
      }
    }
  }
  const shown = names.slice(0, 6).join(', ');
  return names.length > 6 ? `${shown}, …` : shown || 'no numeric series';
}
