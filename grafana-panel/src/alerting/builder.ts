/**
 * Everything that builds rules, loaded on demand (a separate webpack chunk, fetched from the
 * plugin's public path when a person first asks for a rule or an export), so that the panel's
 * module.js carries only the links.
 */
import type { PanelProps } from '@grafana/data';
import { frameToKeyResults, panelInputFromProps } from '../data/frameToKeyResults';
import { describeProblem } from '../data/problem';
import type { AlignedOptions } from '../types';
import { ruleSource } from './ruleSource';
import { alertRuleSpec, type AlertRuleSpec } from './ruleSpec';
import { subjectFromKeyResult } from './subjects';

export { alertRuleSpec } from './ruleSpec';
export { newAlertRuleUrl } from './prefill';
export { provisioningYaml } from './provisioningYaml';

/** The rules for every key result of the panel, and why some have none. */
export function allRules(props: PanelProps<AlignedOptions>): { specs: AlertRuleSpec[]; skipped: string[] } {
  const model = frameToKeyResults(panelInputFromProps(props));
  const specs: AlertRuleSpec[] = [];
  const skipped: string[] = model.problem ? [describeProblem(model.problem)] : [];
  for (const kr of model.keyResults) {
    const source = ruleSource(props.data, kr.frameIndex, props.id, props.replaceVariables);
    const spec = 'unavailable' in source ? source : alertRuleSpec(subjectFromKeyResult(kr, source.query.refId), source);
    if ('unavailable' in spec) skipped.push(`${kr.name}: ${spec.unavailable}`);
    else specs.push(spec);
  }
  return { specs, skipped };
}
