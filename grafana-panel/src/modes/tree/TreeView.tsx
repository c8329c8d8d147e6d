import React, { useCallback, useMemo, useRef, useState } from 'react';
import type { PanelProps } from '@grafana/data';
import { Button, useStyles2, useTheme2 } from '@grafana/ui';
import type { StatusCode } from '@aligned/core';
import { toIanaTimeZone } from '../../data/timeZone';
import { statusColor } from '../../theme/statusColors';
import type { AlignedOptions } from '../../types';
import { buildCascadeModel, type CascadeModel } from './cascadeModel';
import { orderIds } from './childOrder';
import { CascadeTree } from './CascadeTree';
import { ProblemsList } from './ProblemsList';
import { readTreeOptions, type TreeOptions } from './treeOptions';
import { getTreeStyles } from './treeStyles';
import { expansionRule, flattenVisible } from './visibleRows';
import { weakestPath } from './weakest';
import { asOfFor } from '../../data/asOf';
import { t } from '../../i18n/t';

/** Expand all / collapse all set a base; clicks on single nodes override it. */
interface Expansion {
  base: 'default' | 'all' | 'none';
  overrides: ReadonlyMap<string, boolean>;
}

const INITIAL_EXPANSION: Expansion = { base: 'default', overrides: new Map() };

/**
 * The cascaded OKR tree: OKR rows from a table query (the core's row schema), linked and
 * scored by the core, drawn as mission → pillars → annual → quarterly → … → tasks.
 */
export function TreeView(props: PanelProps<AlignedOptions>) {
  const { data, timeRange, timeZone, height } = props;
  const options = useMemo(() => readTreeOptions(props.options), [props.options]);
  const styles = useStyles2(getTreeStyles);
  const theme = useTheme2();
  const asOf = asOfFor(timeRange);

  const result = useMemo(
    () =>
      buildCascadeModel({
        series: data.series,
        frameRefId: options.frame,
        reducer: options.reducer,
        asOf,
        timeZone: toIanaTimeZone(timeZone),
        rollupMode: options.rollupMode,
        statusPreset: props.options.keyResult?.statusPreset,
      }),
    [data.series, options.frame, options.reducer, options.rollupMode, props.options.keyResult?.statusPreset, asOf, timeZone]
  );

  if ('missing' in result) {
    return (
      <div className={styles.root}>
        <p className={styles.message} role="status">
          {result.missing}
        </p>
      </div>
    );
  }
  const colorOf = (code: StatusCode | undefined) => (code ? statusColor(theme, code) : theme.colors.text.secondary);
  return (
    <TreeBody
      model={result.model}
      options={options}
      height={height}
      styles={styles}
      colorOf={colorOf}
    />
  );
}

interface BodyProps {
  model: CascadeModel;
  options: TreeOptions;
  height: number;
  styles: ReturnType<typeof getTreeStyles>;
  colorOf: (code: StatusCode | undefined) => string;
}

function TreeBody({ model, options, height, styles, colorOf }: BodyProps) {
  const [expansion, setExpansion] = useState<Expansion>(INITIAL_EXPANSION);
  const [focusRequest, setFocusRequest] = useState<{ id: string; seq: number } | null>(null);

  const ordered = useMemo(() => {
    const ctx = { evaluations: model.evaluations, byId: model.cascade.byId };
    const children = new Map<string, readonly string[]>();
    for (const [id, ids] of model.cascade.children) {
      children.set(id, orderIds(ids, options.childOrder, ctx));
    }
    return { roots: orderIds(model.cascade.roots, options.childOrder, ctx), children };
  }, [model, options.childOrder]);
  const childrenOf = useCallback((id: string) => ordered.children.get(id) ?? [], [ordered]);

  const rows = useMemo(() => {
    const byDepth = expansionRule(expansion.overrides, options.expandDepth);
    const isExpanded =
      expansion.base === 'default'
        ? byDepth
        : (id: string) => expansion.overrides.get(id) ?? expansion.base === 'all';
    return flattenVisible({ roots: ordered.roots, childrenOf, isExpanded });
  }, [ordered, childrenOf, expansion, options.expandDepth]);

  const weakest = useMemo(
    () => (options.highlightWeakest ? weakestPath(ordered.roots, childrenOf, model.evaluations) : []),
    [options.highlightWeakest, ordered, childrenOf, model.evaluations]
  );
  const weakestSet = useMemo(() => new Set(weakest), [weakest]);

  const setExpanded = useCallback((id: string, expanded: boolean) => {
    setExpansion((e) => ({ base: e.base, overrides: new Map(e.overrides).set(id, expanded) }));
  }, []);
  // Through a ref so the toggle keeps its identity and memoised rows do not re-render.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const toggle = useCallback(
    (id: string) => {
      const row = rowsRef.current.find((r) => r.id === id);
      if (row) {
        setExpanded(id, !row.expanded);
      }
    },
    [setExpanded]
  );

  const showWeakest = () => {
    if (weakest.length === 0) {
      return;
    }
    setExpansion((e) => {
      const overrides = new Map(e.overrides);
      weakest.slice(0, -1).forEach((id) => overrides.set(id, true));
      return { base: e.base, overrides };
    });
    setFocusRequest((r) => ({ id: weakest[weakest.length - 1], seq: (r?.seq ?? 0) + 1 }));
  };

  const nodeCount = model.cascade.order.length;
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <span className={styles.summary}>
          {t('tree.summary', '', {
            count: nodeCount,
            shown: rows.length,
            defaultValue_one: '{{count}} node, {{shown}} shown',
            defaultValue_other: '{{count}} nodes, {{shown}} shown',
          })}
        </span>
        <Button size="sm" variant="secondary" fill="text" onClick={() => setExpansion({ base: 'all', overrides: new Map() })}>
          {t('tree.expand-all', 'Expand all')}
        </Button>
        <Button size="sm" variant="secondary" fill="text" onClick={() => setExpansion({ base: 'none', overrides: new Map() })}>
          {t('tree.collapse-all', 'Collapse all')}
        </Button>
        {options.highlightWeakest && weakest.length > 0 && (
          <Button size="sm" variant="secondary" fill="text" icon="arrow-down" onClick={showWeakest}>
            {t('tree.show-weakest', 'Show weakest branch')}
          </Button>
        )}
      </div>
      <ProblemsList problems={model.problems} defaultOpen={nodeCount === 0} />
      {nodeCount === 0 ? (
        <p className={styles.message} role="status">
          {t('tree.nothing-shown', 'No OKR row could be shown: fix the problems listed above.')}
        </p>
      ) : (
        <CascadeTree
          model={model}
          rows={rows}
          weakest={weakestSet}
          // The list is shorter than the panel; the panel height is a safe upper bound for the window.
          viewportHeight={Math.max(ROW_FALLBACK, height)}
          showOwner={options.showOwner}
          showScore={options.showScore}
          colorOf={colorOf}
          styles={styles}
          focusRequest={focusRequest}
          onToggle={toggle}
          onSetExpanded={setExpanded}
        />
      )}
    </div>
  );
}

/** Render at least a few rows even in a tiny panel. */
const ROW_FALLBACK = 120;
