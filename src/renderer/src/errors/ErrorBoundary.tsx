import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';

interface Props {
  children: ReactNode;
  /** When this value changes (e.g. the screen), a caught error is cleared. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Catches a render error in its subtree and shows a readable message with a way back instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Regulars UI error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <ErrorMessage error={this.state.error} crashed onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
