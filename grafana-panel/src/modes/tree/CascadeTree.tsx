import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { StatusCode } from '@aligned/core';
import type { CascadeModel } from './cascadeModel';
import { nodeLinks } from './nodeLinks';
import { TreeRow } from './TreeRow';
import { ROW_HEIGHT, type TreeStyles } from './treeStyles';
import { visibleWindow, type VisibleRow } from './visibleRows';
import { t } from '../../i18n/t';

export interface CascadeTreeProps {
  model: CascadeModel;
  rows: readonly VisibleRow[];
  weakest: ReadonlySet<string>;
  /** Height available to the list, for the window of rendered rows. */
  viewportHeight: number;
  showOwner: boolean;
  showScore: boolean;
  colorOf: (code: StatusCode | undefined) => string;
  styles: TreeStyles;
  /** ID to move the focus to (e.g. the end of the weakest branch); changes trigger a scroll. */
  focusRequest: { id: string; seq: number } | null;
  onToggle: (id: string) => void;
  onSetExpanded: (id: string, expanded: boolean) => void;
}

/**
 * The tree as a flat, windowed list: only the rows in view (plus a margin) are in the DOM, so
 * a cascade of thousands of nodes costs what one screen costs. Keyboard: the list is one tab
 * stop (role tree, aria-activedescendant); arrows move, Right/Left open and close, Enter toggles.
 */
export function CascadeTree(props: CascadeTreeProps) {
  const { rows, model, styles } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const baseId = useId();

  const indexById = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((r, i) => map.set(r.id, i));
    return map;
  }, [rows]);
  const focusedIndex = focusedId === null ? -1 : (indexById.get(focusedId) ?? -1);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el) {
        return;
      }
      const viewport = el.clientHeight || props.viewportHeight;
      const top = index * ROW_HEIGHT;
      if (top < el.scrollTop) {
        el.scrollTop = top;
      } else if (top + ROW_HEIGHT > el.scrollTop + viewport) {
        el.scrollTop = top + ROW_HEIGHT - viewport;
      }
      setScrollTop(el.scrollTop);
    },
    [props.viewportHeight]
  );

  const focusIndex = useCallback(
    (index: number) => {
      if (rows.length === 0) {
        return;
      }
      const clamped = Math.max(0, Math.min(rows.length - 1, index));
      setFocusedId(rows[clamped].id);
      scrollToIndex(clamped);
    },
    [rows, scrollToIndex]
  );

  const request = props.focusRequest;
  useEffect(() => {
    if (request) {
      const index = indexById.get(request.id);
      if (index !== undefined) {
        setFocusedId(request.id);
        scrollToIndex(index);
      }
    }
    // Only a new request moves the focus; later changes of the rows must not.
  }, [request]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const current = focusedIndex < 0 ? 0 : focusedIndex;
    const row = rows[current];
    if (!row) {
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        focusIndex(focusedIndex < 0 ? 0 : current + 1);
        break;
      case 'ArrowUp':
        focusIndex(current - 1);
        break;
      case 'Home':
        focusIndex(0);
        break;
      case 'End':
        focusIndex(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.childCount > 0 && !row.expanded) {
          props.onSetExpanded(row.id, true);
          setFocusedId(row.id);
        } else if (row.expanded) {
          focusIndex(current + 1);
        }
        break;
      case 'ArrowLeft':
        if (row.expanded) {
          props.onSetExpanded(row.id, false);
          setFocusedId(row.id);
        } else if (row.parentId !== null) {
          const parentIndex = indexById.get(row.parentId);
          if (parentIndex !== undefined) {
            focusIndex(parentIndex);
          }
        }
        break;
      case 'Enter':
      case ' ':
        if (row.childCount > 0) {
          props.onToggle(row.id);
        }
        setFocusedId(row.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const viewport = props.viewportHeight;
  const { start, end } = visibleWindow(rows.length, ROW_HEIGHT, scrollTop, viewport);
  const rendered: React.ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const row = rows[i];
    const node = model.cascade.byId.get(row.id);
    if (!node) {
      continue;
    }
    const evaluation = model.evaluations.get(row.id);
    const hasLinks = hasAnyLinks(model, row.id);
    rendered.push(
      <TreeRow
        key={row.id}
        row={row}
        index={i}
        domId={`${baseId}-row-${i}`}
        node={node}
        evaluation={evaluation}
        liveLabel={model.live.get(row.id)?.label}
        statusColor={props.colorOf(evaluation?.status.code)}
        onWeakestPath={props.weakest.has(row.id)}
        focused={i === focusedIndex}
        showOwner={props.showOwner}
        showScore={props.showScore}
        links={hasLinks ? () => nodeLinks(model, row.id) : undefined}
        styles={styles}
        onToggle={props.onToggle}
        onFocusRow={focusIndex}
      />
    );
  }

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="tree"
      aria-label={t('tree.aria', 'OKR cascade')}
      tabIndex={0}
      aria-activedescendant={focusedIndex >= 0 && focusedIndex >= start && focusedIndex < end ? `${baseId}-row-${focusedIndex}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>{rendered}</div>
    </div>
  );
}

/** Cheap check before building a links supplier: any field with links configured. */
function hasAnyLinks(model: CascadeModel, id: string): boolean {
  if (model.okrFrame.fields.some((f) => f.getLinks && f.config.links?.length)) {
    return true;
  }
  const live = model.live.get(id);
  return Boolean(live?.field.getLinks && live.field.config.links?.length);
}
