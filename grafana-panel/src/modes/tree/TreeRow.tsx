import React, { memo } from 'react';
import { cx } from '@emotion/css';
import type { Field, LinkModel } from '@grafana/data';
import { Icon } from '@grafana/ui';
import { formatPercent, type NodeEvaluation, type OkrNode } from '@aligned/core';
import { ScoreLabel } from '../../components/ScoreLabel';
import { HoverExplain } from './HoverExplain';
import { nodeTag } from './labels';
import { LinkedTitle } from './LinkedTitle';
import { INDENT, ROW_HEIGHT, type TreeStyles } from './treeStyles';
import type { VisibleRow } from './visibleRows';
import { t } from '../../i18n/t';
import { coreText } from '../../i18n/coreText';

export interface TreeRowProps {
  row: VisibleRow;
  index: number;
  domId: string;
  node: OkrNode;
  evaluation: NodeEvaluation | undefined;
  /** Text of the live source feeding Current, when there is one. */
  liveLabel: string | undefined;
  statusColor: string;
  onWeakestPath: boolean;
  focused: boolean;
  showOwner: boolean;
  showScore: boolean;
  links: (() => Array<LinkModel<Field>>) | undefined;
  styles: TreeStyles;
  onToggle: (id: string) => void;
  onFocusRow: (index: number) => void;
}

/**
 * One node: toggle, tag, title, owner, a small progress bar with its percentage,
 * the status in words and colour, and the score. Hovering the progress explains the rollup.
 */
export const TreeRow = memo(function TreeRow(props: TreeRowProps) {
  const { row, node, evaluation: e, styles } = props;
  const title = node.title || node.id;
  const progress = e?.progress ?? null;
  const explanation = explain(e, props.liveLabel);
  return (
    <div
      role="treeitem"
      id={props.domId}
      aria-level={row.depth + 1}
      aria-setsize={row.setSize}
      aria-posinset={row.position}
      aria-expanded={row.childCount > 0 ? row.expanded : undefined}
      aria-selected={props.focused}
      data-node-id={node.id}
      className={cx(styles.row, props.focused && styles.focused, props.onWeakestPath && styles.weakest)}
      style={{ top: props.index * ROW_HEIGHT }}
      onClick={() => props.onFocusRow(props.index)}
    >
      <div className={styles.titleCell} style={{ paddingLeft: row.depth * INDENT }}>
        {row.childCount > 0 ? (
          <button
            type="button"
            tabIndex={-1}
            className={styles.toggle}
            aria-label={row.expanded ? t('tree.collapse-node', 'Collapse {{title}}', { title, interpolation: { escapeValue: false } }) : t('tree.expand-node', 'Expand {{title}}', { title, interpolation: { escapeValue: false } })}
            onClick={(event) => {
              event.stopPropagation();
              props.onToggle(node.id);
            }}
          >
            <Icon name={row.expanded ? 'angle-down' : 'angle-right'} aria-hidden />
          </button>
        ) : (
          <span className={styles.toggleSpacer} />
        )}
        <span className={styles.tag}>{nodeTag(node.level, node.type)}</span>
        <LinkedTitle text={title} links={props.links} className={styles.title} />
        {props.onWeakestPath && <span className={styles.badge}>{t('tree.weakest', 'Weakest')}</span>}
      </div>
      {props.showOwner && (
        <span className={styles.owner} title={node.owner || undefined}>
          {node.owner}
        </span>
      )}
      <HoverExplain content={explanation}>
        <span className={styles.progress} aria-label={t('tree.progress-aria', 'Progress {{percent}}. {{explain}}', { percent: formatPercent(progress), explain: explanation, interpolation: { escapeValue: false } })}>
          <span className={styles.track} aria-hidden>
            {progress !== null && (
              <span
                className={styles.fill}
                style={{ width: `${Math.min(1, Math.max(0, progress)) * 100}%`, background: props.statusColor }}
              />
            )}
          </span>
          <span className={styles.percent}>{formatPercent(progress)}</span>
        </span>
      </HoverExplain>
      <span className={styles.status} style={{ color: props.statusColor }}>
        {e ? coreText().status(e.status.code) : t('tree.not-evaluated', 'Not evaluated')}
      </span>
      {props.showScore &&
        (e ? <ScoreLabel className={styles.score} grade={e.grade} status={e.status} /> : <span className={styles.score}>—</span>)}
    </div>
  );
});

/** The rollup's own sentence, the status rule's, and where a live Current came from. */
export function explain(e: NodeEvaluation | undefined, liveLabel: string | undefined): string {
  if (!e) {
    return t('tree.not-evaluated-explain', 'Not evaluated: see the problems list.');
  }
  const parts = [coreText().explain(e), coreText().explain(e.status)];
  if (liveLabel) {
    parts.push(t('bullets.current-from', 'Current from {{source}}.', { source: liveLabel, interpolation: { escapeValue: false } }));
  }
  return parts.filter((p) => p && p.trim() !== '').join(' · ');
}
