/** Grafana wraps every panel in an error boundary; a crash shows its message in the frame, not a blank page. */
import React from 'react';

interface State {
  error: Error | null;
}

export class PanelErrorBoundary extends React.Component<{ children: React.ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('Panel render failed:', error);
  }

  override render(): React.ReactNode {
    if (this.state.error) {
      return (
        <div role="alert" style={{ padding: 8, color: '#d10e5c', fontSize: 12, overflow: 'auto' }}>
          {`Panel error: ${this.state.error.message}`}
        </div>
      );
    }
    return this.props.children;
  }
}
