import { t } from '../i18n/t';
/**
 * The one message a panel shows instead of a chart when it cannot draw one.
 *
 * Every problem names the option (as it reads in the options pane), what was expected,
 * what was found and what to do, so that the person editing the panel can fix it
 * without reading code or logs.
 */
export type ProblemCode = 'no_data' | 'no_numeric_field' | 'no_target' | 'invalid_option' | 'okr_rows';

export interface OptionProblem {
  code: ProblemCode;
  /** Short headline, e.g. "No target configured". */
  title: string;
  /** Where to fix it, as shown in the options pane, e.g. "Key result › Target". */
  option?: string;
  expected?: string;
  found?: string;
  /** What to do, as a sentence. */
  action: string;
}

/** The problem as one sentence, for tooltips, logs and tests. */
export function describeProblem(p: OptionProblem): string {
  const parts = [p.title + '.'];
  if (p.option) parts.push(`${t('message.option', 'Option')}: ${p.option}.`);
  if (p.expected) parts.push(`${t('message.expected', 'Expected')} ${p.expected}.`);
  if (p.found) parts.push(`${t('message.found', 'Found')} ${p.found}.`);
  parts.push(p.action);
  return parts.join(' ');
}
