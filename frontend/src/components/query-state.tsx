import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';

/** Loading and error states of a query, the same everywhere. */
export function QueryState({
  isPending,
  error,
  children,
}: {
  isPending: boolean;
  error: Error | null;
  children: () => ReactNode;
}) {
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
  if (isPending) {
    return (
      <p className="govuk-body app-muted" role="status">
        Loading…
      </p>
    );
  }
  return <>{children()}</>;
}
