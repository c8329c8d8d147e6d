import React from 'react';
import { PanelMessage } from './PanelMessage';
import { t } from '../i18n/t';

interface Props {
  children: React.ReactNode;
  /** When this changes (new options), the panel tries again. */
  resetKey: unknown;
}

interface State {
  error: Error | null;
  key: unknown;
}

/**
 * Last line of defence: an unexpected exception becomes a readable message in the panel
 * instead of Grafana's generic "panel plugin error" or a blank box.
 */
export class PanelErrorBoundary extends React.Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <PanelMessage
        problem={{
          code: 'invalid_option',
          title: t('message.crash.title', 'The panel could not draw this data'),
          found: error.message,
          action: t('message.crash.action', 'Check the panel options; if they look right, please report this message to the Aligned maintainers.'),
        }}
      />
    );
  }
}
