import { ValueError } from '@aligned/core';

/**
 * Bad input to a custom function, with a message a spreadsheet user can act on:
 * which argument, what was expected, what was found, what to do.
 *
 * A single-cell call throws it and Sheets shows the message on the cell; inside a range
 * the message becomes that cell's text and the other cells are still computed.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
    // Keeps `instanceof` working when the class is down-levelled by a bundler.
    Object.setPrototypeOf(this, InputError.prototype);
  }
}

/**
 * The text to show for an error raised while computing one cell.
 *
 * Input errors are already worded for the user. Anything else is a fault in Aligned, not in
 * the sheet; it is still shown (a raw "TypeError: x is undefined" helps nobody), but said to be ours.
 */
export function messageOf(error: unknown, functionName: string): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof ValueError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `${functionName} could not compute this cell (${detail}). This is a fault in Aligned, not in your sheet; please report it with the inputs.`;
}
