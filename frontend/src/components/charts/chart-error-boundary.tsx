import { Component, type ReactNode } from 'react';

/**
 * Keeps a page usable when a chart cannot be drawn (its code failed to load, say): the chart's
 * place shows `fallback` instead, and the table alternative beside it still gives the figures.
 */
export class ChartErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
