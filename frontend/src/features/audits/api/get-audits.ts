import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type AuditFilters = NonNullable<paths['/api/v1/audits']['get']['parameters']['query']>;

export const auditsQuery = (filters: AuditFilters) =>
  queryOptions({
    queryKey: ['audits', 'list', filters],
    queryFn: async () => unwrap(await api.GET('/api/v1/audits', { params: { query: filters } })),
  });

export function useAudits(filters: AuditFilters) {
  return useQuery({ ...auditsQuery(filters), placeholderData: keepPreviousData });
}
