import type { AlertStateInfo, PanelProps } from '@grafana/data';
import React, { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { AlignedOptions } from '../types';
import { loadBuilder } from './loadBuilder';
import type { AlertRuleSpec, RuleSource } from './ruleSpec';
import { ruleSource } from './ruleSource';

/** What a "Create alert rule" link needs from the panel: its queries, dashboard and panel. */
export interface AlertingSource {
  /** The rule source for a frame's query, or why there is none. */
  sourceFor(frameIndex: number): RuleSource | { unavailable: string };
  /** The state of the alert rules linked to this panel, when Grafana sends one (setDataSupport alertStates). */
  alertState: AlertStateInfo | undefined;
}

/** What the panel hands the options pane (instance state) for "Export alert rules". */
export interface AlertRulesExport {
  /** Computed only when asked: the rules for every key result, and why some have none. */
  alertRules: () => Promise<{ specs: AlertRuleSpec[]; skipped: string[] }>;
}

const Context = createContext<AlertingSource | null>(null);

export function useAlertingSource(): AlertingSource | null {
  return useContext(Context);
}

/** Wraps the views so that headers and bullets can offer a rule for their key result. */
export function AlertingProvider({ props, children }: { props: PanelProps<AlignedOptions>; children: ReactNode }) {
  const { data, id, replaceVariables } = props;
  // Grafana (scenes' VizPanel) passes this to panels and shows the state to option editors as
  // context.instanceState; @grafana/data 13 no longer lists it in PanelProps, hence the cast.
  const { onInstanceStateChange } = props as PanelProps<AlignedOptions> & { onInstanceStateChange?: (state: unknown) => void };
  const value = useMemo<AlertingSource>(
    () => ({ sourceFor: (i) => ruleSource(data, i, id, replaceVariables), alertState: data.alertState }),
    [data, id, replaceVariables],
  );
  useEffect(() => {
    const state: AlertRulesExport = { alertRules: () => loadBuilder().then((b) => b.allRules(props)) };
    onInstanceStateChange?.(state);
    // The closure reads the props of this render; it is replaced whenever they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, id, replaceVariables, props.options, props.timeRange, props.timeZone]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
