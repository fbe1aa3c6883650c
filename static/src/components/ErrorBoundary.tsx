import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** A crash in a view (or a chunk that failed to download) becomes a message with Retry, never a blank frame. */
export class ErrorBoundary extends Component<{ children: ReactNode; what?: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="okr-notice okr-notice-error" role="alert">
        <strong>Couldn't show {this.props.what ?? 'this view'}.</strong> Something went wrong while displaying it.
        <button type="button" className="okr-button" onClick={() => this.setState({ failed: false })}>
          Retry
        </button>
      </div>
    );
  }
}
