import type { OkrNode, Problem } from '../types';
import { formatNumber } from '../values/index';

/**
 * Checks a parsed row as a whole: combinations of cells that are each fine alone but
 * cannot be scored together. The row is kept; the problem says what to change.
 */
export function validateNode(node: OkrNode, problems: Problem[], hasBaselineColumn = true): void {
  const at = node.row !== undefined ? `Row ${node.row}` : `ID "${node.id}"`;
  const push = (severity: Problem['severity'], column: string, code: string, message: string): void => {
    problems.push({ severity, row: node.row, column, ids: [node.id], code, message: `${at}, column ${column}: ${message}` });
  };
  const linear = node.kind === 'increase' || node.kind === 'decrease';
  const scored = node.type === 'key_result' || node.type === 'kpi';

  if (linear && node.baseline !== null && node.target !== null) {
    if (node.baseline === node.target) {
      push('warning', 'Target', 'degenerate', `expected a target different from the baseline, found both ${formatNumber(node.target)}. The key result can only be met or not met: change the Target or the Baseline.`);
    } else if ((node.target > node.baseline) !== (node.kind === 'increase')) {
      push('error', 'Kind', 'direction_mismatch', `expected a target ${node.kind === 'increase' ? 'above' : 'below'} the baseline for kind ${node.kind}, found baseline ${formatNumber(node.baseline)} and target ${formatNumber(node.target)}. Swap Baseline and Target, or change the Kind.`);
    }
  }
  // Without a Baseline column there is no cell to point at: progress is measured from 0
  // (as OKR_PROGRESS does) and the explanation says so; an empty cell is worth a warning.
  if (hasBaselineColumn && scored && linear && node.target !== null && node.baseline === null) {
    push('warning', 'Baseline', 'missing_baseline', 'expected the value at the start of the period, found an empty cell. Progress is measured from 0, as OKR_PROGRESS does: type the starting value if it is not 0.');
  }
  if (scored && node.target === null && (linear || node.kind === 'above' || node.kind === 'below')) {
    push('warning', 'Target', 'missing_target', `expected a target for a key result of kind ${node.kind}, found an empty cell. Type the value to reach, or set Kind to track.`);
  }
  if (node.kind === 'range' && node.low !== null && node.high !== null && node.low > node.high) {
    push('error', 'Low', 'low_above_high', `expected Low at or below High, found Low ${formatNumber(node.low)} and High ${formatNumber(node.high)}. Swap the two values.`);
  }
  if (node.start !== null && node.end !== null && node.end < node.start) {
    push('error', 'End', 'end_before_start', `expected an end on or after the start (${isoDay(node.start)}), found ${isoDay(node.end)}. Correct the End or the Start date.`);
  }
}

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
