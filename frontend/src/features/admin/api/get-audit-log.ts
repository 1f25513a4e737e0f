import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type AuditLogFilters = NonNullable<paths['/api/v1/audit-log']['get']['parameters']['query']>;

export async function getAuditLog(filters: AuditLogFilters) {
  return unwrap(await api.GET('/api/v1/audit-log', { params: { query: filters } }));
}

export const auditLogQueryOptions = (filters: AuditLogFilters) =>
  queryOptions({
    queryKey: ['audit-log', filters],
    queryFn: () => getAuditLog(filters),
    placeholderData: keepPreviousData,
  });

export function useAuditLog(filters: AuditLogFilters) {
  return useQuery(auditLogQueryOptions(filters));
}
