import { useDeferredValue, type ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';

/**
 * Loading and error states of a query, the same everywhere. When the answer arrives, what it
 * shows is drawn at a lower priority than typing and clicking (React renders it in slices), so
 * that a long page of results does not hold up the browser.
 */
export function QueryState({
  isPending,
  error,
  children,
}: {
  isPending: boolean;
  error: Error | null;
  children: () => ReactNode;
}) {
  // Also when the answer is there already (asked for before the page's code arrived): the page
  // shows Loading for a moment and draws the answer next, in slices.
  const pending = useDeferredValue(isPending, true);
  if (error) {
    const message =
      error instanceof ApiError && error.status === 404
        ? 'This page does not exist, or it has been removed.'
        : error instanceof ApiError && error.status === 403
          ? 'You do not have permission to see this.'
          : 'Sorry, there is a problem with the service. Try again later.';
    return (
      <div className="govuk-inset-text" role="alert">
        {message}
      </div>
    );
  }
  if (pending) {
    return (
      <p className="govuk-body app-muted" role="status">
        Loading…
      </p>
    );
  }
  return <>{children()}</>;
}
