import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from '@/components/query-state';
import { Section } from '@/components/section';

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
  return (
    <Section headingId={`${id}-heading`} title={title}>
      <QueryState isPending={query.isPending} error={query.error}>
        {() => query.isSuccess && children(query.data)}
      </QueryState>
    </Section>
  );
}
