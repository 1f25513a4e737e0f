import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { indicatorKey } from './get-indicator';

/** Every correction of one month's figure: old, new, who, when. */
export async function getValueRevisions(id: number, period: string) {
  return unwrap(
    await api.GET('/api/v1/indicators/{id}/values/{period}/revisions', {
      params: { path: { id, period } },
    }),
  );
}

export const valueRevisionsQuery = (id: number, period: string) =>
  queryOptions({
    queryKey: [...indicatorKey(id), 'values', period, 'revisions'],
    queryFn: () => getValueRevisions(id, period),
  });

export function useValueRevisions(id: number, period: string) {
  return useQuery(valueRevisionsQuery(id, period));
}
