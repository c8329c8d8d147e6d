import { msg, type Message } from '../i18n/message';
import { formatNumber, MINUS } from '../values/formatNumber';

/** A number as an operand in a formula: negatives in brackets, so "(31 − (−12))" reads right. */
export function operand(value: number): string {
  const text = formatNumber(value);
  return value < 0 ? `(${text})` : text;
}

/**
 * "(31 − 12) ÷ (43 − 12)": the linear formula with the user's own numbers, so that
 * anyone can check a percentage with a calculator.
 */
export function linearFormula(current: number, zeroAt: number, oneAt: number): string {
  return `(${operand(current)} ${MINUS} ${operand(zeroAt)}) ÷ (${operand(oneAt)} ${MINUS} ${operand(zeroAt)})`;
}

/** The same formula as a catalogue message, so that other languages print the numbers their way. */
export function linearFormulaMessage(current: number, zeroAt: number, oneAt: number): Message {
  return msg('formula.linear', { current, zeroAt, oneAt });
}
