import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { reducerOptions } from '../../data/reducerOptions';
import type { AlignedOptions } from '../../types';
import { TREE_DEFAULTS } from './treeOptions';

const category = ['Cascade'];
const showIf = (o: AlignedOptions) => o.mode === 'tree';

/** Options of the cascade tree, under `tree.*`, shown only in tree mode. */
export function addTreeOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  builder
    .addTextInput({
      path: 'tree.frame',
      name: 'OKR query',
      description:
        'refId of the query returning the OKR rows (columns ID, Parent, Level, Type, Title, Owner, Kind, Baseline, Target, Current, …). Empty: the first table with an ID column.',
      defaultValue: TREE_DEFAULTS.frame,
      settings: { placeholder: 'auto-detect' },
      category,
      showIf,
    })
    .addSelect({
      path: 'tree.reducer',
      name: 'Live value reducer',
      description:
        'When a row\'s Metric column names a query refId or a field, its Current comes from that series through this calculation; target and baseline stay the table\'s.',
      defaultValue: TREE_DEFAULTS.reducer,
      settings: {
        options: reducerOptions(),
      },
      category,
      showIf,
    })
    .addSelect({
      path: 'tree.rollupMode',
      name: 'Rollup',
      description: 'How a parent combines its children\'s progress.',
      defaultValue: TREE_DEFAULTS.rollupMode,
      settings: {
        options: [
          { value: 'weighted', label: 'Weighted mean', description: 'Σ weight × progress ÷ Σ weight (the Weight column)' },
          { value: 'min', label: 'Weakest child', description: 'The lowest child progress' },
          { value: 'worst', label: 'Worst status', description: 'Status of the worst child' },
          { value: 'sum', label: 'Sum of values', description: 'Children\'s Current summed, scored with the parent\'s own target' },
        ],
      },
      category,
      showIf,
    })
    .addSliderInput({
      path: 'tree.expandDepth',
      name: 'Levels open at first',
      description: 'How many levels are expanded when the panel loads; branches can then be opened and closed.',
      defaultValue: TREE_DEFAULTS.expandDepth,
      settings: { min: 0, max: 7, step: 1 },
      category,
      showIf,
    })
    .addRadio({
      path: 'tree.childOrder',
      name: 'Order children',
      defaultValue: TREE_DEFAULTS.childOrder,
      settings: {
        options: [
          { value: 'source', label: 'As in query' },
          { value: 'worstFirst', label: 'Worst status first' },
          { value: 'progress', label: 'Lowest progress first' },
          { value: 'name', label: 'Name' },
        ],
      },
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'tree.highlightWeakest',
      name: 'Highlight the weakest branch',
      description: 'Marks the path that follows the worst-status child at every level.',
      defaultValue: TREE_DEFAULTS.highlightWeakest,
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'tree.showOwner',
      name: 'Show owner',
      defaultValue: TREE_DEFAULTS.showOwner,
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'tree.showScore',
      name: 'Show score',
      description: 'The 0.0–1.0 score of each node.',
      defaultValue: TREE_DEFAULTS.showScore,
      category,
      showIf,
    });
}
