import type { Problem } from '../types';

/** What a problem message needs to know about a row (an OkrNode is one). */
export interface RowRef {
  id: string;
  parentId?: string | null;
  row?: number;
}

/** "row 7" when the node came from a sheet, else its ID. */
export function whereIs(node: RowRef): string {
  return node.row !== undefined ? `row ${node.row}` : `ID "${short(node.id)}"`;
}

/**
 * An ID as a message shows it: cut to 60 characters. IDs come from cells, and a message that
 * repeats a 50,000-character cell could not be shown in a cell, a sidebar or an alert.
 */
function short(id: unknown): string {
  const text = String(id);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function duplicateProblem(id: string, nodes: readonly RowRef[]): Problem {
  const places = nodes.map(whereIs);
  const list = places.length === 2 ? `${places[0]} and ${places[1]}` : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`;
  return {
    severity: 'error',
    row: nodes[1].row,
    column: 'ID',
    ids: [id],
    code: 'duplicate_id',
    message: `ID "${short(id)}" is used by ${list}; expected each row to have its own ID. Only the first is used: give the others a new ID.`,
  };
}

export function unknownParentProblem(node: RowRef): Problem {
  return {
    severity: 'error',
    row: node.row,
    column: 'Parent',
    ids: [node.id, String(node.parentId)],
    code: 'unknown_parent',
    message: `${capitalised(whereIs(node))}, column Parent: expected the ID of another row, found "${short(node.parentId)}", which no row has. "${short(node.id)}" is shown as a top-level goal: fix the Parent or add the missing row.`,
  };
}

export function cycleProblem(loop: readonly RowRef[]): Problem {
  const ids = loop.map((node) => node.id);
  // Every ID is in `ids`; the sentence names up to 50 so that a huge loop stays readable.
  const named = ids.length > 50 ? [...ids.slice(0, 50), `… ${ids.length - 50} more`] : ids;
  const chain = [...named, ids[0]].map(short).join(' → ');
  const what =
    loop.length === 1
      ? `"${short(ids[0])}" is its own parent`
      : `IDs ${named.map((id) => `"${short(id)}"`).join(', ')} are each other's parents in a loop (${chain}, read "is a child of")`;
  return {
    severity: 'error',
    row: loop[0].row,
    column: 'Parent',
    ids,
    code: 'cycle',
    message: `${capitalised(whereIs(loop[0]))}, column Parent: ${what}; expected a tree. These rows are left out of the scores: change the Parent of one of them.`,
  };
}

export function tooDeepProblem(nodes: readonly RowRef[], maxDepth: number): Problem {
  const shown = nodes.slice(0, 5).map((node) => `"${short(node.id)}"`).join(', ');
  const more = nodes.length > 5 ? ` and ${nodes.length - 5} more` : '';
  return {
    severity: 'error',
    row: nodes[0].row,
    column: 'Parent',
    ids: nodes.slice(0, 100).map((node) => node.id),
    code: 'too_deep',
    message: `${nodes.length} row(s) sit more than ${maxDepth} levels below their top-level goal (${shown}${more}); expected at most ${maxDepth} levels. They are left out of the scores: attach them to a goal higher up.`,
  };
}
