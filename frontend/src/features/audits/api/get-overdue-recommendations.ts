import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Recommendations still open after their due date, across all audits. */
export const overdueRecommendationsQuery = () =>
  queryOptions({
    queryKey: ['audits', 'overdue-recommendations'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/audit-recommendations', { params: { query: { overdue: true } } }),
      ),
  });

export function useOverdueRecommendations() {
  return useQuery(overdueRecommendationsQuery());
}
