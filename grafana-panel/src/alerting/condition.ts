import type { KrKind } from '@aligned/core';
import { t } from '../i18n/t';
import { ruleUnavailable } from './availability';

/** A Grafana threshold evaluator: fire when the reduced value is …. */
export interface Evaluator {
  type: 'gt' | 'lt' | 'outside_range';
  params: number[];
}

export interface ConditionPlan {
  evaluator: Evaluator;
  /** What the rule checks, in words, and what it cannot check. */
  text: string;
}

/** What every rule text says about pace, because it is true of every rule (in the user's language, as the rule is written). */
export function paceCaveat(): string {
  return t(
    'alerting.rule.pace-caveat',
    'Grafana\'s expressions cannot express the panel\'s pace status: a Math or Threshold expression has no notion of the current time within the OKR period, so "behind the straight line from baseline to target" cannot be computed in a rule. The rule checks the target itself; the summary carries the pace status from when the rule was made.'
  );
}

/**
 * The condition matching what the panel shows for a key result kind, or why there is none.
 * Increase/decrease: fire while the value is on the wrong side of the target (what the panel
 * calls "below the target at the end of the period"); above/below: fire once the threshold is
 * crossed; range: fire outside [low, high]; milestone: fire while not done (value below 1).
 */
export function conditionFor(kind: KrKind | null, target: number | null, low: number | null, high: number | null): ConditionPlan | { unavailable: string } {
  const unavailable = ruleUnavailable(kind, target, low, high);
  if (unavailable !== null) return { unavailable };
  const level = target as number;
  switch (kind) {
    case 'increase':
      return { evaluator: { type: 'lt', params: [level] }, text: `${t('alerting.rule.below-target', 'Fires while the value is below the target {{target}}.', { target })} ${paceCaveat()}` };
    case 'above':
      return { evaluator: { type: 'lt', params: [level] }, text: t('alerting.rule.drops-below', 'Fires when the value drops below {{target}}, the level it must stay above.', { target }) };
    case 'decrease':
      return { evaluator: { type: 'gt', params: [level] }, text: `${t('alerting.rule.above-target', 'Fires while the value is above the target {{target}}.', { target })} ${paceCaveat()}` };
    case 'below':
      return { evaluator: { type: 'gt', params: [level] }, text: t('alerting.rule.rises-above', 'Fires when the value rises above {{target}}, the level it must stay below.', { target }) };
    case 'range':
      return { evaluator: { type: 'outside_range', params: [low as number, high as number] }, text: t('alerting.rule.leaves-range', 'Fires when the value leaves the range {{low}} to {{high}}.', { low, high }) };
    default:
      return { evaluator: { type: 'lt', params: [1] }, text: t('alerting.rule.milestone', 'Fires while the milestone is not done (value below 1).') };
  }
}

/** Grafana's server-side Reduce expression knows these reducers; others are named in the rule text. */
const REDUCE: Readonly<Record<string, { reducer: string; dropNonNumbers: boolean }>> = {
  last: { reducer: 'last', dropNonNumbers: false },
  lastNotNull: { reducer: 'last', dropNonNumbers: true },
  mean: { reducer: 'mean', dropNonNumbers: true },
  sum: { reducer: 'sum', dropNonNumbers: true },
  min: { reducer: 'min', dropNonNumbers: true },
  max: { reducer: 'max', dropNonNumbers: true },
  count: { reducer: 'count', dropNonNumbers: true },
  countAll: { reducer: 'count', dropNonNumbers: false },
};

export interface ReducePlan {
  reducer: string;
  dropNonNumbers: boolean;
  /** Set when the panel's reducer has no Reduce counterpart. */
  caveat: string;
}

export function reduceFor(panelReducer: string): ReducePlan {
  const known = REDUCE[panelReducer];
  if (known) return { ...known, caveat: '' };
  return {
    reducer: 'last',
    dropNonNumbers: true,
    caveat: t(
      'alerting.rule.reducer-caveat',
      'The panel\'s reducer "{{reducer}}" has no counterpart in Grafana\'s Reduce expression; the rule reduces with "last" instead: edit the Reduce step if that is not what you want.',
      { reducer: panelReducer }
    ),
  };
}
