import { inEnglish } from '../i18n/english';
import { msg, type Message } from '../i18n/message';
import type { Problem } from '../types';

/** What a problem message needs to know about a row (an OkrNode is one). */
export interface RowRef {
  id: string;
  parentId?: string | null;
  row?: number;
}

/** A problem's `message` (English) and `i18n` (the same, for other languages). */
function said(message: Message): { message: string; i18n: Message } {
  return { message: inEnglish(message), i18n: message };
}

export function duplicateProblem(id: string, nodes: readonly RowRef[]): Problem {
  return {
    severity: 'error',
    row: nodes[1].row,
    column: 'ID',
    ids: [id],
    code: 'duplicate_id',
    ...said(msg('problem.duplicate_id', { id, places: nodes.map((node) => ({ row: node.row ?? null, id: node.id })) })),
  };
}

export function unknownParentProblem(node: RowRef): Problem {
  return {
    severity: 'error',
    row: node.row,
    column: 'Parent',
    ids: [node.id, String(node.parentId)],
    code: 'unknown_parent',
    ...said(msg('problem.unknown_parent', { row: node.row ?? null, id: node.id, parent: String(node.parentId) })),
  };
}

export function cycleProblem(loop: readonly RowRef[]): Problem {
  const ids = loop.map((node) => node.id);
  return {
    severity: 'error',
    row: loop[0].row,
    column: 'Parent',
    ids,
    code: 'cycle',
    // Every ID is in `ids`; the sentence names up to 50 so that a huge loop stays readable.
    ...said(msg('problem.cycle', { row: loop[0].row ?? null, ids })),
  };
}

export function tooDeepProblem(nodes: readonly RowRef[], maxDepth: number): Problem {
  return {
    severity: 'error',
    row: nodes[0].row,
    column: 'Parent',
    ids: nodes.slice(0, 100).map((node) => node.id),
    code: 'too_deep',
    ...said(msg('problem.too_deep', { count: nodes.length, maxDepth, shown: nodes.slice(0, 5).map((node) => node.id) })),
  };
}
