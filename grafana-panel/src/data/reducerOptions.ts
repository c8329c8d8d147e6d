import { fieldReducers, ReducerID, type SelectableValue } from '@grafana/data';

/**
 * The reducers a user may pick for a key result's value, in every mode: Grafana's standard
 * ones plus delta and count-all, which the source documents' "COUNT of sign-ins this month"
 * and counter-style metrics need.
 */
export function reducerOptions(): Array<SelectableValue<string>> {
  return fieldReducers
    .list()
    .filter((r) => r.standard || r.id === ReducerID.delta || r.id === ReducerID.countAll)
    .map((r) => ({ value: r.id, label: r.name, description: r.description }));
}
