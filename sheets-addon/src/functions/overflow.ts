import { InputError } from './InputError';

/**
 * Finite inputs can still overflow: 1E308 − (−1E308) is beyond the largest double, so a span,
 * a difference or a projection becomes ±Infinity. That is the inputs' doing, not a fault, and
 * the cell must say so instead of going blank or blaming Aligned.
 */
export function overflowError(inputs: string): InputError {
  return new InputError(
    `the result overflows: with these ${inputs} the arithmetic goes past ±1.8E308, the largest number a spreadsheet holds. ` +
      'Check them for a typo such as an extra exponent (1E308), or scale the figures down (thousands, millions).',
  );
}
