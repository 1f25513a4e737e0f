import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const auditQuery = (id: number) =>
  queryOptions({
    queryKey: ['audits', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/audits/{id}', { params: { path: { id } } })),
  });

export function useAudit(id: number) {
  return useQuery(auditQuery(id));
}

export const recommendationsQuery = (id: number) =>
  queryOptions({
    queryKey: ['audits', id, 'recommendations'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/audits/{id}/recommendations', { params: { path: { id } } })),
  });

export function useRecommendations(id: number) {
  return useQuery(recommendationsQuery(id));
}
