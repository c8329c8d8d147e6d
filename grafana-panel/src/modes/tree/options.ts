import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '../../i18n/t';
import { reducerOptions } from '../../data/reducerOptions';
import type { AlignedOptions } from '../../types';
import { TREE_DEFAULTS } from './treeOptions';

const showIf = (o: AlignedOptions) => o.mode === 'tree';

/** Options of the cascade tree, under `tree.*`, shown only in tree mode. */
export function addTreeOptions(builder: PanelOptionsEditorBuilder<AlignedOptions>): void {
  const category = [t('options.category.tree', 'Cascade')];
  builder
    .addTextInput({
      path: 'tree.frame',
      name: t('options.tree.frame.name', 'OKR query'),
      description: t(
        'options.tree.frame.description',
        'refId of the query returning the OKR rows (columns ID, Parent, Level, Type, Title, Owner, Kind, Baseline, Target, Current, …). Empty: the first table with an ID column.'
      ),
      defaultValue: TREE_DEFAULTS.frame,
      settings: { placeholder: t('options.tree.frame.placeholder', 'auto-detect') },
      category,
      showIf,
    })
    .addSelect({
      path: 'tree.reducer',
      name: t('options.tree.reducer.name', 'Live value reducer'),
      description: t(
        'options.tree.reducer.description',
        'When a row\'s Metric column names a query refId or a field, its Current comes from that series through this calculation; target and baseline stay the table\'s.'
      ),
      defaultValue: TREE_DEFAULTS.reducer,
      settings: {
        options: reducerOptions(),
      },
      category,
      showIf,
    })
    .addSelect({
      path: 'tree.rollupMode',
      name: t('options.tree.rollup-mode.name', 'Rollup'),
      description: t('options.tree.rollup-mode.description', 'How a parent combines its children\'s progress.'),
      defaultValue: TREE_DEFAULTS.rollupMode,
      settings: {
        options: [
          { value: 'weighted', label: t('options.tree.rollup-mode.option-weighted', 'Weighted mean'), description: t('options.tree.rollup-mode.option-weighted-description', 'Σ weight × progress ÷ Σ weight (the Weight column)') },
          { value: 'min', label: t('options.tree.rollup-mode.option-min', 'Weakest child'), description: t('options.tree.rollup-mode.option-min-description', 'The lowest child progress') },
          { value: 'worst', label: t('options.tree.rollup-mode.option-worst', 'Worst status'), description: t('options.tree.rollup-mode.option-worst-description', 'Status of the worst child') },
          { value: 'sum', label: t('options.tree.rollup-mode.option-sum', 'Sum of values'), description: t('options.tree.rollup-mode.option-sum-description', 'Children\'s Current summed, scored with the parent\'s own target') },
        ],
      },
      category,
      showIf,
    })
    .addSliderInput({
      path: 'tree.expandDepth',
      name: t('options.tree.expand-depth.name', 'Levels open at first'),
      description: t('options.tree.expand-depth.description', 'How many levels are expanded when the panel loads; branches can then be opened and closed.'),
      defaultValue: TREE_DEFAULTS.expandDepth,
      settings: { min: 0, max: 7, step: 1 },
      category,
      showIf,
    })
    .addRadio({
      path: 'tree.childOrder',
      name: t('options.tree.child-order.name', 'Order children'),
      defaultValue: TREE_DEFAULTS.childOrder,
      settings: {
        options: [
          { value: 'source', label: t('options.tree.child-order.option-source', 'As in query') },
          { value: 'worstFirst', label: t('options.tree.child-order.option-worst-first', 'Worst status first') },
          { value: 'progress', label: t('options.tree.child-order.option-progress', 'Lowest progress first') },
          { value: 'name', label: t('options.tree.child-order.option-name', 'Name') },
        ],
      },
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'tree.highlightWeakest',
      name: t('options.tree.highlight-weakest.name', 'Highlight the weakest branch'),
      description: t('options.tree.highlight-weakest.description', 'Marks the path that follows the worst-status child at every level.'),
      defaultValue: TREE_DEFAULTS.highlightWeakest,
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'tree.showOwner',
      name: t('options.tree.show-owner.name', 'Show owner'),
      defaultValue: TREE_DEFAULTS.showOwner,
      category,
      showIf,
    })
    .addBooleanSwitch({
      path: 'tree.showScore',
      name: t('options.tree.show-score.name', 'Show score'),
      description: t('options.tree.show-score.description', 'The 0.0–1.0 score of each node.'),
      defaultValue: TREE_DEFAULTS.showScore,
      category,
      showIf,
    });
}
