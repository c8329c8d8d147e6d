import type { PanelProps } from '@grafana/data';
import React, { Suspense } from 'react';
import { AlertingProvider } from '../alerting/AlertingContext';
import { OverlayView } from '../modes/overlay/OverlayView';
import { findOkrFrame } from '../modes/tree/okrFrame';

/**
 * Bullets and the tree carry the core's sheet reader and cascade; they load as chunks of their own
 * (from the plugin's public path, as Grafana serves a plugin's dist/) the first time a panel shows
 * them, so module.js, which every dashboard with an Aligned panel loads, stays small.
 */
const loadBullets = () => import(/* webpackChunkName: "bullets" */ '../modes/bullets/BulletsView');
const loadTree = () => import(/* webpackChunkName: "tree" */ '../modes/tree/TreeView');
const BulletsView = React.lazy(() => loadBullets().then((m) => ({ default: m.BulletsView })));
const TreeView = React.lazy(() => loadTree().then((m) => ({ default: m.TreeView })));

/** Loads both chunks ahead of need (tests, or a host that wants no loading state on first switch). */
export function loadModeViews(): Promise<unknown> {
  return Promise.all([loadBullets(), loadTree()]);
}
import type { AlignedOptions } from '../types';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { t } from '../i18n/t';

/**
 * The panel: one view per display mode, each given the full PanelProps. Until the user picks a
 * display ('auto'), a query that returns OKR rows shows the Tree: those rows are not a time series.
 */
export function AlignedPanel(props: PanelProps<AlignedOptions>) {
  const mode = props.options?.mode ?? 'auto';
  const View =
    mode === 'bullets'
      ? BulletsView
      : mode === 'tree' || (mode === 'auto' && findOkrFrame(props.data?.series ?? [], '') !== undefined)
        ? TreeView
        : OverlayView;
  return (
    <PanelErrorBoundary resetKey={props.options}>
      <AlertingProvider props={props}>
        <Suspense fallback={<div aria-busy="true">{t('panel.loading', 'Loading…')}</div>}>
          <View {...props} />
        </Suspense>
      </AlertingProvider>
    </PanelErrorBoundary>
  );
}
