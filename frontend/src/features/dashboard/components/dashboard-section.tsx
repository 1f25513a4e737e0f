import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from '@/components/query-state';

/** One section of the dashboard: its heading, then what its query answered (or why not). */
export function DashboardSection<T>({
  id,
  title,
  query,
  children,
}: {
  id: string;
  title: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {title}
      </h2>
      <QueryState isPending={query.isPending} error={query.error}>
        {() => query.isSuccess && children(query.data)}
      </QueryState>
    </section>
  );
}
