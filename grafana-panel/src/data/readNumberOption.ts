import { toNumber, ValueError } from '@aligned/core';
import type { OptionProblem } from './problem';

export type Interpolate = (text: string) => string;

export type NumberOptionResult = { value: number | null; problem?: undefined } | { value?: undefined; problem: OptionProblem };

const EXPECTED_NUMBER = 'a number such as 1200, 1,200, 1.2k or a dashboard variable such as $target';

/**
 * Reads a number the user typed in a panel option or field override.
 *
 * Options are stored as text so that dashboard variables work anywhere a number does:
 * the text is interpolated first, then read by the core's `toNumber` ("1,200", "$1.2M",
 * "15 %" → 0.15). Empty text is "not set" (`null`), never 0.
 */
export function readNumberOption(raw: unknown, optionName: string, interpolate: Interpolate): NumberOptionResult {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : invalid(optionName, String(raw));
  const typed = String(raw);
  const text = typed.includes('$') ? interpolate(typed) : typed;
  if (/\$\{?[A-Za-z_]\w*/.test(text)) {
    return {
      problem: {
        code: 'invalid_option',
        title: `${optionName} uses a dashboard variable that has no value`,
        option: optionName,
        expected: EXPECTED_NUMBER,
        found: `"${text}"`,
        action: 'Create the variable in the dashboard settings (Variables) or type the number directly.',
      },
    };
  }
  try {
    return { value: toNumber(text) };
  } catch (e) {
    if (e instanceof ValueError) return invalid(optionName, e.found, typed !== text ? typed : undefined);
    throw e;
  }
}

function invalid(optionName: string, found: string, typed?: string): NumberOptionResult {
  return {
    problem: {
      code: 'invalid_option',
      title: `${optionName} is not a number`,
      option: optionName,
      expected: EXPECTED_NUMBER,
      found: typed ? `${found} (from ${JSON.stringify(typed)})` : found,
      action: `Type a number in ${optionName}, or clear it.`,
    },
  };
}
