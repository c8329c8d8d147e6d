import type { PanelProps } from '@grafana/data';
import React from 'react';
import { AlertingProvider } from '../alerting/AlertingContext';
import { BulletsView } from '../modes/bullets/BulletsView';
import { OverlayView } from '../modes/overlay/OverlayView';
import { findOkrFrame } from '../modes/tree/okrFrame';
import { TreeView } from '../modes/tree/TreeView';
import type { AlignedOptions } from '../types';
import { PanelErrorBoundary } from './PanelErrorBoundary';

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
        <View {...props} />
      </AlertingProvider>
    </PanelErrorBoundary>
  );
}
