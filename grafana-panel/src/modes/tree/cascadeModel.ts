import type { DataFrame } from '@grafana/data';
import {
  buildCascade,
  evaluateCascade,
  readTable,
  type Cascade,
  type NodeEvaluation,
  type OkrNode,
  type Problem,
  type RollupMode,
} from '@aligned/core';
import { applyLiveValues, type LiveSource } from './liveValues';
import { findOkrFrame, frameToTable } from './okrFrame';
import { readStatusRule } from './statusRule';
import { t } from '../../i18n/t';

/** Everything the tree and the bullets draw from OKR rows; every figure is the core's. */
export interface CascadeModel {
  okrFrame: DataFrame;
  cascade: Cascade;
  evaluations: ReadonlyMap<string, NodeEvaluation>;
  /** Problems of parsing, linking and live values, in row order where a row is known. */
  problems: Problem[];
  live: ReadonlyMap<string, LiveSource>;
  /** Node ID → index of its row in `okrFrame`, for data links. */
  frameRow: ReadonlyMap<string, number>;
}

export type CascadeResult = { model: CascadeModel } | { missing: string };

export interface CascadeInput {
  series: readonly DataFrame[];
  /** refId of the OKR query; empty = detect. */
  frameRefId: string;
  reducer: string;
  asOf: number;
  timeZone: string;
  rollupMode: RollupMode;
  /** Core status preset name (the panel's "Status rule"); unknown names fall back with a problem. */
  statusPreset?: string;
}

/**
 * Rows are numbered as in the source file or sheet: the header is row 1, so the first data row
 * is row 2 (a CSV's line number). The core's reader names problems with these numbers.
 */
const HEADER_ROW_NUMBER = 1;

export function buildCascadeModel(input: CascadeInput): CascadeResult {
  const okrFrame = findOkrFrame(input.series, input.frameRefId);
  if (!okrFrame) {
    return { missing: describeMissing(input.series, input.frameRefId) };
  }
  const { table } = frameToTable(okrFrame);
  // The same reader as the Sheets add-on: the row schema, or an outline, fill-down, prefixes…
  const parsed = readTable(table, { timeZone: input.timeZone, firstRowNumber: HEADER_ROW_NUMBER, today: input.asOf, sheetName: okrFrame.refId ?? t('tree.read.the-query', 'the OKR query'), askHow: t('tree.read.ask-how', 'Name the columns in the query (Title, Objective, Key result, Owner, Target…).') });
  if (parsed.question) return { missing: parsed.question };
  const live = applyLiveValues(parsed.nodes, input.series, okrFrame, input.reducer);
  const cascade = buildCascade(live.nodes);
  const rule = readStatusRule(input.statusPreset);
  const evaluations = evaluateCascade(cascade, {
    asOf: input.asOf,
    timeZone: input.timeZone,
    rollupMode: input.rollupMode,
    statusThresholds: rule.preset,
  });
  const frameRow = new Map<string, number>();
  for (const node of cascade.nodes) {
    if (node.row !== undefined && !frameRow.has(node.id)) {
      frameRow.set(node.id, node.row - HEADER_ROW_NUMBER - 1);
    }
  }
  return {
    model: {
      okrFrame,
      cascade,
      evaluations,
      problems: sortProblems([...parsed.problems, ...cascade.problems, ...live.problems, ...(rule.problem ? [rule.problem] : [])]),
      live: live.sources,
      frameRow,
    },
  };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? Infinity) - (b.p.row ?? Infinity) || a.i - b.i)
    .map(({ p }) => p);
}

function describeMissing(series: readonly DataFrame[], refId: string): string {
  if (series.length === 0) {
    return t('tree.missing.no-data', 'No data: add a table query that returns OKR rows (columns ID, Parent, Title, Target, Current, …).');
  }
  if (refId !== '') {
    const found = series.map((f) => f.refId).filter(Boolean).join(', ') || t('tree.missing.none', 'none');
    return t(
      'tree.missing.ref-id',
      'Option "OKR query" names refId "{{refId}}", but the queries are: {{found}}. Pick one of them or leave it empty to detect the OKR table.',
      { refId, found, interpolation: { escapeValue: false } }
    );
  }
  return t(
    'tree.missing.no-okr-table',
    'No query returns OKR rows: expected a table with a Title (or Objective / Key result) column and one more OKR column such as ID, Parent, Owner or Target (found columns: {{columns}}). Use the row schema or set "OKR query".',
    { columns: series[0].fields.map((f) => `"${f.name}"`).slice(0, 8).join(', '), interpolation: { escapeValue: false } }
  );
}

/** Node by ID (first of duplicates), for views. */
export function nodeById(model: CascadeModel, id: string): OkrNode | undefined {
  return model.cascade.byId.get(id);
}
