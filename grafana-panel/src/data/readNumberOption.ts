import { toNumber, ValueError } from '@aligned/core';
import type { OptionProblem } from './problem';
import { t } from '../i18n/t';

export type Interpolate = (text: string) => string;

export type NumberOptionResult = { value: number | null; problem?: undefined } | { value?: undefined; problem: OptionProblem };


/**
 * Reads a number the user typed in a panel option or field override.
 *
 * Options are stored as text so that dashboard variables work anywhere a number does:
 * the text is interpolated first, then read by the core's `toNumber` ("1,200", "$1.2M",
 * "15 %" → 0.15). Empty text is "not set" (`null`), never 0.
 *
 * `option` is the option's name for messages, or a function giving it: only a problem reads it.
 */
export function readNumberOption(raw: unknown, option: string | (() => string), interpolate: Interpolate): NumberOptionResult {
  const name = () => (typeof option === 'string' ? option : option());
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : invalid(name(), String(raw));
  const typed = String(raw);
  const text = typed.includes('$') ? interpolate(typed) : typed;
  if (/\$\{?[A-Za-z_]\w*/.test(text)) {
    const optionName = name();
    return {
      problem: {
        code: 'invalid_option',
        title: t('problem.number.no-variable', '{{option}} uses a dashboard variable that has no value', { option: optionName, interpolation: { escapeValue: false } }),
        option: optionName,
        expected: expectedNumber(),
        found: `"${text}"`,
        action: t('problem.number.no-variable-action', 'Create the variable in the dashboard settings (Variables) or type the number directly.'),
      },
    };
  }
  try {
    return { value: toNumber(text) };
  } catch (e) {
    if (e instanceof ValueError) return invalid(name(), e.found, typed !== text ? typed : undefined);
    throw e;
  }
}

function expectedNumber(): string {
  return t('problem.number.expected', 'a number such as 1200, 1,200, 1.2k or a dashboard variable such as $target');
}

function invalid(optionName: string, found: string, typed?: string): NumberOptionResult {
  return {
    problem: {
      code: 'invalid_option',
      title: t('problem.number.invalid', '{{option}} is not a number', { option: optionName, interpolation: { escapeValue: false } }),
      option: optionName,
      expected: expectedNumber(),
      found: typed ? t('problem.number.found-from', '{{found}} (from {{typed}})', { found, typed: JSON.stringify(typed), interpolation: { escapeValue: false } }) : found,
      action: t('problem.number.action', 'Type a number in {{option}}, or clear it.', { option: optionName, interpolation: { escapeValue: false } }),
    },
  };
}
