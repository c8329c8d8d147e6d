import { msg, type Message } from '../i18n/message';
import type { OkrNode, Problem } from '../types';
import { problem } from './cell-reader';

/**
 * Checks a parsed row as a whole: combinations of cells that are each fine alone but
 * cannot be scored together. The row is kept; the problem says what to change.
 */
export function validateNode(node: OkrNode, problems: Problem[], hasBaselineColumn = true): void {
  const push = (severity: Problem['severity'], column: string, code: string, text: Message): void => {
    const place = node.row !== undefined ? { row: node.row } : { id: node.id };
    problem(problems, severity, node.row, column, code, msg('schema.check', { ...place, column, text }), [node.id]);
  };
  const linear = node.kind === 'increase' || node.kind === 'decrease';
  const scored = node.type === 'key_result' || node.type === 'kpi';

  if (linear && node.baseline !== null && node.target !== null) {
    if (node.baseline === node.target) {
      push('warning', 'Target', 'degenerate', msg('check.degenerate', { target: node.target }));
    } else if ((node.target > node.baseline) !== (node.kind === 'increase')) {
      push('error', 'Kind', 'direction_mismatch', msg('check.direction', { increase: node.kind === 'increase', baseline: node.baseline, target: node.target }));
    }
  }
  // Without a Baseline column there is no cell to point at: progress is measured from 0
  // (as OKR_PROGRESS does) and the explanation says so; an empty cell is worth a warning.
  if (hasBaselineColumn && scored && linear && node.target !== null && node.baseline === null) {
    push('warning', 'Baseline', 'missing_baseline', msg('check.missing_baseline', {}));
  }
  if (scored && node.target === null && (linear || node.kind === 'above' || node.kind === 'below')) {
    push('warning', 'Target', 'missing_target', msg('check.missing_target', { kind: node.kind as string }));
  }
  if (node.kind === 'range' && node.low !== null && node.high !== null && node.low > node.high) {
    push('error', 'Low', 'low_above_high', msg('check.low_above_high', { low: node.low, high: node.high }));
  }
  if (node.start !== null && node.end !== null && node.end < node.start) {
    push('error', 'End', 'end_before_start', msg('check.end_before_start', { start: node.start, end: node.end }));
  }
}
