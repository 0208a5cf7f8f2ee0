import { Component, type ReactNode } from 'react';
import { RouteErrorPage } from '../pages/RouteErrorPage';

/**
 * Catches what a page throws while rendering, including a page chunk that fails to load (for
 * example an old tab after a new release replaced the chunk names), and shows the last-resort
 * screen instead of a blank page. React only offers this as a class component.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}
