import type { PanelProps } from '@grafana/data';
import React from 'react';
import { AlertingProvider } from '../alerting/AlertingContext';
import { BulletsView } from '../modes/bullets/BulletsView';
import { OverlayView } from '../modes/overlay/OverlayView';
import { TreeView } from '../modes/tree/TreeView';
import type { AlignedOptions } from '../types';
import { PanelErrorBoundary } from './PanelErrorBoundary';

/** The panel: one view per display mode, each given the full PanelProps. */
export function AlignedPanel(props: PanelProps<AlignedOptions>) {
  const mode = props.options?.mode ?? 'overlay';
  const View = mode === 'bullets' ? BulletsView : mode === 'tree' ? TreeView : OverlayView;
  return (
    <PanelErrorBoundary resetKey={props.options}>
      <AlertingProvider props={props}>
        <View {...props} />
      </AlertingProvider>
    </PanelErrorBoundary>
  );
}
